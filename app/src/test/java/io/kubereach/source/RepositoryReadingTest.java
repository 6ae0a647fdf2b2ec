package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository in the shape of the microservices demo ({@code src/test/resources/repos/shop-demo}):
 * plain manifests with a kustomization, a kustomize folder with a base and two components of
 * which one is enabled, a Helm chart, Istio manifests, skaffold.yaml and a CI workflow.
 */
@DisplayName("a repository of manifests, kustomizations and a Helm chart")
class RepositoryReadingTest {

    static final Path REPO = Path.of("src/test/resources/repos/shop-demo");
    static final Path RENDERED = Path.of("src/test/resources/repos/shop-demo-rendered");

    @TempDir
    Path dir;

    /** kubectl or kustomize on the PATH, or the test is skipped saying why. */
    static KustomizeRenderer kustomizeOrSkip() {
        Optional<KustomizeRenderer> renderer = KustomizeRenderer.onSystemPath();
        if (renderer.isEmpty()) {
            System.out.println("[kustomize] neither kubectl nor kustomize is on the PATH: the test that builds a kustomization is skipped");
        }
        assumeTrue(renderer.isPresent(), "neither kubectl nor kustomize is on the PATH");
        return renderer.get();
    }

    private static ManifestSource without() {
        return new ManifestSource().withRenderer(Optional.empty());
    }

    @Test
    @DisplayName("a kustomize folder is built by the real kustomize: the enabled component is in, the other one out")
    void kustomizeFolderIsBuilt() throws Exception {
        KustomizeRenderer renderer = kustomizeOrSkip();
        ClusterSnapshot built = new ManifestSource().withRenderer(Optional.of(renderer)).read(REPO.resolve("kustomize"));
        ClusterSnapshot rendered = ManifestSource.strict().read(RENDERED.resolve("kustomize.yaml"));

        assertThat(built.policies()).extracting(NetworkPolicy::name)
                .containsExactlyInAnyOrder("deny-all", "frontend", "cartservice", "redis-cart", "loadgenerator");
        assertThat(built.workloads()).extracting(w -> w.ref().name()).contains("loadgenerator"); // its delete patch is not enabled
        assertThat(built.pods()).isEqualTo(rendered.pods());
        assertThat(built.policies()).containsExactlyInAnyOrderElementsOf(rendered.policies());
        assertThat(built.source()).isEqualTo(REPO.resolve("kustomize").toString());
    }

    @Test
    @DisplayName("a kustomization.yaml named as a file builds its folder")
    void kustomizationFileBuildsItsFolder() throws Exception {
        KustomizeRenderer renderer = kustomizeOrSkip();
        ClusterSnapshot built = new ManifestSource().withRenderer(Optional.of(renderer)).read(REPO.resolve("kustomize/kustomization.yaml"));

        assertThat(built.policies()).hasSize(5);
    }

    @Test
    @DisplayName("without kubectl or kustomize, a kustomization named on its own is an error that says how to build it")
    void noRendererForANamedKustomization() {
        assertThatThrownBy(() -> without().read(REPO.resolve("kustomize")))
                .isInstanceOf(ManifestException.class)
                .hasMessage(REPO.resolve("kustomize") + " is a kustomization, and neither kubectl nor kustomize is on the PATH to build it:"
                        + " install one, or build it elsewhere (kubectl kustomize " + REPO.resolve("kustomize") + ") and read the result");
    }

    @Test
    @DisplayName("without kubectl or kustomize, a kustomization skipped within a repository leaves the verdicts unknown for the policy kinds its files declare")
    void unbuiltKustomizationIsAGap() throws Exception {
        ClusterSnapshot root = without().read(REPO);

        assertThat(root.warnings()).anySatisfy(w -> assertThat(w).startsWith(REPO.resolve("kustomize") + " is a kustomization, and neither"));
        assertThat(root.gaps()).anySatisfy(g -> {
            assertThat(g.kind()).isEqualTo("NetworkPolicy");
            assertThat(g.namespace()).isEmpty();
            assertThat(g.reason()).isEqualTo(GapReason.unreadable(REPO.resolve("kustomize").toString()));
        });
        assertThat(root.gaps()).noneMatch(g -> g.reason().equals(GapReason.unreadable(REPO.resolve("helm-chart").toString())));
    }

