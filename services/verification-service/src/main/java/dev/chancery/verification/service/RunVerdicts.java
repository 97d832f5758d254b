package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.Outcome;
import dev.chancery.verification.domain.RunPublication;
import dev.chancery.verification.repository.StoredEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts of one run of claims committed together: at most one per event, from the event as loaded before the
 * run to its final state ({@link RunPublication}), caused by the last claim of the run that changed its judgement.
 */
final class RunVerdicts {
    private record Change(FactEnvelope<?> cause, String trigger) {
    }

    /** By event id, in the order of each event's last change. */
    private final Map<String, Change> lastChanges = new LinkedHashMap<>();

    /** Notes the events whose judgement {@code cause} changed: those the rule for one claim publishes for. */
    void record(FactEnvelope<?> cause, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.publishes()) {
                lastChanges.remove(o.state().eventId());
                lastChanges.put(o.state().eventId(), new Change(cause, o.trigger()));
            }
        }
    }

    /**
     * Queues the run's verdicts on the publisher, in the order of the events' last changes.
     *
     * @return the final states with the revision published, to be written
     */
    List<EventState> publish(Collection<EventState> finals, Map<String, StoredEvent> originals,
                             VerdictPublisher publisher) {
        List<EventState> states = new ArrayList<>();
        Map<String, Outcome> coalesced = new HashMap<>();
        for (EventState after : finals) {
            StoredEvent original = originals.get(after.eventId());
            Change last = lastChanges.get(after.eventId());
            Outcome outcome = RunPublication.of(original == null ? null : original.state(), after,
                    last == null ? null : last.trigger());
            if (outcome.publishes() && last == null) {
                // a judgement that differs at the end changed at some claim, which the rule for one claim published
                throw new IllegalStateException("event " + after.eventId() + " changed without a claim changing it");
            }
            states.add(outcome.state());
            coalesced.put(after.eventId(), outcome);
        }
        lastChanges.forEach((eventId, last) -> publisher.publish(last.cause(), List.of(coalesced.get(eventId))));
        return states;
    }
}
