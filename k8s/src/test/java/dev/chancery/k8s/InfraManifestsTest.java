package dev.chancery.k8s;

import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.TopicSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Strimzi (Kafka, KafkaNodePool, KafkaTopic) and CloudNativePG (Cluster) custom resources. */
class InfraManifestsTest {

    static final String STRIMZI = "kafka.strimzi.io/v1beta2";
    static final String CNPG = "postgresql.cnpg.io/v1";

    private static List<Manifests.Resource> resources;
    private static GenericKubernetesResource kafka;

    @BeforeAll
    static void load() {
        resources = Manifests.resources();
        List<GenericKubernetesResource> clusters = Manifests.custom(resources, STRIMZI, "Kafka");
        assertThat(clusters).hasSize(1);
        kafka = clusters.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertThat(o).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return map(r.getAdditionalProperties().get("spec"), "spec of " + r.getKind() + " " + r.getMetadata().getName());
    }

    /** The generic parse accepts any key: hold spec to the keys each operator's schema defines. */
    private static void onlyKnownKeys(Map<String, Object> m, Set<String> known, String what) {
        assertThat(known).as("keys of %s", what).containsAll(m.keySet());
    }

    @Test
    void kafkaRunsInKraftModeWithNodePools() {
        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        Map<String, Object> spec = spec(kafka);
        onlyKnownKeys(spec, Set.of("kafka", "entityOperator", "cruiseControl", "kafkaExporter"), "Kafka spec");
        assertThat(spec).doesNotContainKey("zookeeper");
        Map<String, Object> k = map(spec.get("kafka"), "spec.kafka");
        onlyKnownKeys(k, Set.of("version", "metadataVersion", "listeners", "config", "authorization",
                "resources", "jvmOptions", "template", "metricsConfig", "logging", "rack"), "spec.kafka");
        assertThat((List<?>) k.get("listeners")).isNotEmpty().allSatisfy(l -> {
            Map<String, Object> listener = map(l, "listener");
            assertThat(listener).containsKeys("name", "port", "type", "tls");
        });
        Map<String, Object> config = map(k.get("config"), "spec.kafka.config");
        assertThat(config).containsEntry("auto.create.topics.enable", false);
        assertThat(((Number) config.get("min.insync.replicas")).intValue()).isGreaterThanOrEqualTo(2);
        Map<String, Object> eo = map(spec.get("entityOperator"), "entityOperator");
        assertThat(eo).as("the topic operator reconciles the KafkaTopic resources").containsKey("topicOperator");
    }

    @Test
    void aNodePoolProvidesControllersAndBrokersForTheCluster() {
        List<GenericKubernetesResource> pools = Manifests.custom(resources, STRIMZI, "KafkaNodePool");
        assertThat(pools).isNotEmpty();
        assertThat(pools).allSatisfy(p -> {
            assertThat(p.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            Map<String, Object> spec = spec(p);
            onlyKnownKeys(spec, Set.of("replicas", "roles", "storage", "resources", "jvmOptions", "template"),
                    "KafkaNodePool spec");
            assertThat(spec).containsKeys("replicas", "roles", "storage");
            assertThat(map(spec.get("storage"), "storage")).containsKey("type");
        });
        List<Object> roles = pools.stream().flatMap(p -> ((List<?>) spec(p).get("roles")).stream()).map(o -> (Object) o).toList();
        assertThat(roles).contains("controller", "broker");
        int controllers = pools.stream().filter(p -> ((List<?>) spec(p).get("roles")).contains("controller"))
                .mapToInt(p -> ((Number) spec(p).get("replicas")).intValue()).sum();
        assertThat(controllers).as("an odd KRaft quorum").isOdd().isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyTopicAndItsDeadLetterTwinIsDeclared() {
        List<GenericKubernetesResource> topics = Manifests.custom(resources, STRIMZI, "KafkaTopic");
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        for (GenericKubernetesResource t : topics) {
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            Map<String, Object> spec = spec(t);
            onlyKnownKeys(spec, Set.of("topicName", "partitions", "replicas", "config"), "KafkaTopic spec");
            String name = (String) spec.getOrDefault("topicName", t.getMetadata().getName());
            assertThat(byName.put(name, spec)).as("topic %s declared twice", name).isNull();
        }
        assertThat(byName.keySet()).as("the topic catalogue (shared-model TopicCatalogue)")
                .containsExactlyInAnyOrderElementsOf(TopicCatalogue.all().stream().map(TopicSpec::name).toList());
        for (TopicSpec topic : TopicCatalogue.all()) {
            Map<String, Object> spec = byName.get(topic.name());
            assertThat(spec.get("partitions")).as("partitions of %s", topic.name()).isEqualTo(topic.partitions());
            assertThat(((Number) spec.get("replicas")).intValue()).as("replicas of %s", topic.name())
                    .isGreaterThanOrEqualTo(3);
            Map<String, String> config = new java.util.HashMap<>();
            map(spec.get("config"), "config of " + topic.name()).forEach((k, v) -> config.put(k, String.valueOf(v)));
            assertThat(config).as("retention of %s: %s", topic.name(), topic.retention().why())
                    .containsAllEntriesOf(topic.retention().config());
        }
    }

    @Test
    void postgresIsACloudNativePgClusterWithTheChanceryDatabase() {
        List<GenericKubernetesResource> clusters = Manifests.custom(resources, CNPG, "Cluster");
        assertThat(clusters).hasSize(1);
        Map<String, Object> spec = spec(clusters.get(0));
        onlyKnownKeys(spec, Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "postgresql",
                "storage", "walStorage", "resources", "monitoring", "affinity", "backup", "description"),
                "Cluster spec");
        assertThat(((Number) spec.get("instances")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat((String) spec.get("imageName")).contains("postgresql:17");
        assertThat(map(spec.get("storage"), "storage")).containsKey("size");
        Map<String, Object> initdb = map(map(spec.get("bootstrap"), "bootstrap").get("initdb"), "initdb");
        assertThat(initdb).containsEntry("database", "chancery").containsEntry("owner", "chancery");
        assertThat(initdb).as("no inline secret: the operator generates the owner's credentials")
                .doesNotContainKey("secret");
    }
}
