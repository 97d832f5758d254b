package dev.chancery.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads every manifest under k8s/ into typed objects. Parsing is strict: a duplicate key, an unknown
 * field on a Kubernetes model class (a misspelt key) or an unknown apiVersion/kind fails.
 */
final class Manifests {

    /** The k8s module directory: Maven runs the tests there, so the relative path "" is k8s/. */
    static final Path MODULE_DIR = locateModuleDir();
    static final Path COMPOSE_FILE = MODULE_DIR.resolve("../docker-compose.yml").normalize();

    /** Kinds modelled by fabric8 classes, by "apiVersion/kind". */
    static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    /** Operator custom resources: no model on the classpath, parsed as GenericKubernetesResource. */
    static final List<String> CUSTOM = List.of(
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic",
            "keda.sh/v1alpha1/ScaledObject",
            "postgresql.cnpg.io/v1/Cluster",
            "monitoring.coreos.com/v1/PodMonitor");

    static final String KUSTOMIZATION = "kustomize.config.k8s.io/v1beta1/Kustomization";

    /** Rejects unknown properties, including on fabric8 classes, which otherwise collect them in additionalProperties. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(new NoAnySetterIntrospector())
            .build();

    private Manifests() {
    }

    /** One YAML document of one file. */
    record Document(Path file, int index, Map<String, Object> content) {
        String gvk() {
            return content.get("apiVersion") + "/" + content.get("kind");
        }

        @Override
        public String toString() {
            Path shown = file.isAbsolute() && file.startsWith(MODULE_DIR) ? MODULE_DIR.relativize(file) : file;
            return shown + "#" + index + " (" + gvk() + ")";
        }
    }

    /** A parsed resource: typed when fabric8 models the kind, GenericKubernetesResource for operator CRs. */
    record Resource(Document source, HasMetadata object) {
        String name() {
            return object.getMetadata().getName();
        }
    }

    static Path locateModuleDir() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("base")) && Files.exists(cwd.resolve("pom.xml"))) {
            return cwd;
        }
        String prop = System.getProperty("chancery.k8s.dir");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath();
        }
        return cwd.resolve("k8s");
    }

    /** Every *.yaml / *.yml file under the module, except build output and test sources. */
    static List<Path> manifestFiles() {
        try (Stream<Path> walk = Files.walk(MODULE_DIR)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = MODULE_DIR.relativize(p);
                        return !rel.startsWith("target") && !rel.startsWith("src");
                    })
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    static List<Document> documents(Path file) {
        List<Document> docs = new ArrayList<>();
        try {
            int i = 0;
            for (Object doc : yaml().loadAll(Files.readString(file))) {
                if (doc == null) {
                    continue; // a comment-only document
                }
                if (!(doc instanceof Map)) {
                    throw new IllegalStateException(file + "#" + i + " is not a mapping");
                }
                docs.add(new Document(file, i++, (Map<String, Object>) doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<Document> allDocuments() {
        return manifestFiles().stream().flatMap(f -> documents(f).stream()).toList();
    }

    /** Converts one document; throws on an unknown kind or an unknown/misspelt field. */
    static Object parse(Document doc) {
        String gvk = doc.gvk();
        Class<? extends HasMetadata> type = TYPED.get(gvk);
        if (type != null) {
            return STRICT.convertValue(doc.content(), type);
        }
        if (CUSTOM.contains(gvk)) {
            return STRICT.convertValue(doc.content(), GenericKubernetesResource.class);
        }
        if (KUSTOMIZATION.equals(gvk)) {
            return STRICT.convertValue(doc.content(), Kustomization.class);
        }
        throw new IllegalArgumentException("unexpected apiVersion/kind " + gvk + " in " + doc);
    }

    /** Every Kubernetes resource (not kustomizations), parsed. */
    static List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        for (Document doc : allDocuments()) {
            Object parsed = parse(doc);
            if (parsed instanceof HasMetadata hm) {
                out.add(new Resource(doc, hm));
            }
        }
        return out;
    }

    static <T extends HasMetadata> List<T> ofType(List<Resource> resources, Class<T> type) {
        return resources.stream().map(Resource::object).filter(type::isInstance).map(type::cast).toList();
    }

    static List<GenericKubernetesResource> custom(List<Resource> resources, String apiVersion, String kind) {
        return ofType(resources, GenericKubernetesResource.class).stream()
                .filter(r -> Objects.equals(apiVersion, r.getApiVersion()) && Objects.equals(kind, r.getKind()))
                .toList();
    }

    /** kustomization.yaml: the fields this project uses, strictly. */
    record Kustomization(String apiVersion, String kind, String namespace, List<Label> labels, List<String> resources) {
        record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
        }
    }

    /**
     * fabric8 model classes carry a {@code @JsonAnySetter} that silently accepts any unknown key. Switching
     * it off makes FAIL_ON_UNKNOWN_PROPERTIES apply to them; GenericKubernetesResource keeps it, as its
     * whole content is "additional".
     */
    static final class NoAnySetterIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated a) {
            if (a instanceof AnnotatedMember m && m.getDeclaringClass().getName().startsWith("io.fabric8.")
                    && !GenericKubernetesResource.class.isAssignableFrom(m.getDeclaringClass())) {
                return Boolean.FALSE;
            }
            return super.hasAnySetter(a);
        }
    }
}
