package dev.chancery.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.TopicSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml, parsed (anchors and merge keys resolved) into a small typed model. */
class ComposeTest {

    record ComposeFile(String name, Map<String, ComposeService> services, Map<String, Object> volumes) {
    }

    record ComposeService(String image, Build build, String hostname, String restart,
                          Map<String, String> environment, List<String> ports, List<Object> volumes,
                          @JsonProperty("depends_on") Map<String, DependsOn> dependsOn,
                          Healthcheck healthcheck, List<String> entrypoint, List<String> command,
                          @JsonProperty("mem_limit") String memLimit) {
    }

    record Build(String context, String dockerfile) {
    }

    record DependsOn(String condition) {
    }

    record Healthcheck(List<String> test, String interval, String timeout, Integer retries,
                       @JsonProperty("start_period") String startPeriod) {
    }

    /** A required variable, `${NAME:?message}`: compose refuses to start without it. */
    private static final Pattern REQUIRED_VAR = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:\\?[^}]*}");

    private static String text;
    private static ComposeFile compose;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        text = Files.readString(Manifests.COMPOSE_FILE);
        Map<String, Object> raw = (Map<String, Object>) Manifests.yaml().load(text);
        Map<String, Object> modelled = new LinkedHashMap<>(raw);
        modelled.keySet().removeIf(k -> k.startsWith("x-")); // extension fields hold the anchors
        compose = Manifests.STRICT.convertValue(modelled, ComposeFile.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ComposeService service(String name) {
        assertThat(compose.services()).containsKey(name);
        return compose.services().get(name);
    }

    @Test
    void hasInfrastructureAndTheFourServices() {
        assertThat(compose.services()).containsKeys("kafka", "postgres");
        assertThat(compose.services()).containsKeys(ServiceManifestsTest.SERVICES.keySet().toArray(String[]::new));
        assertThat(service("kafka").image()).startsWith("apache/kafka:");
        assertThat(service("kafka").environment()).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(service("postgres").image()).isEqualTo("postgres:17");
        assertThat(String.join(" ", service("postgres").healthcheck().test())).contains("pg_isready");
    }

    @Test
    void everyLongRunningServiceHasAHealthcheck() {
        compose.services().forEach((name, svc) -> {
            boolean oneShot = compose.services().values().stream().anyMatch(other -> other.dependsOn() != null
                    && other.dependsOn().containsKey(name)
                    && "service_completed_successfully".equals(other.dependsOn().get(name).condition()));
            if (oneShot) {
                assertThat(svc.restart()).as("%s runs once", name).isEqualTo("no");
            } else {
                assertThat(svc.healthcheck()).as("healthcheck of %s", name).isNotNull();
                assertThat(svc.healthcheck().test()).as("healthcheck of %s", name).isNotEmpty();
            }
        });
    }

    @Test
    void theExtractionServiceHasRoomForTheParserModels() {
        // docs/extraction.md "Syntax": about 240 MB of heap after a collection with the parser loaded
        String limit = service("extraction-service").memLimit();
        assertThat(limit).as("extraction mem_limit").isNotNull().endsWith("m");
        assertThat(Integer.parseInt(limit.substring(0, limit.length() - 1))).isGreaterThanOrEqualTo(512);
    }

    /** {@code create <topic> <partitions> <cleanup.policy> <retention.ms> <retention.bytes>} in kafka-init. */
    private static final Pattern CREATE =
            Pattern.compile("(?m)^\\s*create (\\S+) (\\d+) (\\S+) (-?\\d+) (-?\\d+)\\s*$");

    @Test
    void theTopicInitContainerCreatesEveryTopicWithItsRetention() {
        String script = String.join("\n", service("kafka-init").command());
        Map<String, List<String>> created = new LinkedHashMap<>();
        var m = CREATE.matcher(script);
        while (m.find()) {
            assertThat(created.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4), m.group(5))))
                    .as("topic %s created twice", m.group(1)).isNull();
        }
        assertThat(created.keySet()).as("the topic catalogue (shared-model TopicCatalogue)")
                .containsExactlyInAnyOrderElementsOf(TopicCatalogue.all().stream().map(TopicSpec::name).toList());
        for (TopicSpec topic : TopicCatalogue.all()) {
            Map<String, String> config = topic.retention().config();
            assertThat(created.get(topic.name())).as("%s: %s", topic.name(), topic.retention().why())
                    .containsExactly(String.valueOf(topic.partitions()), config.get("cleanup.policy"),
                            config.get("retention.ms"), config.get("retention.bytes"));
        }
        assertThat(script).as("existing topics get their configuration again").contains("kafka-configs.sh")
                .contains("--alter");
        assertThat(service("kafka").environment()).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void theServicesAreBuiltAndWiredLikeOnKubernetes() {
        ServiceManifestsTest.SERVICES.forEach((name, port) -> {
            ComposeService svc = service(name);
            assertThat(svc.build().context()).isEqualTo("services/" + name);
            assertThat(svc.build().dockerfile()).isEqualTo("src/main/docker/Dockerfile.jvm");
            Path dockerfile = Manifests.COMPOSE_FILE.getParent().resolve(svc.build().context())
                    .resolve(svc.build().dockerfile());
            assertThat(dockerfile).exists();
            String df = read(dockerfile);
            assertThat(df).contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:")
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                    .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                    .contains("USER 185")
                    .contains("EXPOSE " + port)
                    .doesNotContain("PASSWORD");
            assertThat(svc.ports()).containsExactly(port + ":" + port);
            assertThat(svc.environment()).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(port))
                    .containsKeys(ServiceManifestsTest.REQUIRED_CONFIG.toArray(String[]::new))
                    .containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")
                    .containsEntry("MP_JWT_VERIFY_ISSUER", "chancery");
            assertThat(String.join(" ", svc.healthcheck().test()))
                    .contains("http://localhost:" + port + "/q/health/ready");
            assertThat(svc.dependsOn()).as("%s waits for healthy infrastructure", name)
                    .containsEntry("kafka", new DependsOn("service_healthy"))
                    .containsEntry("postgres", new DependsOn("service_healthy"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJwtPublicKeyIsMountedFromAPathOutsideTheRepository() {
        ServiceManifestsTest.SERVICES.keySet().forEach(name -> {
            List<Object> volumes = service(name).volumes();
            Map<String, Object> jwt = volumes.stream().filter(Map.class::isInstance).map(v -> (Map<String, Object>) v)
                    .filter(v -> "/etc/chancery/jwt/publicKey.pem".equals(v.get("target"))).findFirst().orElseThrow();
            assertThat(jwt).containsEntry("type", "bind").containsEntry("read_only", true);
            assertThat((String) jwt.get("source")).as("the key path is required from the environment")
                    .matches(REQUIRED_VAR);
            assertThat(service(name).environment().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).isEqualTo(jwt.get("target"));
        });
    }

    @Test
    void noSecretLiteral() {
        assertThat(text).doesNotContain("-----BEGIN");
        compose.services().forEach((name, svc) -> {
            if (svc.environment() == null) {
                return;
            }
            svc.environment().forEach((k, v) -> {
                if (SecretHeuristics.secretName(k)) {
                    assertThat(v).as("%s.%s must come from the environment, not the file", name, k).matches(REQUIRED_VAR);
                } else {
                    assertThat(SecretHeuristics.looksLikeSecretValue(v)).as("%s.%s", name, k).isFalse();
                }
            });
        });
        // The service password and the database's own password are the same required variable.
        assertThat(service("postgres").environment().get("POSTGRES_PASSWORD"))
                .isEqualTo(service("query-service").environment().get("QUARKUS_DATASOURCE_PASSWORD"));
    }
}
