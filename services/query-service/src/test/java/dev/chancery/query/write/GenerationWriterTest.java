package dev.chancery.query.write;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GenerationWriterTest {

    @Test
    void onlyTheFirstDeliveryOfAFactNewToTheGenerationIsApplied() {
        FactEnvelope<FactPayload> a = fact();
        FactEnvelope<FactPayload> b = fact();
        FactEnvelope<FactPayload> c = fact();

        var fresh = GenerationWriter.firstDeliveries(List.of(b, a, b, c, a), Set.of(a.factId(), b.factId()));

        assertThat(fresh).containsExactly(b, a);
    }

    private static FactEnvelope<FactPayload> fact() {
        return FactEnvelope.<FactPayload>of(UUID.randomUUID(), new ArticleExtracted("a", "v1", 0, List.of(), null),
                UUID.randomUUID(), null, null, null).stored(1, 1, Instant.now());
    }
}
