package dev.chancery.platform.kafka;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Header values read from bytes agree with {@link Instant#parse} and {@link UUID#fromString}, fast path or not. */
class EnvelopeHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-12-01T08:30:00Z", "2025-12-01T08:30:00.1Z", "2025-12-01T08:30:00.120Z",
            "2025-12-01T08:30:00.123456Z", "2025-12-01T08:30:00.123456789Z", "2024-02-29T23:59:59.999Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.5Z",
            "+10000-01-01T00:00:00Z", "2025-12-01T08:30:00+01:00", "2025-12-01t08:30:00Z", "2025-12-01T24:00:00Z",
            "2025-12-01T08:30:00.Z"})
    void timesReadAsInstantParseReadsThem(String text) {
        assertThat(HeaderValues.instant(bytes(text))).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29T08:30:00Z", "2025-13-01T08:30:00Z", "2025-12-01T08:60:00Z",
            "2025-12-01T08:30:00.1234567890Z", "2025-12-01",
            "2025-1x-01T08:30:00Z", "not a time", ""})
    void timesInstantParseRefusesAreRefused(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> HeaderValues.instant(bytes(text))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void randomTimesAndIdsRoundTrip() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), nanos);
            assertThat(HeaderValues.instant(bytes(t.toString()))).isEqualTo(t);
            UUID id = new UUID(random.nextLong(), random.nextLong());
            assertThat(HeaderValues.uuid(bytes(id.toString()))).isEqualTo(id);
            assertThat(HeaderValues.uuid(bytes(id.toString().toUpperCase()))).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789ab-cdef-0123-4567-89abcdef012", "01234567-89ab-cdef-0123-456789abcdeg",
            "not-a-uuid", "01234567+89ab-cdef-0123-456789abcdef"})
    void idsUuidRefusesAreRefused(String text) {
        assertThatThrownBy(() -> HeaderValues.uuid(bytes(text))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortFormUuidFromStringAcceptsIsAccepted() {
        assertThat(HeaderValues.uuid(bytes("1-2-3-4-5"))).isEqualTo(UUID.fromString("1-2-3-4-5"));
    }

    @Test
    void anEncodedFactDecodesEqualAndTheLastOfARepeatedHeaderWins() {
        FactEnvelope<ArticleExtracted> fact = FactEnvelope.of(UUID.randomUUID(),
                        new ArticleExtracted("article-9", "test-1", 2, List.of(), null), UUID.randomUUID(),
                        UUID.randomUUID(), Instant.parse("2025-12-01T07:00:00Z"), Instant.parse("2025-12-24T08:00:00Z"))
                .producedBy("extraction").stored(3, 41, Instant.parse("2025-12-24T08:00:01.234567Z"));
        ProducerRecord<String, byte[]> sent = FactRecordCodec.encode(fact, "chancery.claims.v1", fact.streamId());
        ConsumerRecord<String, byte[]> received = received(sent);
        assertThat(FactRecordCodec.decode(received)).isEqualTo(fact);

        received.headers().add(CloudEventHeaders.STREAM_VERSION, bytes("4"));
        FactEnvelope<FactPayload> later = FactRecordCodec.decode(received);
        assertThat(later.streamVersion()).isEqualTo(4);
        assertThat(later.factId()).isEqualTo(fact.factId());
    }

    @Test
    void aBadHeaderNamesTheRecordAndTheType() {
        FactEnvelope<ArticleExtracted> fact = FactEnvelope.of(UUID.randomUUID(),
                new ArticleExtracted("article-9", "test-1", 2, List.of(), null), null, null, null,
                Instant.parse("2025-12-24T08:00:00Z")).stored(1, 1, Instant.parse("2025-12-24T08:00:01Z"));
        ConsumerRecord<String, byte[]> received = received(FactRecordCodec.encode(fact, "t", "k"));
        received.headers().add(CloudEventHeaders.TIME, bytes("yesterday"));
        assertThatThrownBy(() -> FactRecordCodec.decode(received)).isInstanceOf(UndecodableFactException.class)
                .hasMessageContaining("t/0@5").hasMessageContaining(fact.type().cloudEventType())
                .hasMessageContaining("yesterday");
    }

    @Test
    void aPayloadWithoutTheIdOfItsStreamIsRefusedWithThatReason() {
        FactEnvelope<ArticleExtracted> fact = FactEnvelope.of(UUID.randomUUID(),
                new ArticleExtracted("article-9", "test-1", 2, List.of(), null), null, null, null,
                Instant.parse("2025-12-24T08:00:00Z")).stored(1, 1, Instant.parse("2025-12-24T08:00:01Z"));
        ProducerRecord<String, byte[]> sent = FactRecordCodec.encode(fact, "t", "k");
        ConsumerRecord<String, byte[]> empty = new ConsumerRecord<>("t", 0, 5, "k", bytes("{}"));
        sent.headers().forEach(h -> empty.headers().add(h));
        assertThatThrownBy(() -> FactRecordCodec.decode(empty)).isInstanceOf(UndecodableFactException.class)
                .hasMessageContaining("t/0@5").hasMessageContaining("without the id of its stream");
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(sent.topic(), 0, 5, sent.key(), sent.value());
        sent.headers().forEach(h -> r.headers().add(h));
        return r;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
