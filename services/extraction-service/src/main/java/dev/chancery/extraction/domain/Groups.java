package dev.chancery.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Actor mentions of a sentence grouped by coordination ("Kazakhstan and Uzbekistan", "Pakistan, Egypt and
 * Jordan"), with places after "in", "at", "to" marked as locations rather than actors.
 */
public final class Groups {
    private static final Set<String> JOINERS = Set.of("and", ",", "&", "as", "well");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "near", "for", "inside", "outside");

    /** A coordinated group of actor mentions spanning tokens [start, end). */
    public record Group(int start, int end, List<Mention> members, boolean location) {
    }

    private Groups() {
    }

    public static boolean location(Sentence s, Mention m) {
        EntityKind k = m.kind();
        boolean placeLike = k == EntityKind.PLACE || k == EntityKind.METONYM || k == EntityKind.PRESS_SERVICE
                || (k == EntityKind.BODY && m.entity().id().equals("org:eu"));
        int p = m.start() - 1;
        if (p >= 0 && s.token(p).is("the")) {
            p--;
        }
        return placeLike && p >= 0 && LOCATIVE.contains(s.token(p).lower());
    }

    public static List<Group> of(Sentence s, List<Mention> actors) {
        List<Group> out = new ArrayList<>();
        List<Mention> cur = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Mention m : actors) {
            boolean loc = location(s, m);
            if (!cur.isEmpty() && joined(s, end, m.start()) && loc == location(s, cur.get(0))) {
                cur.add(m);
                end = m.end();
                continue;
            }
            if (!cur.isEmpty()) {
                out.add(new Group(start, end, List.copyOf(cur), location(s, cur.get(0))));
            }
            cur = new ArrayList<>(List.of(m));
            start = m.start();
            end = m.end();
        }
        if (!cur.isEmpty()) {
            out.add(new Group(start, end, List.copyOf(cur), location(s, cur.get(0))));
        }
        return out;
    }

    private static boolean joined(Sentence s, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!JOINERS.contains(s.token(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
