package dev.chancery.query.read;

import dev.chancery.query.projection.EventVersion;
import dev.chancery.query.projection.StatusPoint;
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
    public String eventId;
    public int revision;
    public String factType;
    public String eventType;
    public String gathering;
    public LocalDate dateStart;
    public LocalDate dateEnd;
    public String actorKeys;
    public String verdict;
    public String invitationState;
    public String stateVerdict;
    public String payload;
    public String articleId;

    /** What this version says, as the pure projection code reads it. */
    public EventVersion version() {
        return new EventVersion(eventId, revision, factType, eventType, gathering, dateStart, dateEnd, actorKeys,
                verdict, invitationState, stateVerdict, payload, articleId);
    }

    /** This version as a status point of its event. */
    public StatusPoint statusPoint() {
        return new StatusPoint(eventId, revision, recordedFrom, invitationState);
    }
}
