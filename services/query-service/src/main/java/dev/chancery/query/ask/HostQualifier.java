package dev.chancery.query.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a country placed next to a gathering as its host ("the G20 in the US", "the American G20",
 * "South Africa's G20", "hosted by South Africa"): it narrows the gathering and is no longer an actor.
 */
final class HostQualifier {
    private static final Set<String> LOCATIVE = Set.of("in", "by", "at");

    private HostQualifier() {
    }

    /** The gathering narrowed by host, and the actor mentions that were not spent on it. */
    static Placed apply(GatheringLookup g, List<ActorMention> actors, List<Word> words) {
        if (!g.named() || g.candidates().isEmpty()) {
            return new Placed(g, actors);
        }
        List<ActorMention> rest = new ArrayList<>();
        for (ActorMention a : actors) {
            String id = a.ambiguous() ? null : a.actor().id();
            boolean hosts = g.candidates().stream().anyMatch(x -> id != null && id.equals(x.host()));
            if (hosts && placesGathering(a.span(), g, words)) {
                String mention = g.mention() + " " + a.text();
                g = new GatheringLookup(mention, g.candidates().stream().filter(x -> id.equals(x.host())).toList(),
                        a.span().markedIn(g.used()));
            } else {
                rest.add(a);
            }
        }
        return new Placed(g, List.copyOf(rest));
    }

    private static boolean placesGathering(Span actor, GatheringLookup g, List<Word> words) {
        int before = actor.start() - 1;
        if (before >= 0 && words.get(before).norm().equals("the")) {
            before--;
        }
        boolean locative = before >= 0 && LOCATIVE.contains(words.get(before).norm())
                && g.used().previousSetBit(before) >= 0;
        boolean possessive = actor.end() < words.size() && words.get(actor.end()).norm().equals("s");
        int next = possessive ? actor.end() + 1 : actor.end();
        boolean adjective = next < words.size() && g.used().get(next);
        return locative || adjective;
    }

    /**
     * A gathering with the actors left over.
     *
     * @param gathering the gathering lookup, possibly narrowed
     * @param actors    actor mentions not spent on the gathering
     */
    record Placed(GatheringLookup gathering, List<ActorMention> actors) {
    }
}
