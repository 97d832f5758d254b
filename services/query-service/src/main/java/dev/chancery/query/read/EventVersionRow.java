package dev.chancery.query.read;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One version of a diplomatic event: the judgement of one EventVerified (revision 1) or VerdictRevised fact,
 * with the searchable columns copied out of {@code payload} (the fact's JSON).
 */
@Entity
@Table(name = "event_versions")
public class EventVersionRow extends VersionedRow {
    @Column(name = "event_id")
    public String eventId;
    public int revision;
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
}
