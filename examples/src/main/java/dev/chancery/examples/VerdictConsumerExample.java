package dev.chancery.examples;

import dev.chancery.model.fact.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * Tails Chancery's verdicts with the plain Kafka client: one line per verdict on stdout, a logged line for each
 * record it skips. Arguments: bootstrap servers (default {@code localhost:9092}, {@code bin/chancery up}'s broker)
 * and consumer group (default {@code verdicts-example}); it starts from the earliest verdict the first time.
 */
public final class VerdictConsumerExample {
    private static final System.Logger LOG = System.getLogger(VerdictConsumerExample.class.getName());

    private VerdictConsumerExample() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        String group = args.length > 1 ? args[1] : "verdicts-example";
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(bootstrap, group))) {
            Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup));
            consumer.subscribe(List.of(Topics.VERDICTS));
            VerdictReader reader = VerdictReader.forPublishedSchemas();
            consume(consumer, reader, System.out::println, VerdictConsumerExample::logSkip, () -> true);
        } catch (org.apache.kafka.common.errors.WakeupException stopped) {
            LOG.log(System.Logger.Level.INFO, "stopped");
        }
    }

    public static Properties config(String bootstrap, String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Chancery writes verdicts in transactions (its outbox): read only committed ones.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** Polls while {@code keepGoing}; every record is either a verdict line or a skip, never a stop. */
    public static void consume(Consumer<String, byte[]> consumer, VerdictReader reader,
                               java.util.function.Consumer<String> verdicts, java.util.function.Consumer<String> skips,
                               BooleanSupplier keepGoing) {
        while (keepGoing.getAsBoolean()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                Reading reading = reader.read(record);
                if (reading instanceof Reading.Verdict v) {
                    verdicts.accept(VerdictLine.of(v.payload()));
                } else if (reading instanceof Reading.Unreadable u) {
                    skips.accept("skipping " + record.topic() + "/" + record.partition() + "@" + record.offset()
                            + " (key " + record.key() + "): " + u.reason());
                }
            }
        }
    }

    private static void logSkip(String line) {
        LOG.log(System.Logger.Level.WARNING, line);
    }
}
