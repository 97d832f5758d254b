package dev.chancery.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parties of a call or meeting among a sentence's groups: not places, not topics ("discussed the conflict in
 * Ukraine", "talks on the war in Sudan"), not the gathering or body it happened at ("on the sidelines of the UN
 * General Assembly"), and to the right of the trigger only up to the end of its clause ("spoke with Pashinyan, a
 * day after speaking to Aliyev" names two calls, not one of three).
 */
final class ContactParties {
    private static final Set<String> TOPIC_NOUNS = Set.of("conflict", "war", "crisis", "situation", "fighting",
            "violence", "peace", "ceasefire", "cease-fire", "settlement", "tensions", "dispute", "developments",
            "events", "elections", "reconstruction", "security", "stability", "process", "issue", "issues",
            "question", "unrest", "attacks", "strikes", "offensive", "invasion", "occupation", "programme", "program",
            "sanctions", "trade", "relations", "deal", "plan", "future", "fate", "status", "border", "humanitarian");
    private static final Set<String> TOPIC_PREPS = Set.of("in", "on", "over", "about", "of", "regarding", "around",
            "for", "with", "against", "between");
    private static final Set<String> VENUE_PREPS = Set.of("of", "at", "in", "on", "during", "on the sidelines of");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "—", "–", "while", "after", "before",
            "whereas");

    private ContactParties() {
    }

    static List<Groups.Group> of(Sentence s, int trigger, List<Groups.Group> groups) {
        List<Groups.Group> out = new ArrayList<>();
        int clauseEnd = clauseEnd(s, trigger, groups);
        boolean sequel = sequel(s, trigger);
        for (Groups.Group g : groups) {
            if (g.location() || topic(s, g) || venue(s, g) || g.start() > clauseEnd) {
                continue;
            }
            if (sequel && g.end() <= trigger && !out.isEmpty()) {
                // "he spoke with X, a day after speaking to Y": the sequel keeps the main subject only
                continue;
            }
            out.add(g);
        }
        return out;
    }

    /**
     * A second contact told in a clause of its own: a participle after "after", "before", "while" or "following"
     * past a comma ("a day after speaking to Aliyev", "before meeting the emir").
     */
    static boolean sequel(Sentence s, int trigger) {
        if (!s.token(trigger).lower().endsWith("ing") || !s.token(trigger).verb()) {
            return false;
        }
        for (int j = trigger - 1; j >= Math.max(0, trigger - 5); j--) {
            if (Set.of("after", "before", "while", "following").contains(s.token(j).lower())) {
                return s.span(0, j).contains(",");
            }
        }
        return false;
    }

    /** The first clause boundary after the first group to the right of the trigger. */
    private static int clauseEnd(Sentence s, int trigger, List<Groups.Group> groups) {
        int from = trigger;
        for (Groups.Group g : groups) {
            if (g.start() > trigger) {
                from = g.end();
                int look = Math.max(trigger, g.start() - 3);
                if (TriggerFinder.near(s, look, g.start() - look, Set.of("between"))) {
                    // "between the President of Turkmenistan, Serdar Berdimuhamedov, and the President of
                    // Uzbekistan, ...": appositions inside the pair are not the end of the clause
                    from = pairEnd(s, groups, g);
                }
                break;
            }
        }
        for (int j = from; j < s.size(); j++) {
            if (CLAUSE_ENDS.contains(s.token(j).lower())) {
                return j;
            }
        }
        return s.size();
    }

    /** The end of the group after the "and" that closes a "between A ... and B" pair, or A's end. */
    private static int pairEnd(Sentence s, List<Groups.Group> groups, Groups.Group first) {
        int and = s.indexOf(first.end(), "and");
        if (and < 0 || and - first.end() > 8) {
            return first.end();
        }
        for (Groups.Group g : groups) {
            if (g.start() > and && g.start() - and <= 4) {
                return g.end();
            }
        }
        return first.end();
    }

    /**
     * "the conflict in Ukraine", "the war in Sudan": a state after a topic noun and a preposition; "the Ukraine
     * conflict", "the Gaza ceasefire": a state naming the topic noun right after it.
     */
    static boolean topic(Sentence s, Groups.Group g) {
        if (g.end() < s.size() && TOPIC_NOUNS.contains(s.token(g.end()).lower())) {
            return true;
        }
        int p = g.start() - 1;
        if (p >= 0 && s.token(p).is("the")) {
            p--;
        }
        return p >= 1 && TOPIC_PREPS.contains(s.token(p).lower()) && TOPIC_NOUNS.contains(s.token(p - 1).lower());
    }

    /** A gathering or a body named as the place of the contact rather than a party to it. */
    private static boolean venue(Sentence s, Groups.Group g) {
        boolean venueKind = g.members().stream().allMatch(m -> m.kind() == EntityKind.GATHERING
                || m.kind() == EntityKind.BODY);
        int p = g.start() - 1;
        if (p >= 0 && s.token(p).is("the")) {
            p--;
        }
        // "met on the sidelines of the G20 summit in Germany": a state after "in" is where, not who; so is a city
        // in apposition to "the Omani capital, Muscat"
        boolean apposition = p >= 1 && s.token(p).is(",") && Set.of("capital", "city").contains(s.token(p - 1).lower());
        return p >= 0 && (venueKind && VENUE_PREPS.contains(s.token(p).lower()) || s.token(p).is("in") || apposition);
    }
}
