package dev.chancery.query.repository;

import dev.chancery.query.projection.Versioned;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a diplomatic event: the judgement of one EventVerified (revision 1) or VerdictRevised fact,
 * with the searchable columns copied out of {@code payload} (the fact's JSON).
 */
@Entity
@Table(name = "event_versions")
public class EventVersionRow extends PanacheEntityBase implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "row_id")
    public Long rowId;
    public int generation;
    @Column(name = "event_id")
    public String eventId;
    public int revision;
    @Column(name = "fact_id")
    public UUID factId;
    @Column(name = "fact_type")
    public String factType;
    @Column(name = "event_type")
    public String eventType;
    public String gathering;
    @Column(name = "date_start")
    public LocalDate dateStart;
    @Column(name = "date_end")
    public LocalDate dateEnd;
    @Column(name = "actor_keys")
    public String actorKeys;
    public String verdict;
    @Column(name = "invitation_state")
    public String invitationState;
    @Column(name = "state_verdict")
    public String stateVerdict;
    public String payload;
    @Column(name = "recorded_from")
    public Instant recordedFrom;
    @Column(name = "recorded_to")
    public Instant recordedTo;

    @Override
    public Instant recordedFrom() {
        return recordedFrom;
    }

    @Override
    public Instant recordedTo() {
        return recordedTo;
    }

    @Override
    public void closeAt(Instant instant) {
        recordedTo = instant;
    }
}
