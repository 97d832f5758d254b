package dev.chancery.examples;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.Topics;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example against the real embedded broker: good verdicts between records it cannot read, one of each kind
 * on the same key (same partition, so in order), lz4-compressed as the services send them. Each bad one is skipped
 * with its reason, and nothing stops it.
 */
class VerdictConsumerExampleTest {
    private static final DiplomaticEvent CALL = new DiplomaticEvent(ClaimType.PHONE_CALL,
            List.of(new ActorRef("KAZ", "Kazakhstan", ActorKind.STATE, ActorRole.PARTICIPANT, "KAZ")), null,
            ClaimDate.unknown());

    record Sent(String ceType, String value, String expectedLine) {
    }

    @Test
    void verdictsArePrintedAndWhatCannotBeReadIsSkippedWithItsReason() throws Exception {
        String event = "e-" + UUID.randomUUID();
        Judgement reported = new Judgement(Verdict.REPORTED, null, null, List.of("c1"), List.of(), List.of());
        Judgement confirmed = new Judgement(Verdict.CONFIRMED, null, null, List.of("c1", "c2"), List.of(), List.of());
        String verified = json(new EventVerified(event, CALL, reported, "c1"));
        String revised = json(VerdictRevised.between(event, 2, CALL, reported, confirmed, "c2"));
        String verdictType = "dev.chancery.EventVerified.v2";
        String unknown = "not a verdict type this reader knows: ";
        List<Sent> table = List.of(
                new Sent(verdictType, verified, "event " + event + " revision 1: REPORTED (1 for, 0 against)"),
                new Sent(null, verified, "header ce_type is missing"),
                new Sent("dev.chancery.VerdictRetracted.v2", verified, unknown + "dev.chancery.VerdictRetracted.v2"),
                new Sent("dev.chancery.VerdictRevised.v2", "{not json", "not JSON: "),
                new Sent(verdictType, verified.replace("\"judgement\"", "\"verdict\""),
                        "not a valid " + verdictType + ": $: required property 'judgement' not found"),
                new Sent("dev.chancery.EventVerified.v1", verified, unknown + "dev.chancery.EventVerified.v1"),
                new Sent("dev.chancery.VerdictRevised.v2", revised,
                        "event " + event + " revision 2: REPORTED -> CONFIRMED (2 for, 0 against)"));
        String bootstrap = TestInfrastructure.get().kafka().bootstrapServers();
        try (var producer = new KafkaProducer<String, byte[]>(lz4Producer(bootstrap))) {
            for (Sent s : table) {
                var record = new ProducerRecord<>(Topics.VERDICTS, event, s.value().getBytes(StandardCharsets.UTF_8));
                if (s.ceType() != null) {
                    record.headers().add(CloudEventHeaders.TYPE, s.ceType().getBytes(StandardCharsets.UTF_8));
                }
                producer.send(record).get();
            }
        }

        List<String> verdicts = new CopyOnWriteArrayList<>();
        List<String> skips = new CopyOnWriteArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        var config = VerdictConsumerExample.config(bootstrap, "example-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            consumer.subscribe(List.of(Topics.VERDICTS));
            VerdictConsumerExample.consume(consumer, VerdictReader.forPublishedSchemas(), verdicts::add, skips::add,
                    () -> verdicts.size() + skips.size() < table.size() && System.currentTimeMillis() < deadline);
        }

        assertThat(verdicts.stream().filter(l -> l.contains(event)).toList()).containsExactly(
                table.get(0).expectedLine(), table.get(6).expectedLine());
        List<String> skipped = skips.stream().filter(l -> l.contains("(key " + event + ")")).toList();
        assertThat(skipped).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(skipped.get(i)).startsWith("skipping " + Topics.VERDICTS + "/")
                    .contains(table.get(i + 1).expectedLine());
        }
    }

    /** Compressed as Chancery's services compress: the example must carry an lz4 codec to read it. */
    private static Properties lz4Producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private static String json(Object payload) throws Exception {
        return ChanceryJson.mapper().writeValueAsString(payload);
    }
}
