package dev.chancery.query.ask;

import java.util.List;

/** Example questions of every understood kind, about the actor or gathering the question named if any. */
final class Examples {
    private Examples() {
    }

    static List<String> suggest(Reading r) {
        String actor = r.actors().stream().filter(a -> !a.ambiguous()).map(a -> a.actor().name())
                .findFirst().orElse("Kazakhstan");
        String gathering = r.gathering().found() ? "the " + r.gathering().gathering().name() : "the Miami G20";
        return List.of(
                "who is invited to " + gathering + "?",
                "who declined " + gathering + "?",
                "is " + actor + " invited to " + gathering + "?",
                "whom has " + actor + " invited?",
                "did " + actor + " and the United States speak in September 2025?",
                "who visited " + actor + " last year?",
                "what has " + actor + " done?");
    }
}
