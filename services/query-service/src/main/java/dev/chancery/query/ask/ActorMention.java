package dev.chancery.query.ask;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a question names an actor, and whom it may mean.
 *
 * @param candidates the actors the words may stand for; more than one when ambiguous ("Brussels")
 * @param span       where
 * @param text       the words as written ("President Trump")
 */
record ActorMention(List<Actor> candidates, Span span, String text) {
    ActorMention {
        candidates = List.copyOf(candidates);
    }

    boolean ambiguous() {
        return candidates.size() != 1;
    }

    Actor actor() {
        return candidates.get(0);
    }

    /** "actor Kazakhstan (KAZ)", "actor Tokayev -> Kazakhstan (KAZ)" or an ambiguity note. */
    String describe() {
        if (ambiguous()) {
            return "\"" + text + "\" could be " + candidates.stream().map(Actor::toString)
                    .collect(Collectors.joining(" or "));
        }
        return actor().name().equalsIgnoreCase(text) ? "actor " + actor() : "actor " + text + " -> " + actor();
    }
}
