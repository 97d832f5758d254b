package dev.chancery.k8s;

import dev.chancery.k8s.Manifests.Document;
import dev.chancery.k8s.Manifests.Kustomization;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KustomizationTest {

    private static final Path ROOT = Manifests.MODULE_DIR.resolve("base/kustomization.yaml");

    private static Kustomization read(Path file) {
        List<Document> docs = Manifests.documents(file);
        assertThat(docs).as("%s", file).hasSize(1);
        return (Kustomization) Manifests.parse(docs.get(0));
    }

    /** Follows resources from the root kustomization: files, and directories holding a kustomization.yaml. */
    private static void collect(Path kustomizationFile, Set<Path> files) {
        files.add(kustomizationFile.normalize());
        Kustomization k = read(kustomizationFile);
        assertThat(k.resources()).as("resources of %s", kustomizationFile).isNotEmpty().doesNotHaveDuplicates();
        for (String entry : k.resources()) {
            assertThat(entry).as("%s: local paths only", kustomizationFile).doesNotContain("://").doesNotStartWith("/");
            Path target = kustomizationFile.getParent().resolve(entry).normalize();
            assertThat(target).as("%s lists %s", kustomizationFile, entry).exists();
            assertThat(target.startsWith(Manifests.MODULE_DIR)).as("%s stays inside k8s/", entry).isTrue();
            if (Files.isDirectory(target)) {
                Path nested = target.resolve("kustomization.yaml");
                assertThat(nested).as("%s is a directory without kustomization.yaml", entry).exists();
                collect(nested, files);
            } else {
                assertThat(files.add(target)).as("%s listed twice", target).isTrue();
            }
        }
    }

    @Test
    void theRootKustomizationReachesEveryManifest() {
        Set<Path> reached = new LinkedHashSet<>();
        collect(ROOT, reached);
        Set<Path> all = new LinkedHashSet<>(Manifests.manifestFiles().stream().map(Path::normalize).toList());
        assertThat(reached).as("reachable from base/kustomization.yaml").containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theRootSetsTheNamespaceAndPartOfLabelWithoutTouchingSelectors() {
        Kustomization root = read(ROOT);
        assertThat(root.namespace()).isEqualTo("chancery");
        assertThat(root.labels()).singleElement().satisfies(l -> {
            assertThat(l.pairs()).containsEntry("app.kubernetes.io/part-of", "chancery");
            // Deployment selectors are immutable: a common label must not leak into them.
            assertThat(l.includeSelectors()).isFalse();
        });
    }

    @Test
    void theServicesKustomizationIsUsableAlone() {
        Kustomization services = read(Manifests.MODULE_DIR.resolve("base/services/kustomization.yaml"));
        assertThat(services.resources()).contains("configmap.yaml");
        for (String svc : ServiceManifestsTest.SERVICES.keySet()) {
            String scaling = KedaScaledObjectsTest.SCALED.containsKey(svc) ? "/scaledobject.yaml" : "/hpa.yaml";
            assertThat(services.resources()).contains(
                    svc + "/deployment.yaml", svc + "/service.yaml", svc + scaling, svc + "/pdb.yaml");
        }
    }
}
