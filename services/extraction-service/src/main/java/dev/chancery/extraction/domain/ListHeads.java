package dev.chancery.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Widens the first member of a list to the words that introduce it, so that the list sits where the role rules
 * look for it: "invited the heads of state of Kazakhstan, ...", "invited some 60 countries, including Brazil
 * and India". The members stay the states the text names; a list without members ("a number of countries") is
 * no actor.
 */
final class ListHeads {
    private static final Set<String> OFFICES = Set.of("leaders", "presidents", "ministers", "governments",
            "delegations", "representatives", "premiers", "monarchs", "envoys", "heads");
    private static final Set<String> WHOLES = Set.of("countries", "states", "nations", "leaders", "governments",
            "others", "members");
    private static final Set<String> QUANTITIES = Set.of("the", "some", "about", "around", "over", "nearly",
            "almost", "more", "than", "several", "dozens", "of", "a", "dozen", "other", "all");

    private ListHeads() {
    }

    static List<Mention> widen(Sentence s, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        int floor = 0;
        for (Mention m : ms) {
            int from = m.kind() == EntityKind.STATE || m.kind() == EntityKind.PERSON ? start(s, m.start()) : m.start();
            Mention w = from >= floor && from < m.start() ? m.from(from, s.span(from, m.end())) : m;
            out.add(w);
            floor = m.end();
        }
        return out;
    }

    private static int start(Sentence s, int i) {
        int k = i - 1;
        if (k >= 1 && s.token(k).is("of")) {
            int h = k - 1;
            if (s.token(h).is("state") || s.token(h).is("government")) {
                h = h >= 2 && s.token(h - 1).is("of") && s.token(h - 2).is("heads") ? h - 2 : -1;
            }
            if (h < 0 || !OFFICES.contains(s.token(h).lower())) {
                return i;
            }
            return back(s, h);
        }
        if (k >= 2 && (s.token(k).is("including") || s.token(k).is("as") && s.token(k - 1).is("such"))) {
            int h = s.token(k).is("as") ? k - 2 : k - 1;
            h = h >= 0 && s.token(h).is(",") ? h - 1 : h;
            return h >= 0 && WHOLES.contains(s.token(h).lower()) ? back(s, h) : i;
        }
        return i;
    }

    /** Back over "the", "foreign", quantities and numbers before the head noun. */
    private static int back(Sentence s, int h) {
        int from = h;
        while (from > 0 && (QUANTITIES.contains(s.token(from - 1).lower()) || s.token(from - 1).pos().equals("NUM")
                || s.token(from - 1).is("foreign") || s.token(from - 1).is("prime")
                || s.token(from - 1).text().chars().allMatch(Character::isDigit))) {
            from--;
        }
        return from;
    }
}
