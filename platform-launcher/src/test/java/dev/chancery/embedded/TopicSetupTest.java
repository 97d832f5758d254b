package dev.chancery.embedded;

import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded broker starts with every catalogue topic at its retention, and puts a drifted one back. */
class TopicSetupTest {
    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        admin = Admin.create(props);
    }

    @AfterAll
    static void stop() {
        admin.close();
        kafka.close();
    }

    @Test
    void everyTopicHasItsPartitionsAndRetention() throws Exception {
        var described = admin.describeTopics(TopicCatalogue.all().stream().map(TopicSpec::name).toList())
                .allTopicNames().get();
        for (TopicSpec spec : TopicCatalogue.all()) {
            assertThat(described.get(spec.name()).partitions()).as("partitions of %s", spec.name())
                    .hasSize(Math.min(spec.partitions(), EmbeddedKafka.PARTITIONS));
            assertThat(config(spec.name())).as("config of %s", spec.name())
                    .containsAllEntriesOf(spec.retention().config());
        }
    }

    @Test
    void aTopicWhoseRetentionDriftedIsPutBackOnTheNextStart() throws Exception {
        TopicSpec claims = TopicCatalogue.named("chancery.claims.v1");
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, claims.name());
        admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET)))).all().get();
        assertThat(eventually(claims.name(), Map.of("retention.ms", "3600000")))
                .containsEntry("retention.ms", "3600000");

        TopicSetup.apply(kafka.bootstrapServers(), EmbeddedKafka.PARTITIONS);

        assertThat(eventually(claims.name(), claims.retention().config()))
                .containsAllEntriesOf(claims.retention().config());
    }

    // A topic's configuration reaches the broker's metadata shortly after the admin call returns.
    private static Map<String, String> eventually(String topic, Map<String, String> expected) throws Exception {
        Map<String, String> config = config(topic);
        for (int i = 0; i < 100 && !config.entrySet().containsAll(expected.entrySet()); i++) {
            Thread.sleep(100);
            config = config(topic);
        }
        return config;
    }

    private static Map<String, String> config(String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.entries().stream().collect(java.util.stream.Collectors.toMap(ConfigEntry::name,
                e -> e.value() == null ? "" : e.value()));
    }
}
