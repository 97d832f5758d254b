package dev.chancery.ingestion;

import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The ingestion tests' short names for reading the embedded broker's topics (see {@link TopicProbe}). */
public final class TopicReader {
    private TopicReader() {
    }

    public static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            int enough, Duration timeout) {
        return TestInfrastructure.get().topics().read(topic, match, enough, timeout);
    }

    public static List<ConsumerRecord<String, byte[]>> byKey(String topic, String key, int enough, Duration timeout) {
        return read(topic, r -> key.equals(r.key()), enough, timeout);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicProbe.header(record, name);
    }
}
