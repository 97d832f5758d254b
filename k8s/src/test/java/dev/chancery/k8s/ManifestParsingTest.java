package dev.chancery.k8s;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.chancery.k8s.Manifests.Document;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestParsingTest {

    @Test
    void manifestsAreFoundRelativeToTheModule() {
        assertThat(Manifests.MODULE_DIR.resolve("pom.xml")).exists();
        assertThat(Manifests.manifestFiles())
                .as("manifests under %s", Manifests.MODULE_DIR)
                .hasSizeGreaterThan(20)
                .contains(Manifests.MODULE_DIR.resolve("base/kustomization.yaml"));
        assertThat(Manifests.COMPOSE_FILE).exists();
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentParsesStrictlyIntoItsModel() {
        return Manifests.allDocuments().stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> {
            Object parsed = Manifests.parse(doc);
            if (parsed instanceof HasMetadata hm) {
                assertThat(hm.getApiVersion()).as("apiVersion of %s", doc).isEqualTo(doc.content().get("apiVersion"));
                assertThat(hm.getKind()).as("kind of %s", doc).isEqualTo(doc.content().get("kind"));
                assertThat(hm.getMetadata()).as("metadata of %s", doc).isNotNull();
                assertThat(hm.getMetadata().getName()).as("name of %s", doc).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
                assertThat(hm.getMetadata().getNamespace())
                        .as("%s: the namespace is set once, by kustomize", doc).isNull();
            }
        }));
    }

    @Test
    void everyFileHoldsAtLeastOneDocument() {
        for (Path file : Manifests.manifestFiles()) {
            assertThat(Manifests.documents(file)).as("%s", file).isNotEmpty();
        }
    }

    @Test
    void resourceNamesAreUniquePerKind() {
        Set<String> seen = new HashSet<>();
        for (Manifests.Resource r : Manifests.resources()) {
            assertThat(seen.add(r.object().getKind() + "/" + r.name())).as("duplicate %s", r.source()).isTrue();
        }
    }

    @Test
    void noSecretObjectIsCommitted() {
        assertThat(Manifests.allDocuments()).extracting(d -> d.content().get("kind")).doesNotContain("Secret");
    }

    // The strictness itself is tested: a misspelt key must not be swallowed by fabric8's additionalProperties.

    @Test
    void aMisspeltTopLevelKeyFails() {
        Document doc = parseText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spek:
                  replicas: 1
                """);
        assertThatThrownBy(() -> Manifests.parse(doc)).hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("spek");
    }

    @Test
    void aMisspeltNestedKeyFails() {
        Document doc = parseText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          readinesProbe:
                            httpGet:
                              path: /q/health/ready
                              port: 8080
                """);
        assertThatThrownBy(() -> Manifests.parse(doc)).hasMessageContaining("readinesProbe");
    }

    @Test
    void aDuplicateKeyFails() {
        assertThatThrownBy(() -> parseText("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: x
                  name: y
                """)).hasMessageContaining("duplicate key");
    }

    @Test
    void anUnknownKindFails() {
        Document doc = parseText("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: x
                """);
        assertThatThrownBy(() -> Manifests.parse(doc)).hasMessageContaining("v1/Secret");
    }

    @Test
    void aWellFormedSnippetParses() {
        Document doc = parseText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  replicas: 1
                """);
        assertThat(Manifests.parse(doc)).isInstanceOfSatisfying(Deployment.class,
                d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    private static Document parseText(String yaml) {
        List<Object> docs = new java.util.ArrayList<>();
        Manifests.yaml().loadAll(yaml).forEach(docs::add);
        return new Document(Path.of("snippet.yaml"), 0, (Map<String, Object>) docs.get(0));
    }
}
