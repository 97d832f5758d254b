package dev.chancery.query.messaging;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a polled batch into facts, and the records that are not facts with their reason. */
class DecodedBatchTest {

    @Test
    void factsKeepTheirOrderAndRecordsThatAreNotFactsKeepTheirReason() {
        FactEnvelope<FactPayload> first = fact("a-1");
        FactEnvelope<FactPayload> second = fact("a-2");
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, "dev.chancery.ArticleExtracted.v1".getBytes(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, byte[]>> records = List.of(record(FactRecordCodec.encode(first, Topics.CLAIMS,
                        "a-1"), 0), record(new ProducerRecord<>(Topics.CLAIMS, null, "k", "not a fact".getBytes(), null), 1),
                record(new ProducerRecord<>(Topics.CLAIMS, null, "k", "{".getBytes(), headers), 2),
                record(FactRecordCodec.encode(second, Topics.CLAIMS, "a-2"), 3));

        var batch = DecodedBatch.of(records);

        assertThat(batch.envelopes()).extracting(FactEnvelope::factId).containsExactly(first.factId(),
                second.factId());
        assertThat(batch.facts()).extracting(d -> d.source().offset()).containsExactly(0L, 3L);
        assertThat(batch.undecodable()).extracting(u -> u.source().offset()).containsExactly(1L, 2L);
        assertThat(batch.undecodable().get(0).reason()).hasMessageContaining("ce_type");
        assertThat(batch.undecodable().get(1).reason()).hasMessageContaining("is not a readable");
    }

    @Test
    void anArticleIsReadWhole_butForItsBodyWhichNoProjectionKeeps() {
        ArticleIngested sent = new ArticleIngested("a-9", "https://news.example/a-9", "news.example/a-9",
                "Example Times", OutletKind.NEWSPAPER, "Wire", Instant.parse("2025-12-24T08:00:00Z"), "en",
                "Leaders \u201cspeak\u201d by phone", "A long body \u2014 with \"quotes\", {braces} and [brackets].",
                "A. Writer", "ALMATY", "ab12");
        FactEnvelope<FactPayload> fact = FactEnvelope.<FactPayload>of(UUID.randomUUID(), sent, UUID.randomUUID(), null,
                null, null).producedBy("test/0").stored(1, 1, Instant.now());

        var batch = DecodedBatch.of(List.of(record(FactRecordCodec.encode(fact, Topics.ARTICLES, "a-9"), 0)));

        assertThat(batch.undecodable()).isEmpty();
        ArticleIngested read = (ArticleIngested) batch.envelopes().get(0).payload();
        assertThat(read.body()).isNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("body").isEqualTo(sent);
        assertThat(batch.envelopes().get(0).factId()).isEqualTo(fact.factId());
    }

    private static FactEnvelope<FactPayload> fact(String articleId) {
        return FactEnvelope.<FactPayload>of(UUID.randomUUID(), new ArticleExtracted(articleId, "v1", 0, List.of(),
                null), UUID.randomUUID(), null, null, null).producedBy("test/0").stored(1, 1, Instant.now());
    }

    private static ConsumerRecord<String, byte[]> record(ProducerRecord<String, byte[]> r, long offset) {
        return new ConsumerRecord<>(r.topic(), 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, r.key(), r.value(),
                r.headers() == null ? new RecordHeaders() : r.headers(), Optional.empty());
    }
}
