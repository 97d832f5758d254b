package dev.chancery.extraction.domain;

import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence's claims are attributed to: a tail (", the Akorda press service reported"), a head
 * ("Trump wrote on Truth Social that", "media reported that") or "according to X". Returns the speaker's
 * tokens so that they are not read as actors; {@link Attributions} turns the speaker into an Attribution.
 */
public final class AttributionDetector {
    static final Set<String> REPORTING = Set.of("say", "said", "report", "reported", "add", "added", "tell", "told",
            "announce", "announced", "write", "wrote", "post", "posted", "confirm", "confirmed", "state", "stated",
            "claim", "claimed", "insist", "insisted", "note", "noted", "declare", "declared", "reply", "replied",
            "answer", "answered");

    private AttributionDetector() {
    }

    /**
     * The speaker span.
     *
     * @param from       first token of the speaker phrase
     * @param to         end (exclusive) of the attribution (speaker and reporting verb, "that")
     * @param speakerEnd end (exclusive) of the speaker phrase
     * @param verb       the reporting verb's lemma, or null for "according to"
     */
    public record Span(int from, int to, int speakerEnd, String verb) {
        public boolean covers(int i) {
            return i >= from && i < to;
        }
    }

    private static final Set<String> CONTRAST = Set.of("while", "whereas", ";", "but");

    /**
     * The attribution of one trigger in a sentence of two voices ("Trump confirmed Putin's agreement, while the
     * Kremlin stated the invitation remains under consideration"): the reporting verb nearest before the trigger in
     * its own clause, the clause opening after "while", "whereas", "but" or ";". Null when the trigger's clause has
     * no reporting verb of its own or the sentence has one voice (then {@link #find} speaks for all).
     */
    public static Span inClause(Sentence s, Trigger t) {
        int start = 0;
        for (int j = t.index() - 1; j > 0; j--) {
            if (CONTRAST.contains(s.token(j).lower())) {
                start = j + 1;
                break;
            }
        }
        if (start == 0) {
            return null;
        }
        for (int v = t.index() - 1; v > start; v--) {
            if (REPORTING.contains(s.token(v).lower()) && !s.token(v).pos().equals("NOUN")) {
                int that = v + 1 < s.size() && s.token(v + 1).is("that") ? v + 2 : v + 1;
                return new Span(start, that, v, s.token(v).lemma());
            }
        }
        return null;
    }

    /** The attribution span of the sentence, or null when the outlet speaks. */
    public static Span find(Sentence s, List<Trigger> triggers) {
        int acc = s.indexOf(0, "according");
        if (acc >= 0 && acc + 1 < s.size() && s.token(acc + 1).is("to")) {
            int end = acc + 2;
            while (end < s.size() && !s.token(end).is(",") && !s.token(end).is(".")) {
                end++;
            }
            return new Span(acc + 2, end, end, null);
        }
        int firstTrigger = triggers.isEmpty() ? s.size() : triggers.get(0).index();
        for (int v = s.size() - 1; v > 0; v--) {
            Token t = s.token(v);
            if (REPORTING.contains(t.lower()) && v > firstTrigger) {
                int c = v - 1;
                while (c > firstTrigger && !s.token(c).is(",") && !s.token(c).is("\"") && !s.token(c).is("''")) {
                    c--;
                }
                if (c > firstTrigger && v - c <= 8 && !CONTRAST.contains(s.token(c + 1).lower())) {
                    return new Span(c + 1, s.size(), v, t.lemma());
                }
            }
        }
        for (int v = 1; v < Math.min(firstTrigger, s.size()); v++) {
            if (REPORTING.contains(s.token(v).lower()) && !s.token(v).pos().equals("NOUN")) {
                int end = v + 1;
                int that = s.indexOf(v, "that");
                if (that > 0 && that < firstTrigger && that - v <= 6) {
                    end = that + 1;
                } else if (end < s.size() && s.token(end).is(":")) {
                    end++;
                }
                return new Span(0, end, v, s.token(v).lemma());
            }
        }
        return null;
    }
}
