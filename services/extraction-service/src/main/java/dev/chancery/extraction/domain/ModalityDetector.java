package dev.chancery.extraction.domain;

import dev.chancery.model.claim.Modality;

import java.util.Set;

/**
 * Reads the modality of a trigger from the words before it in its clause: negation ("not", "no", "never"),
 * hedges ("may", "might", "reportedly", "the supposed call", "a visit was plausible"), conditions ("if") and plans ("will", "expected to",
 * "would" in reported speech, "plans to").
 */
public final class ModalityDetector {
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "perhaps", "reportedly",
            "possible", "hope", "hopes", "hoped", "likely", "probably", "supposed", "alleged", "purported", "rumored",
            "rumoured", "potential", "mooted", "speculated");
    private static final Set<String> HEDGES_AFTER = Set.of("possible", "plausible", "likely", "unlikely",
            "conceivable", "mooted", "rumored", "rumoured", "speculated");
    private static final Set<String> PLANS = Set.of("will", "'ll", "shall", "would", "wo", "expected", "plans",
            "plan", "planned", "planning", "scheduled", "set", "going", "intends", "due", "upcoming");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> INTENT = Set.of("offered", "offers", "offer", "agreed", "agrees", "agree",
            "ready", "willing", "promised", "pledged", "proposed", "proposes", "vowed");
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "cancels", "postponed", "scrapped",
            "shelved");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", "that", "which", "who", ":", "\"", "and", "but");

    private ModalityDetector() {
    }

    /** True when the trigger is negated in its clause. */
    public static boolean negated(Sentence s, int trigger) {
        return window(s, trigger, NEGATION, 5) && !unconfirmed(s, trigger);
    }

    /**
     * "could not confirm the visit", "declined to comment on the meeting": the negation is of the speaking verb
     * between it and the trigger; the event is left unconfirmed (hedged), not denied.
     */
    static boolean unconfirmed(Sentence s, int trigger) {
        for (int j = trigger - 1; j >= Math.max(0, trigger - 5); j--) {
            if (NEGATION.contains(s.token(j).lower())) {
                return false;
            }
            if (Set.of("confirm", "comment", "say", "know", "verify", "disclose", "specify", "elaborate")
                    .contains(s.token(j).lemma()) && j > 0 && window(s, j, NEGATION, 3)) {
                return true;
            }
        }
        return false;
    }

    public static Modality of(Sentence s, int trigger) {
        if (window(s, trigger, CONDITIONS, 8) || s.indexOf(0, "if", "unless") >= 0 && s.indexOf(0, "if", "unless") < trigger) {
            return Modality.HYPOTHETICAL;
        }
        if (negated(s, trigger)) {
            return Modality.NEGATED;
        }
        if (window(s, trigger, NEGATION, 5) && unconfirmed(s, trigger)) {
            return Modality.HEDGED;
        }
        if (headline(s, trigger)) {
            return Modality.PLANNED;
        }
        if (window(s, trigger, HEDGES, 6) || after(s, trigger, HEDGES_AFTER)) {
            return Modality.HEDGED;
        }
        if (window(s, trigger, CANCELLED, 5) && !s.token(trigger).lemma().equals("call")) {
            // "cancelled a planned visit": the visit will not happen; not a denial that one did
            return Modality.NEGATED;
        }
        if (window(s, trigger, PLANS, 6) || window(s, trigger, INTENT, 10)) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    /** Modality ignoring negation (for types where the negation is the claim: declines, exclusions, denials). */
    public static Modality ofPositive(Sentence s, int trigger) {
        Modality m = of(s, trigger);
        if (m != Modality.NEGATED) {
            return m == Modality.PLANNED ? Modality.ASSERTED : m;
        }
        return window(s, trigger, HEDGES, 6) ? Modality.HEDGED : Modality.ASSERTED;
    }

    private static boolean window(Sentence s, int trigger, Set<String> words, int n) {
        for (int j = trigger - 1; j >= Math.max(0, trigger - n); j--) {
            String w = s.token(j).lower();
            if (words.contains(w)) {
                return true;
            }
            if (BOUNDARIES.contains(w) && j < trigger - 1) {
                return false;
            }
        }
        return false;
    }

    /** "Putin to visit India", "Aliyev, Pashinyan to meet in Abu Dhabi": the headline infinitive announces a plan. */
    private static boolean headline(Sentence s, int trigger) {
        return trigger >= 2 && s.token(trigger - 1).is("to") && s.token(trigger).verb()
                && s.token(trigger - 2).pos().equals("PROPN");
    }

    /** "a visit was increasingly plausible", "talks are possible": a hedge in the predicate after the trigger. */
    private static boolean after(Sentence s, int trigger, Set<String> words) {
        for (int j = trigger + 1; j < Math.min(s.size(), trigger + 8); j++) {
            String w = s.token(j).lower();
            if (words.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but")) {
                return false;
            }
        }
        return false;
    }
}
