package dev.chancery.bench.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Records not yet consumed, per consumer group and topic ("group@topic": where each stage's backlog is). */
public final class ConsumerLag {
    /** Key prefix of the one entry a failed read yields (value -1). */
    public static final String ERROR = "error: ";
    private final String bootstrap;

    public ConsumerLag(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Per group@topic over every topic a service consumes; one {@link #ERROR} entry if Kafka could not be read. */
    public Map<String, Long> byGroup() {
        return byGroup(FactTopics.CONSUMED);
    }

    /** Records of the fact topics no group has consumed yet, in all; -1 if Kafka could not be read. */
    public long total() {
        return total(byGroup(FactTopics.FACTS));
    }

    /** The sum of a {@link #byGroup()} map; -1 if it holds an error. */
    public static long total(Map<String, Long> byGroup) {
        return byGroup.keySet().stream().anyMatch(k -> k.startsWith(ERROR)) ? -1
                : byGroup.values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<String, Long> byGroup(Collection<String> topics) {
        try (Admin admin = TopicOffsets.admin(bootstrap)) {
            Map<TopicPartition, Long> ends = TopicOffsets.ends(admin, topics);
            Map<String, Map<TopicPartition, Long>> committed = new LinkedHashMap<>();
            for (var group : admin.listGroups().all().get()) {
                try {
                    committed.put(group.groupId(), offsets(admin.listConsumerGroupOffsets(group.groupId())
                            .partitionsToOffsetAndMetadata().get()));
                } catch (Exception notAConsumerGroup) {
                    // share or streams group
                }
            }
            return lag(ends, committed);
        } catch (Exception e) {
            return new TreeMap<>(Map.of(ERROR + e, -1L));
        }
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        committed.forEach((tp, o) -> {
            if (o != null) {
                out.put(tp, o.offset());
            }
        });
        return out;
    }

    /**
     * Per group@topic, the sum over its partitions of end offset minus committed offset (never below 0); partitions
     * of other topics than those with an end offset are left out.
     */
    static Map<String, Long> lag(Map<TopicPartition, Long> ends, Map<String, Map<TopicPartition, Long>> committed) {
        Map<String, Long> out = new TreeMap<>();
        committed.forEach((group, offsets) -> offsets.forEach((tp, offset) -> {
            Long end = ends.get(tp);
            if (end != null) {
                out.merge(group + "@" + tp.topic(), Math.max(0, end - offset), Long::sum);
            }
        }));
        return out;
    }
}
