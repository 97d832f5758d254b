package dev.chancery.platform;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.NativeLz4;
import dev.chancery.platform.outbox.OutboxRelay;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class OutboxRelayTest {
    @Inject
    FactStore store;
    @Inject
    OutboxRelay relay;

    @Test
    void publishesEveryFactOnceInStreamOrderWithCloudEventsHeaders() {
        String stream = "relay-" + UUID.randomUUID();
        var stored = store.append(stream, ExpectedVersion.noStream(),
                List.of(TestFacts.extracted(stream, 1), TestFacts.extracted(stream, 2), TestFacts.extracted(stream, 3)))
                .await().indefinitely();

        List<ConsumerRecord<String, byte[]>> records = readStream(stream, 3);
        assertThat(records).extracting(r -> FactRecordCodec.decode(r).factId())
                .containsExactly(stored.get(0).factId(), stored.get(1).factId(), stored.get(2).factId());
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(first.key()).isEqualTo(stream);
        assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo("dev.chancery.ArticleExtracted.v1");
        assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(first, CloudEventHeaders.SOURCE)).isEqualTo("/chancery/platform-test/0");
        assertThat(FactRecordCodec.decode(first).payload()).isEqualTo(stored.get(0).payload());
    }

    @Test
    void kafkaBatchesUseTheNativeLz4CodecUnderTheServiceClassLoader() throws Exception {
        // without NativeLz4's start-up load, lz4-java gives the Java codec to any class loader but the system one
        assertThat(getClass().getClassLoader()).isNotSameAs(ClassLoader.getSystemClassLoader());
        assertThat(NativeLz4.inUse()).isTrue();
        // an lz4 batch through the broker and back: the decompressor Kafka's client took is the native one
        String stream = "relay-lz4-" + UUID.randomUUID();
        store.append(stream, ExpectedVersion.noStream(), List.of(TestFacts.extracted(stream, 1))).await()
                .indefinitely();
        assertThat(readStream(stream, 1)).hasSize(1);
        var field = Class.forName("org.apache.kafka.common.compress.Lz4BlockInputStream", true,
                getClass().getClassLoader()).getDeclaredField("DECOMPRESSOR");
        field.setAccessible(true);
        assertThat(field.get(null).getClass().getName()).contains("JNI");
    }

    @Test
    void aFactAppendedWhileTheRelayIsStoppedIsPublishedExactlyOnceAfterRestart() throws Exception {
        relay.stop();
        String stream = "relay-stopped-" + UUID.randomUUID();
        FactEnvelope<FactPayload> stored = store.append(stream, ExpectedVersion.noStream(),
                List.of(TestFacts.extracted(stream, 1))).await().indefinitely().get(0);
        assertThat(readStream(stream, 1, Duration.ofSeconds(2))).isEmpty();

        relay.start();
        List<ConsumerRecord<String, byte[]>> records = readStream(stream, 2, Duration.ofSeconds(8));
        assertThat(records).hasSize(1);
        assertThat(FactRecordCodec.decode(records.get(0)).factId()).isEqualTo(stored.factId());
        assertThat(relay.checkpoint()).isGreaterThanOrEqualTo(stored.position());
    }

    private static List<ConsumerRecord<String, byte[]>> readStream(String stream, int expected) {
        return readStream(stream, expected, Duration.ofSeconds(20));
    }

    /** Reads the claims topic from the start and keeps the records of one stream, until {@code expected} or the timeout. */
    static List<ConsumerRecord<String, byte[]>> readStream(String stream, int expected, Duration timeout) {
        return TestInfrastructure.get().topics().read(Topics.CLAIMS, r -> stream.equals(r.key()), expected, timeout);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
