package dev.chancery.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PodMonitor scrapes every service's metrics port, and the Grafana dashboard is valid JSON whose panels query
 * exactly the operators' metrics the services export (names as Prometheus shows them).
 */
class MonitoringManifestsTest {
    /** What the services export (platform metrics, query-service's ProjectionFreshness and RebuildProgress). */
    static final Set<String> EXPORTED = Set.of("chancery_consumer_lag", "chancery_facts_appended_total",
            "chancery_facts_published_total", "chancery_outbox_backlog", "chancery_outbox_age_seconds",
            "chancery_dead_letters_total", "chancery_projection_freshness_seconds_bucket", "chancery_rebuild_applied",
            "chancery_rebuild_remaining", "chancery_rebuild_running");
    private static final Pattern METRIC = Pattern.compile("\\bchancery_[a-z_]+");
    private static List<Manifests.Resource> resources;

    @BeforeAll
    static void load() {
        resources = Manifests.resources();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePodMonitorScrapesEveryServicesMetricsPort() {
        GenericKubernetesResource monitor = Manifests.custom(resources, "monitoring.coreos.com/v1", "PodMonitor")
                .get(0);
        Map<String, Object> spec = (Map<String, Object>) monitor.getAdditionalProperties().get("spec");
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) spec.get("podMetricsEndpoints");
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("path", "/q/metrics").containsEntry("port", "http");
        });
        Map<String, Object> selector = (Map<String, Object>) spec.get("selector");
        List<Map<String, Object>> expressions = (List<Map<String, Object>>) selector.get("matchExpressions");
        assertThat(expressions).singleElement().satisfies(x -> {
            assertThat(x).containsEntry("key", "app.kubernetes.io/name").containsEntry("operator", "In");
            assertThat((List<String>) x.get("values"))
                    .containsExactlyInAnyOrderElementsOf(ServiceManifestsTest.SERVICES.keySet());
        });
        for (Deployment d : Manifests.ofType(resources, Deployment.class)) {
            var template = d.getSpec().getTemplate();
            assertThat(template.getMetadata().getLabels()).as("%s pods", d.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/name", d.getMetadata().getName());
            assertThat(template.getSpec().getContainers().get(0).getPorts()).as("%s ports", d.getMetadata().getName())
                    .anySatisfy(p -> assertThat(p.getName()).isEqualTo("http"));
        }
    }

    @Test
    void theDashboardQueriesExactlyTheExportedMetrics() throws Exception {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("uid").asText()).isEqualTo("chancery-operations");
        Set<String> queried = new TreeSet<>();
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("panel id %s unique", panel.path("id")).isTrue();
            assertThat(panel.path("targets")).as("panel %s", panel.path("title")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                Matcher m = METRIC.matcher(target.path("expr").asText());
                while (m.find()) {
                    queried.add(m.group());
                }
            }
        }
        assertThat(queried).containsExactlyInAnyOrderElementsOf(EXPORTED);
    }

    @Test
    void theDashboardConfigMapIsLabelledForGrafanasSidecar() {
        assertThat(dashboardConfigMap().getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
    }

    private static ConfigMap dashboardConfigMap() {
        return Manifests.ofType(resources, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("chancery-grafana-dashboard")).findFirst().orElseThrow();
    }

    private static JsonNode dashboard() throws Exception {
        return new ObjectMapper().readTree(dashboardConfigMap().getData().get("chancery-operations.json"));
    }
}
