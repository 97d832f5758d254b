package dev.chancery.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceManifestsTest {

    /** The four services and their HTTP ports (same as docker-compose.yml). */
    static final Map<String, Integer> SERVICES = Map.of(
            "ingestion-service", 8081,
            "extraction-service", 8082,
            "verification-service", 8083,
            "query-service", 8080);

    static final String CONFIG_MAP = "chancery-config";
    static final Set<String> REQUIRED_CONFIG = Set.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_JDBC_URL", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");

    private static List<Manifests.Resource> resources;
    private static List<Deployment> deployments;

    @BeforeAll
    static void load() {
        resources = Manifests.resources();
        deployments = Manifests.ofType(resources, Deployment.class);
    }

    @Test
    void thereIsExactlyOneDeploymentPerService() {
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyDeployment() {
        return deployments.stream().flatMap(d -> {
            String name = d.getMetadata().getName();
            return Stream.of(
                    test(name + ": probes on /q/health/* at the container port", d, ServiceManifestsTest::probes),
                    test(name + ": resource requests and limits", d, ServiceManifestsTest::resourceBounds),
                    test(name + ": no inline secrets; secrets by reference", d, ServiceManifestsTest::secretsByReference),
                    test(name + ": config from the shared ConfigMap", d, ServiceManifestsTest::configFromConfigMap),
                    test(name + ": runs non-root, read-only, no privilege escalation", d, ServiceManifestsTest::security),
                    test(name + ": Prometheus scrape annotations", d, ServiceManifestsTest::prometheus),
                    test(name + ": matching Service", d, ServiceManifestsTest::matchingService),
                    KedaScaledObjectsTest.SCALED.containsKey(name)
                            ? test(name + ": scaled by KEDA, no HPA of its own", d, ServiceManifestsTest::noHpa)
                            : test(name + ": matching HorizontalPodAutoscaler", d, ServiceManifestsTest::matchingHpa),
                    test(name + ": matching PodDisruptionBudget", d, ServiceManifestsTest::matchingPdb));
        });
    }

    private static DynamicTest test(String name, Deployment d, Consumer<Deployment> check) {
        return DynamicTest.dynamicTest(name, () -> check.accept(d));
    }

    private static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("containers of %s", d.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static ContainerPort httpPort(Deployment d) {
        Container c = container(d);
        assertThat(c.getPorts()).as("ports of %s", c.getName()).hasSize(1);
        ContainerPort port = c.getPorts().get(0);
        assertThat(port.getName()).isEqualTo("http");
        assertThat(port.getContainerPort()).isEqualTo(SERVICES.get(d.getMetadata().getName()));
        return port;
    }

    private static Map<String, String> podLabels(Deployment d) {
        return d.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** A label selector (matchLabels only) selects the pods when every pair is among the pod labels. */
    private static void selects(Map<String, String> selector, Deployment d, String what) {
        assertThat(selector).as("%s selector", what).isNotEmpty();
        assertThat(podLabels(d)).as("%s selects the pods of %s", what, d.getMetadata().getName())
                .containsAllEntriesOf(selector);
    }

    private static boolean pointsAt(IntOrString port, ContainerPort containerPort) {
        if (port == null) {
            return false;
        }
        return port.getStrVal() != null ? port.getStrVal().equals(containerPort.getName())
                : Objects.equals(port.getIntVal(), containerPort.getContainerPort());
    }

    private static void probe(Probe probe, String path, ContainerPort port, String what) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as("%s is an HTTP GET", what).isNotNull();
        assertThat(get.getPath()).as("%s path", what).isEqualTo(path);
        assertThat(pointsAt(get.getPort(), port)).as("%s port %s is the container port", what, get.getPort()).isTrue();
    }

    static void probes(Deployment d) {
        Container c = container(d);
        ContainerPort port = httpPort(d);
        probe(c.getReadinessProbe(), "/q/health/ready", port, "readiness probe");
        probe(c.getLivenessProbe(), "/q/health/live", port, "liveness probe");
        probe(c.getStartupProbe(), "/q/health/started", port, "startup probe");
        // The startup probe must give a JVM with Flyway migrations time to start (>= 60 s).
        Probe s = c.getStartupProbe();
        int period = s.getPeriodSeconds() == null ? 10 : s.getPeriodSeconds();
        int failures = s.getFailureThreshold() == null ? 3 : s.getFailureThreshold();
        assertThat(period * failures).as("startup budget in seconds").isGreaterThanOrEqualTo(60);
        // HTTP_PORT for Quarkus equals the declared container port.
        assertThat(c.getEnv()).filteredOn(e -> e.getName().equals("QUARKUS_HTTP_PORT"))
                .singleElement().extracting(EnvVar::getValue).isEqualTo(String.valueOf(port.getContainerPort()));
    }

    static void resourceBounds(Deployment d) {
        var res = container(d).getResources();
        assertThat(res).isNotNull();
        Map<String, Quantity> requests = res.getRequests();
        Map<String, Quantity> limits = res.getLimits();
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        // Extraction holds the dependency parser's models (a 384 MB heap at JAVA_MAX_MEM_RATIO 60).
        boolean parser = d.getMetadata().getName().equals("extraction-service");
        assertThat(Quantity.getAmountInBytes(requests.get("memory"))).isEqualByComparingTo(
                Quantity.getAmountInBytes(new Quantity(parser ? "512Mi" : "300Mi")));
        assertThat(Quantity.getAmountInBytes(limits.get("memory"))).isEqualByComparingTo(
                Quantity.getAmountInBytes(new Quantity(parser ? "640Mi" : "384Mi")));
        assertThat(Quantity.getAmountInBytes(requests.get("cpu"))).isEqualByComparingTo(
                Quantity.getAmountInBytes(new Quantity("250m")));
        for (String r : List.of("cpu", "memory")) {
            assertThat(Quantity.getAmountInBytes(requests.get(r)))
                    .as("%s request <= limit", r).isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get(r)));
        }
    }

    static void secretsByReference(Deployment d) {
        Container c = container(d);
        for (EnvVar e : c.getEnv()) {
            assertThat(SecretHeuristics.looksLikeSecretValue(e.getValue()))
                    .as("env %s has an inline value that looks like a secret", e.getName()).isFalse();
            if (SecretHeuristics.secretName(e.getName())) {
                assertThat(e.getValue()).as("env %s must not be inline", e.getName()).isNull();
                assertThat(e.getValueFrom()).as("env %s", e.getName()).isNotNull();
                assertThat(e.getValueFrom().getSecretKeyRef()).as("env %s comes from a Secret", e.getName()).isNotNull();
            }
        }
        Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        for (String fromSecret : List.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_USERNAME")) {
            assertThat(env).containsKey(fromSecret);
            var ref = env.get(fromSecret).getValueFrom().getSecretKeyRef();
            assertThat(ref.getName()).isEqualTo("chancery-postgres-app");
            assertThat(ref.getKey()).isNotBlank();
        }
        // The JWT public key: a Secret volume mounted where MP_JWT_VERIFY_PUBLICKEY_LOCATION points.
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        Volume jwt = pod.getVolumes().stream().filter(v -> v.getSecret() != null).findFirst().orElseThrow();
        assertThat(jwt.getSecret().getSecretName()).isEqualTo("chancery-jwt");
        VolumeMount mount = c.getVolumeMounts().stream().filter(m -> m.getName().equals(jwt.getName()))
                .findFirst().orElseThrow();
        assertThat(mount.getReadOnly()).isTrue();
        String keyPath = configMap().getData().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        String file = jwt.getSecret().getItems().get(0).getPath();
        assertThat(keyPath).isEqualTo(mount.getMountPath() + "/" + file);
    }

    static void configFromConfigMap(Deployment d) {
        Container c = container(d);
        assertThat(c.getEnvFrom()).anySatisfy(src -> {
            assertThat(src.getConfigMapRef()).isNotNull();
            assertThat(src.getConfigMapRef().getName()).isEqualTo(CONFIG_MAP);
        });
    }

    static void security(Deployment d) {
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isNotNull().isNotZero();
        Container c = container(d);
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        // A read-only root needs a writable /tmp for Vert.x and Kafka client temp files.
        assertThat(c.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    }

    static void prometheus(Deployment d) {
        Map<String, String> a = d.getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(a).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", String.valueOf(httpPort(d).getContainerPort()));
    }

    static void matchingService(Deployment d) {
        String name = d.getMetadata().getName();
        selects(d.getSpec().getSelector().getMatchLabels(), d, "Deployment");
        Service svc = Manifests.ofType(resources, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(name)).findFirst().orElseThrow(
                        () -> new AssertionError("no Service " + name));
        selects(svc.getSpec().getSelector(), d, "Service " + name);
        ServicePort port = svc.getSpec().getPorts().get(0);
        assertThat(pointsAt(port.getTargetPort(), httpPort(d))).as("Service targetPort").isTrue();
        assertThat(port.getPort()).isEqualTo(SERVICES.get(name));
    }

    static void matchingHpa(Deployment d) {
        String name = d.getMetadata().getName();
        HorizontalPodAutoscaler hpa = Manifests.ofType(resources, HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).findFirst().orElseThrow(
                        () -> new AssertionError("no HPA targets " + name));
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        // More consumers than partitions (6) would sit idle.
        assertThat(hpa.getSpec().getMaxReplicas()).isBetween(hpa.getSpec().getMinReplicas(), 6);
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies((MetricSpec m) -> {
            assertThat(m.getType()).isEqualTo("Resource");
            assertThat(m.getResource().getName()).isEqualTo("cpu");
            assertThat(m.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(m.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
    }

    /** KEDA creates the HPA of a ScaledObject's target; a second one would fight it. */
    static void noHpa(Deployment d) {
        assertThat(Manifests.ofType(resources, HorizontalPodAutoscaler.class))
                .noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(d.getMetadata().getName()));
    }

    static void matchingPdb(Deployment d) {
        String name = d.getMetadata().getName();
        PodDisruptionBudget pdb = Manifests.ofType(resources, PodDisruptionBudget.class).stream()
                .filter(p -> p.getMetadata().getName().equals(name)).findFirst().orElseThrow(
                        () -> new AssertionError("no PDB " + name));
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        selects(pdb.getSpec().getSelector().getMatchLabels(), d, "PDB " + name);
        // minAvailable 1 only lets a node drain when there are at least 2 replicas.
        assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    }

    static ConfigMap configMap() {
        return Manifests.ofType(resources, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals(CONFIG_MAP)).findFirst().orElseThrow();
    }

    @Test
    void theSharedConfigMapHoldsEverySettingAndNoSecret() {
        Map<String, String> data = configMap().getData();
        assertThat(data).containsKeys(REQUIRED_CONFIG.toArray(String[]::new));
        assertThat(data.get("MP_JWT_VERIFY_ISSUER")).isEqualTo("chancery");
        assertThat(data.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://");
        assertThat(data.get("QUARKUS_DATASOURCE_REACTIVE_URL")).startsWith("postgresql://");
        assertThat(data.get("QUARKUS_DATASOURCE_JDBC_URL")).endsWith(data.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        data.forEach((k, v) -> {
            assertThat(SecretHeuristics.secretName(k)).as("ConfigMap key %s names a secret", k).isFalse();
            assertThat(SecretHeuristics.looksLikeSecretValue(v)).as("ConfigMap value of %s", k).isFalse();
        });
    }

    @Test
    void theConfigMapPointsAtTheClusterInfrastructure() {
        Map<String, String> data = configMap().getData();
        var kafka = Manifests.custom(resources, "kafka.strimzi.io/v1beta2", "Kafka").get(0);
        assertThat(data.get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:9092");
        var pg = Manifests.custom(resources, "postgresql.cnpg.io/v1", "Cluster").get(0);
        assertThat(data.get("QUARKUS_DATASOURCE_REACTIVE_URL"))
                .isEqualTo("postgresql://" + pg.getMetadata().getName() + "-rw:5432/chancery");
        // The Deployments read the Secret CloudNativePG generates for the application owner.
        assertThat(deployments).allSatisfy(d -> assertThat(container(d).getEnv())
                .filteredOn(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName())
                        .isEqualTo(pg.getMetadata().getName() + "-app")));
    }
}
