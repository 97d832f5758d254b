package dev.chancery.query.projection;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Standing;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.List;

/** Pure mapping of verdict facts to event versions, and of stored versions back to what they judged. */
public final class EventVersions {
    private EventVersions() {
    }

    /** What a stored version says: the event, its full judgement, and the claim that triggered it. */
    public record Snapshot(String eventId, int revision, DiplomaticEvent event, Judgement judgement,
                           String triggerClaimId) {
    }

    /**
     * What a version's own payload says, without the claims behind the event: a VerdictRevised names only the
     * claims that changed, so the claims come from the event's claim changes ({@link ClaimStances}).
     */
    public record Stated(String eventId, int revision, DiplomaticEvent event, Standing standing,
                         List<Rationale> rationale, String triggerClaimId) {

        /** The full snapshot, given the claims behind the event at this revision. */
        public Snapshot with(ClaimMembership claims) {
            return new Snapshot(eventId, revision, event, new Judgement(standing.verdict(),
                    standing.invitationState(), standing.stateVerdict(), claims.claimsFor(), claims.claimsAgainst(),
                    rationale), triggerClaimId);
        }
    }

    public static EventVersion version(FactEnvelope<FactPayload> fact) {
        Stated s = stated(fact.payload());
        DiplomaticEvent e = s.event();
        Standing st = s.standing();
        return new EventVersion(s.eventId(), s.revision(), fact.type().typeName(), e.type().name(), e.gathering(),
                e.date() == null ? null : e.date().start(), e.date() == null ? null : e.date().end(),
                ActorKeys.of(e.actors()), name(st.verdict()), name(st.invitationState()), name(st.stateVerdict()),
                FactRows.json(fact.payload()), fact.correlationId() == null ? null
                        : fact.correlationId().toString());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static Stated stated(FactPayload payload) {
        if (payload instanceof EventVerified v) {
            Judgement j = v.judgement();
            return new Stated(v.eventId(), 1, v.event(), Standing.of(j), j.rationale(), v.triggerClaimId());
        }
        if (payload instanceof VerdictRevised r) {
            return new Stated(r.eventId(), r.revision(), r.event(), r.standing(), r.rationale(), r.triggerClaimId());
        }
        throw new IllegalArgumentException("not a verdict fact: " + payload.getClass().getSimpleName());
    }

    /** Reads a stored version's payload back. */
    public static Stated stated(EventVersion version) {
        Class<? extends FactPayload> type = "EventVerified".equals(version.factType()) ? EventVerified.class
                : VerdictRevised.class;
        return stated(FactRows.read(version.payload(), type));
    }
}
