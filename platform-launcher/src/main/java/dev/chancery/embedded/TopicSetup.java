package dev.chancery.embedded;

import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Creates every topic of the catalogue on a broker with its retention and cleanup policy, as Strimzi's KafkaTopics
 * and docker-compose's kafka-init do; a topic that already exists (a kept log directory) gets its configuration set
 * again, its partitions left alone (more would move keys, fewer is impossible).
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    /** {@code maxPartitions} caps the catalogue's counts on a small machine; dead letters keep their one. */
    public static void apply(String bootstrapServers, int maxPartitions) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = new ArrayList<>();
            for (TopicSpec spec : TopicCatalogue.all()) {
                topics.add(new NewTopic(spec.name(), Math.min(spec.partitions(), maxPartitions), (short) 1)
                        .configs(spec.retention().config()));
            }
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> existing = new LinkedHashMap<>();
            var results = admin.createTopics(topics).values();
            for (TopicSpec spec : TopicCatalogue.all()) {
                try {
                    results.get(spec.name()).get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    existing.put(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()), spec.retention().config()
                            .entrySet().stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                    AlterConfigOp.OpType.SET)).toList());
                }
            }
            if (!existing.isEmpty()) {
                admin.incrementalAlterConfigs(existing).all().get();
            }
        }
    }
}
