package dev.chancery.examples;

import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;

/** One human line per verdict: the event, its revision and the judgement (what another team would act on). */
public final class VerdictLine {
    private VerdictLine() {
    }

    public static String of(FactPayload payload) {
        if (payload instanceof EventVerified v) {
            var j = v.judgement();
            return "event " + v.eventId() + " revision 1: " + j.verdict() + " (" + size(j.claimsFor()) + " for, "
                    + size(j.claimsAgainst()) + " against)";
        }
        if (payload instanceof VerdictRevised r) {
            String before = r.previous() == null ? "?" : String.valueOf(r.previous().verdict());
            String after = r.standing() == null ? "?" : String.valueOf(r.standing().verdict());
            String counts = r.claims() == null ? ""
                    : " (" + r.claims().forCount() + " for, " + r.claims().againstCount() + " against)";
            return "event " + r.eventId() + " revision " + r.revision() + ": " + before + " -> " + after + counts;
        }
        throw new IllegalArgumentException("not a verdict: " + payload.getClass().getSimpleName());
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
