package dev.chancery.query.projection;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.query.repository.EventVersionRow;

/** Pure mapping of verdict facts to event versions, and of stored versions back to what they judged. */
public final class EventVersions {
    private EventVersions() {
    }

    /** What a stored version says: the event, its judgement, and the claim that triggered it. */
    public record Snapshot(String eventId, int revision, DiplomaticEvent event, Judgement judgement,
                           String triggerClaimId) {
    }

    public static EventVersionRow row(FactEnvelope<FactPayload> fact, int generation) {
        Snapshot s = snapshot(fact.payload());
        EventVersionRow row = new EventVersionRow();
        row.generation = generation;
        row.eventId = s.eventId();
        row.revision = s.revision();
        row.factId = fact.factId();
        row.factType = fact.type().typeName();
        row.eventType = s.event().type().name();
        row.gathering = s.event().gathering();
        row.dateStart = s.event().date() == null ? null : s.event().date().start();
        row.dateEnd = s.event().date() == null ? null : s.event().date().end();
        row.actorKeys = ActorKeys.of(s.event().actors());
        row.verdict = s.judgement().verdict() == null ? null : s.judgement().verdict().name();
        row.invitationState = s.judgement().invitationState() == null ? null : s.judgement().invitationState().name();
        row.stateVerdict = s.judgement().stateVerdict() == null ? null : s.judgement().stateVerdict().name();
        row.payload = FactRows.json(fact.payload());
        row.recordedFrom = fact.recordedAt();
        return row;
    }

    public static Snapshot snapshot(FactPayload payload) {
        if (payload instanceof EventVerified v) {
            return new Snapshot(v.eventId(), 1, v.event(), v.judgement(), v.triggerClaimId());
        }
        if (payload instanceof VerdictRevised r) {
            return new Snapshot(r.eventId(), r.revision(), r.event(), r.judgement(), r.triggerClaimId());
        }
        throw new IllegalArgumentException("not a verdict fact: " + payload.getClass().getSimpleName());
    }

    /** Reads a stored version back. */
    public static Snapshot snapshot(EventVersionRow row) {
        Class<? extends FactPayload> type = "EventVerified".equals(row.factType) ? EventVerified.class
                : VerdictRevised.class;
        return snapshot(FactRows.read(row.payload, type));
    }
}
