package dev.chancery.verification.repository;

import dev.chancery.verification.domain.EventState;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** One row of {@code event_citations}: the event holds (or once held) a claim of the article. */
public record Citation(String articleId, String eventId) {

    /** The citations of the events' current claims. */
    public static Set<Citation> of(Collection<EventState> states) {
        Set<Citation> out = new LinkedHashSet<>();
        states.forEach(s -> s.claims().forEach(c -> out.add(new Citation(c.articleId(), s.eventId()))));
        return out;
    }
}
