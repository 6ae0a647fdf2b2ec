package io.kubereach.ui.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubereach.source.KustomizeRenderer;
import io.kubereach.source.ManifestException;
import io.kubereach.source.live.Environment;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the app opens a kustomization folder as the command line does, with the kustomize on its PATH")
class ClusterSourceLoaderManifestsTest {

    private static final Path KUSTOMIZE = Path.of("src/test/resources/repos/shop-demo/kustomize");
    private static final JobControl QUIET = new JobControl() {
        @Override
        public void progress(double fraction, JobStep step) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @TempDir
    Path home;

    @Test
    @DisplayName("with kubectl on the environment's PATH, the folder is built: its enabled component's policies are read")
    void builds() throws Exception {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean present = KustomizeRenderer.onPath(path).isPresent();
        if (!present) {
            System.out.println("[kustomize] neither kubectl nor kustomize is on the PATH: the app's kustomize test is skipped");
        }
        assumeTrue(present, "neither kubectl nor kustomize is on the PATH");

        LoadedCluster loaded = new ClusterSourceLoader(new Environment(Map.of("PATH", path), home))
                .load(new ClusterSource.Manifests(List.of(KUSTOMIZE)), QUIET);

        assertThat(loaded.snapshot().policies()).hasSize(5);
    }

    @Test
    @DisplayName("without one on its PATH, the folder is refused with the message that says how to build it")
    void refusesWithoutRenderer() {
        ClusterSourceLoader loader = new ClusterSourceLoader(new Environment(Map.of("PATH", home.toString()), home));

        assertThatThrownBy(() -> loader.load(new ClusterSource.Manifests(List.of(KUSTOMIZE)), QUIET))
                .isInstanceOf(ManifestException.class).hasMessageContaining("neither kubectl nor kustomize is on the PATH");
    }
}
