package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Groups;
import dev.chancery.extraction.domain.Sentence;
import dev.chancery.extraction.domain.Trigger;
import dev.chancery.model.claim.ClaimType;

import java.util.List;
import java.util.Set;

/**
 * Says when the word-order rules are unsure of a trigger's roles, so that only those sentences are parsed:
 * a comma or relative clause between the subject and the trigger, more candidate subjects than one, a passive
 * agent beyond the rules' window, an invitation with an infinitive and several actors after it, a call or
 * meeting with a topic, a destination or a relative clause near an actor.
 */
public final class RuleDoubt {
    private static final Set<String> CLAUSE = Set.of(",", "who", "which", "that", "whom", "whose", "--", "(");
    private static final Set<String> TOPIC = Set.of("about", "on", "over", "regarding", "concerning", "discuss",
            "discussed", "discussing", "visit", "visiting", "who", "which", "including", "between");
    private static final int PASSIVE_WINDOW = 4;

    private RuleDoubt() {
    }

    public static boolean unsure(Sentence s, Trigger t, List<Groups.Group> groups) {
        List<Groups.Group> actors = groups.stream().filter(g -> !g.location()).toList();
        if (actors.isEmpty()) {
            return false;
        }
        ClaimType type = t.type();
        if (type == ClaimType.PHONE_CALL || type == ClaimType.MEETING || type == ClaimType.DENIAL) {
            return actors.size() >= 2 && cueBeforeActor(s, actors);
        }
        if (t.nominal()) {
            return false;
        }
        List<Groups.Group> left = actors.stream().filter(g -> g.end() <= t.index()).toList();
        boolean clause = !left.isEmpty() && between(s, left.get(left.size() - 1).end(), t.index(), CLAUSE);
        long right = actors.stream().filter(g -> g.start() > t.index()).count();
        int by = s.indexOf(t.index() + 1, "by");
        boolean farAgent = by - t.index() > PASSIVE_WINDOW;
        boolean xcomp = type == ClaimType.INVITATION && right >= 2 && s.indexOf(t.index() + 1, "to") > 0;
        return clause || left.size() >= 2 || farAgent || xcomp;
    }

    private static boolean cueBeforeActor(Sentence s, List<Groups.Group> actors) {
        for (Groups.Group g : actors) {
            if (between(s, Math.max(0, g.start() - 5), g.start(), TOPIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(Sentence s, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
