package dev.chancery.bench.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** End offsets of topics (how many records each partition holds), read through a Kafka admin client. */
public final class TopicOffsets {
    private TopicOffsets() {
    }

    public static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** The end offset of every partition of {@code topics}. */
    public static Map<TopicPartition, Long> ends(Admin admin, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
            d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** Records on {@code topics}: the sum of their partitions' end offsets. */
    public static long records(Admin admin, Collection<String> topics) throws Exception {
        return ends(admin, topics).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records on the fact topics, -1 if the broker could not be read (a sample of a running phase). */
    public static long factRecords(String bootstrap) {
        try (Admin admin = admin(bootstrap)) {
            return records(admin, FactTopics.FACTS);
        } catch (Exception e) {
            return -1;
        }
    }
}
