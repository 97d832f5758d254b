package dev.chancery.k8s;

import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KEDA ScaledObjects of the two consumers nobody waits on: a kafka trigger on their own consumer group's lag, on
 * the topic they read, and never more replicas than that topic has partitions.
 */
class KedaScaledObjectsTest {
    /** Service, and the incoming channel of its application.properties whose lag scales it. */
    static final Map<String, String> SCALED = Map.of("extraction-service", "articles",
            "verification-service", "claims");
    static final Map<String, String> TOPIC = Map.of("extraction-service", Topics.ARTICLES,
            "verification-service", Topics.CLAIMS);

    record ScaleTargetRef(String apiVersion, String kind, String name) {
    }

    record HpaConfig(Map<String, Object> behavior) {
    }

    record Advanced(HpaConfig horizontalPodAutoscalerConfig) {
    }

    record Trigger(String type, String metricType, Map<String, String> metadata) {
    }

    record ScaledObjectSpec(ScaleTargetRef scaleTargetRef, Integer minReplicaCount, Integer maxReplicaCount,
                            Integer pollingInterval, Integer cooldownPeriod, Advanced advanced,
                            List<Trigger> triggers) {
    }

    /** Keys KEDA's kafka scaler reads; a misspelt one would be ignored silently by KEDA. */
    private static final Set<String> KAFKA_KEYS = Set.of("bootstrapServers", "consumerGroup", "topic", "lagThreshold",
            "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag",
            "scaleToZeroOnInvalidOffset", "limitToPartitionsWithLag", "version", "partitionLimitation");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    private static List<Manifests.Resource> resources;
    private static Map<String, ScaledObjectSpec> scaled;

    @BeforeAll
    static void load() {
        resources = Manifests.resources();
        scaled = new java.util.HashMap<>();
        for (GenericKubernetesResource r : Manifests.custom(resources, "keda.sh/v1alpha1", "ScaledObject")) {
            ScaledObjectSpec spec = Manifests.STRICT.convertValue(r.getAdditionalProperties().get("spec"),
                    ScaledObjectSpec.class);
            assertThat(scaled.put(spec.scaleTargetRef().name(), spec)).as("two ScaledObjects target one Deployment")
                    .isNull();
        }
    }

    @Test
    void extractionAndVerificationAreScaledByKedaAndNothingElseIs() {
        assertThat(scaled.keySet()).containsExactlyInAnyOrderElementsOf(SCALED.keySet());
    }

    @Test
    void eachTargetsItsDeploymentWithinThePartitionsOfItsTopic() {
        SCALED.keySet().forEach(service -> {
            ScaledObjectSpec spec = scaled.get(service);
            assertThat(spec.scaleTargetRef()).isEqualTo(new ScaleTargetRef("apps/v1", "Deployment", service));
            assertThat(Manifests.ofType(resources, Deployment.class)).anyMatch(d -> d.getMetadata().getName()
                    .equals(service));
            int partitions = TopicCatalogue.named(TOPIC.get(service)).partitions();
            assertThat(spec.minReplicaCount()).as("%s keeps 2 for a node drain (PDB)", service)
                    .isGreaterThanOrEqualTo(2);
            assertThat(spec.maxReplicaCount()).as("%s: more consumers than partitions sit idle", service)
                    .isBetween(spec.minReplicaCount(), partitions);
            assertThat(spec.advanced().horizontalPodAutoscalerConfig().behavior()).containsKey("scaleDown");
        });
    }

    @Test
    void theKafkaTriggerWatchesTheServicesOwnGroupOnTheTopicItReads() throws IOException {
        String bootstrap = (String) Manifests.ofType(resources, io.fabric8.kubernetes.api.model.ConfigMap.class)
                .stream().filter(c -> c.getMetadata().getName().equals(ServiceManifestsTest.CONFIG_MAP)).findFirst()
                .orElseThrow().getData().get("KAFKA_BOOTSTRAP_SERVERS");
        for (var service : SCALED.entrySet()) {
            Properties app = applicationProperties(service.getKey());
            String channel = "mp.messaging.incoming." + service.getValue() + ".";
            Trigger kafka = scaled.get(service.getKey()).triggers().stream().filter(t -> t.type().equals("kafka"))
                    .findFirst().orElseThrow(() -> new AssertionError("no kafka trigger for " + service.getKey()));
            assertThat(KAFKA_KEYS).as("kafka trigger keys of %s", service.getKey())
                    .containsAll(kafka.metadata().keySet());
            assertThat(kafka.metadata())
                    .containsEntry("topic", TOPIC.get(service.getKey()))
                    .containsEntry("topic", app.getProperty(channel + "topic"))
                    .containsEntry("consumerGroup", defaults(app.getProperty(channel + "group.id")))
                    .containsEntry("bootstrapServers", bootstrap)
                    .containsEntry("allowIdleConsumers", "false");
            assertThat(Integer.parseInt(kafka.metadata().get("lagThreshold"))).isPositive();
        }
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Manifests.MODULE_DIR
                .resolve("../services/" + service + "/src/main/resources/application.properties").normalize())) {
            p.load(in);
        }
        return p;
    }

    /** {@code extraction-${chancery.extractor.group-suffix:rules-1}} as deployed: every expression at its default. */
    private static String defaults(String value) {
        assertThat(value).as("group.id").isNotNull();
        Matcher m = DEFAULTED.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
}
