package dev.chancery.platform;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.FactEnvelope;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small facts for store and relay tests. */
final class TestFacts {
    private TestFacts() {
    }

    static FactEnvelope<ArticleExtracted> extracted(String stream, int count) {
        return FactEnvelope.of(UUID.randomUUID(), new ArticleExtracted(stream, "test-1", count, List.of(), null),
                null, null, null, Instant.parse("2025-12-24T08:00:00Z"));
    }
}
