package dev.chancery.verification.domain;

import java.util.List;

/**
 * The port through which verification reads stored events; the wiring implements it over PostgreSQL
 * ({@link InMemoryEventLookup} in memory).
 */
public interface EventLookup {

    /**
     * Every stored event of the key (with or without claims) whose span overlaps the window, plus those with a
     * null span. Returning more is harmless; returning fewer breaks clustering.
     */
    List<EventState> candidates(ClusterKey key, DateSpan window);

    /** Every stored event holding a claim of the article (a superset is fine). */
    List<EventState> citing(String articleId);

    /** True when the article's claims of that extractor version were superseded; such late claims are ignored. */
    default boolean superseded(String articleId, String extractorVersion) {
        return false;
    }
}
