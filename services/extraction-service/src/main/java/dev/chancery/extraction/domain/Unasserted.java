package dev.chancery.extraction.domain;

import java.util.Set;

/**
 * Tells a trigger that names an event without telling that it happened or will: habits ("typically publishes
 * releases about calls", "has never traveled", "no president has ever visited"), wishes and demands ("is angling
 * for a visit", "demanded a meeting", "seeks talks"), and mentions inside a reference to something else
 * ("no statements about the call", "details of the recent call"). Such a trigger heads no claim; hedged
 * speculation ("a visit was increasingly plausible") is a claim with a hedged modality ({@link ModalityDetector}).
 */
final class Unasserted {
    private static final Set<String> HABITS = Set.of("typically", "usually", "often", "rarely", "regularly",
            "frequently", "sometimes", "routinely", "traditionally", "generally", "seldom", "normally",
            "customarily");
    private static final Set<String> NEGATIONS = Set.of("no", "never", "not", "nobody", "none", "neither");
    private static final Set<String> WISHES = Set.of("angle", "seek", "push", "lobby", "want", "court", "aspire",
            "crave", "demand", "request", "urge", "clamour", "clamor", "beg", "angling", "angled", "lobbying", "must",
            "should", "ought");
    private static final Set<String> REFERRING_NOUNS = Set.of("statement", "statements", "release", "releases",
            "details", "mention", "readout", "readouts", "news", "comment", "comments", "information", "word",
            "record", "records", "photos", "footage", "transcript", "account", "accounts", "coverage", "headlines",
            "commenting", "commented", "remarks");
    private static final Set<String> REFERRING_PREPS = Set.of("about", "of", "on", "regarding", "concerning");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", "but", "said", "says", "while", "whereas");

    private Unasserted() {
    }

    /**
     * Why the trigger at index i tells no event ("habit", "wish", "reference"), or null when it may. {@code contact}:
     * a call, meeting, visit or attendance, where "never" tells a habit too ("has never, as president, traveled");
     * for an invitation "never invited" is an exclusion and stays.
     */
    static String reason(Sentence s, int i, boolean contact) {
        return reason(s, i, contact, false);
    }

    /** As above; {@code official}: an official speaker's "never" or "no ... ever" denies, it tells no habit. */
    static String reason(Sentence s, int i, boolean contact, boolean official) {
        if (everyPeriod(s, i)) {
            return "habit";
        }
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            Token t = s.token(j);
            if (CLAUSE_ENDS.contains(t.lower()) || (t.is("and") && j > 0 && s.token(j - 1).is(","))) {
                break;
            }
            if (HABITS.contains(t.lower()) || contact && !official
                    && (t.is("never") || t.is("ever") && negatedBefore(s, j))) {
                return "habit";
            }
            boolean compound = j > 0 && s.token(j - 1).is("-"); // "a much-sought invitation" was won, not wished
            if (t.verb() && !compound && (WISHES.contains(t.lemma()) || WISHES.contains(t.lower()))) {
                return "wish";
            }
        }
        boolean modifier = i + 1 < s.size() && (s.token(i + 1).is("'s") || s.token(i + 1).is("\u2019s"));
        // "the meeting's co-chairman said": the meeting qualifies a person, nothing is told of it
        return reference(s, i) || modifier ? "reference" : wouldLike(s, i) ? "wish" : null;
    }

    /** "talk by phone almost every month", "meet every year": a recurring contact, not one event. */
    private static boolean everyPeriod(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.size() - 1, i + 8); j++) {
            if (s.token(j).is("every") && Set.of("month", "week", "year", "day", "quarter", "summer", "spring",
                    "autumn", "winter", "time").contains(s.token(j + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "would be happy to make a visit", "would love to meet", "'d like to visit": a wish, not a plan. */
    private static boolean wouldLike(Sentence s, int i) {
        for (int j = i - 1; j >= Math.max(1, i - 6); j--) {
            if (Set.of("happy", "glad", "keen", "eager", "love", "like", "delighted", "pleased").contains(s.token(j).lower())) {
                for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
                    if (s.token(k).is("would") || s.token(k).is("'d")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean negatedBefore(Sentence s, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 5); k--) {
            if (NEGATIONS.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "statements about the call", "details of the recent call": the trigger qualifies another noun. */
    private static boolean reference(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && (Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(s.token(j).pos())
                && !REFERRING_NOUNS.contains(s.token(j).lower()))) {
            j--;
        }
        return j >= 1 && REFERRING_PREPS.contains(s.token(j).lower())
                && REFERRING_NOUNS.contains(s.token(j - 1).lower());
    }
}
