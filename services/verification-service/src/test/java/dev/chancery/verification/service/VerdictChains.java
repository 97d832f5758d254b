package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Standing;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.verification.domain.EventState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks each event's verdict stream whatever batches produced it: EventVerified then VerdictRevised 2..n at stream
 * versions 1..n, each naming the standing before it as previous, folding to the event's stored judgement, n being its
 * stored revision.
 */
public final class VerdictChains {
    private VerdictChains() {
    }

    /** What is wrong with the streams of these events, one line per fault; empty when all are sound. */
    public static List<String> faults(Map<String, List<FactEnvelope<FactPayload>>> streams,
                                      Map<String, EventState> states) {
        List<String> faults = new ArrayList<>();
        states.forEach((eventId, state) -> {
            List<FactEnvelope<FactPayload>> stream = streams.getOrDefault(eventId, List.of());
            if (stream.size() != state.revision()) {
                faults.add(eventId + ": " + stream.size() + " verdicts, stored revision " + state.revision());
            }
            Judgement judgement = null;
            for (int i = 0; i < stream.size(); i++) {
                FactEnvelope<FactPayload> fact = stream.get(i);
                if (fact.streamVersion() != i + 1) {
                    faults.add(eventId + ": verdict " + (i + 1) + " at version " + fact.streamVersion());
                }
                if (i == 0 && fact.payload() instanceof EventVerified verified) {
                    judgement = verified.judgement();
                } else if (i > 0 && fact.payload() instanceof VerdictRevised revised && revised.revision() == i + 1
                        && revised.previous().equals(Standing.of(judgement))) {
                    judgement = revised.judgementAfter(ClaimMembership.of(judgement));
                } else {
                    faults.add(eventId + ": verdict " + (i + 1) + " does not follow the one before: " + fact.payload());
                    return;
                }
            }
            if (!stream.isEmpty() && !state.judgement().equals(judgement)) {
                faults.add(eventId + ": verdicts fold to " + judgement + ", stored " + state.judgement());
            }
        });
        return faults;
    }
}
