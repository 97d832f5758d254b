package dev.chancery.platform.metrics;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How many records of one partition a consumer group has not yet committed. */
public record PartitionLag(String group, String topic, int partition, long lag) {

    /**
     * One lag per partition with an end offset: the end less the group's committed offset, or the whole partition
     * when the group has committed nothing there yet; never negative (a commit can race ahead of the end read).
     */
    public static List<PartitionLag> of(String group, Map<TopicPartition, Long> ends,
            Map<TopicPartition, Long> committed) {
        List<PartitionLag> out = new ArrayList<>();
        ends.forEach((tp, end) -> out.add(new PartitionLag(group, tp.topic(), tp.partition(),
                Math.max(0, end - committed.getOrDefault(tp, 0L)))));
        out.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        return out;
    }
}