    @Test
    @DisplayName("the repository root is read whole: kustomizations built, the chart and components left out with a warning, nothing lost")
    void repositoryRoot() throws Exception {
        KustomizeRenderer renderer = kustomizeOrSkip();
        ClusterSnapshot root = new ManifestSource().withRenderer(Optional.of(renderer)).read(REPO);
        ClusterSnapshot rendered = ManifestSource.strict().read(RENDERED.resolve("kustomize.yaml"));

        assertThat(root.pods()).containsExactlyInAnyOrderElementsOf(rendered.pods());
        assertThat(root.policies()).containsExactlyInAnyOrderElementsOf(rendered.policies());
        assertThat(root.warnings())
                .anySatisfy(w -> assertThat(w).startsWith(REPO.resolve("helm-chart") + " is a Helm chart, not manifests"))
                .anySatisfy(w -> assertThat(w).contains("frontend-gateway.yaml: VirtualService frontend-ingress: networking.istio.io/v1beta1"
                        + " VirtualService is not analysed yet: skipped, and 1 more of this kind"))
                .anySatisfy(w -> assertThat(w).contains("skaffold.yaml: Config app: skaffold/v4beta10 Config is not a kind KubeReach reads"))
                .noneSatisfy(w -> assertThat(w).contains(".github"))
                .noneSatisfy(w -> assertThat(w).contains("declared more than once"));
    }

    @Test
    @DisplayName("without a renderer, the repository root still reads its plain manifests, and says which kustomizations it could not build")
    void repositoryRootWithoutRenderer() throws Exception {
        ClusterSnapshot root = without().read(REPO);

        assertThat(root.workloads()).extracting(Workload::ref).extracting(w -> w.name())
                .containsExactlyInAnyOrder("cartservice", "frontend", "loadgenerator", "redis-cart");
        assertThat(root.policies()).isEmpty();
        assertThat(root.warnings()).filteredOn(w -> w.contains("neither kubectl nor kustomize")).hasSize(2)
                .allSatisfy(w -> assertThat(w).endsWith(": skipped"));
        assertThat(SkippedInput.count(root.warningMessages())).isEqualTo(3); // two kustomizations and the chart
    }

    @Test
    @DisplayName("a Helm chart named on its own is an error that says how to render it")
    void helmChartNamed() {
        assertThatThrownBy(() -> without().read(REPO.resolve("helm-chart")))
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith(REPO.resolve("helm-chart") + " is a Helm chart, not manifests: render it first (helm template RELEASE "
                        + REPO.resolve("helm-chart") + ")");
    }

    @Test
    @DisplayName("a kustomize component found in a folder is left out with a warning: only a kustomization that enables it reads it")
    void componentLeftOut() throws Exception {
        ClusterSnapshot snapshot = without().read(REPO.resolve("kustomize/components"));

        assertThat(snapshot.workloads()).isEmpty();
        assertThat(snapshot.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("is a kustomize component").endsWith(": skipped"));
    }

    @Test
    @DisplayName("a failing build is one warning naming the folder and what kustomize said; strict reading fails with it")
    void failingBuild() throws Exception {
        KustomizeRenderer renderer = kustomizeOrSkip();
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("kustomization.yaml"), "resources:\n- missing.yaml\n");
        Files.writeString(dir.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");

        ClusterSnapshot snapshot = new ManifestSource().withRenderer(Optional.of(renderer)).read(dir);

        assertThat(snapshot.pods()).hasSize(1);
        assertThat(snapshot.warnings()).singleElement().asString()
                .startsWith(broken + ": " + renderer.name() + " failed: ").contains("missing.yaml").endsWith(": skipped");
        assertThatThrownBy(() -> ManifestSource.strict().withRenderer(Optional.of(renderer)).read(dir))
                .isInstanceOf(ManifestException.class).hasMessageContaining(renderer.name() + " failed");
    }

    @Test
    @DisplayName("the renderer is looked up on the PATH: kubectl first, then kustomize, none on an empty PATH")
    void rendererLookup() throws Exception {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path kustomize = Files.writeString(bin.resolve("kustomize"), "#!/bin/sh\n");
        assumeTrue(kustomize.toFile().setExecutable(true), "cannot mark a file executable here");

        assertThat(KustomizeRenderer.onPath("")).isEmpty();
        assertThat(KustomizeRenderer.onPath(bin.toString())).map(KustomizeRenderer::name).contains("kustomize build");
        Path kubectl = Files.writeString(bin.resolve("kubectl"), "#!/bin/sh\n");
        assumeTrue(kubectl.toFile().setExecutable(true));
        assertThat(KustomizeRenderer.onPath(bin.toString())).map(KustomizeRenderer::command)
                .contains(List.of(kubectl.toString(), "kustomize"));
    }
}
