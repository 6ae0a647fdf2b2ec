package io.kubereach.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.MockCluster;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the app reads and watches a live cluster through its kubeconfig (mock API server)")
class ClusterSourceLoaderLiveTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static Pod pod(String name, String ip) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("shop").addToLabels("app", "web").endMetadata()
                .withNewSpec().withNodeName("node-1").addNewContainer().withName("web").withImage("web:1").endContainer().endSpec()
                .withNewStatus().withPodIP(ip).withPhase("Running").endStatus().build();
    }

    private ClusterSource.Kubeconfig context() throws Exception {
        cluster.create(new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build(), pod("web-1", "10.1.0.5"));
        return new ClusterSource.Kubeconfig(Optional.of(cluster.kubeconfig(dir.resolve("config"), "dev", "dev", "other")), "dev");
    }

    @Test
    @DisplayName("loads the context's cluster, names the context, and reports reading kind by kind")
    void loads() throws Exception {
        List<JobStep> steps = new ArrayList<>();
        JobControl control = new JobControl() {
            @Override
            public void progress(double fraction, JobStep step) {
                steps.add(step);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        LoadedCluster loaded = new ClusterSourceLoader(new Environment(Map.of(), dir)).load(context(), control);
        assertThat(loaded.context()).isEqualTo("dev");
        assertThat(loaded.snapshot().pods()).extracting(p -> p.name()).containsExactly("web-1");
        assertThat(steps).contains(JobStep.CONNECTING, JobStep.READING);
    }

    @Test
    @DisplayName("watches it: a new pod arrives as news, and closing stops the watch")
    void watches() throws Exception {
        BlockingQueue<LoadedCluster> changes = new LinkedBlockingQueue<>();
        ClusterNews news = new ClusterNews() {
            @Override
            public void changed(LoadedCluster now) {
                changes.add(now);
            }

            @Override
            public void connectionLost(String reason) {
            }

            @Override
            public void connectionRestored() {
            }
        };
        try (SourceWatch watch = new ClusterSourceLoader(new Environment(Map.of(), dir)).watch(context(), JobControl.none(), news)) {
            assertThat(watch.first().snapshot().pods()).hasSize(1);
            cluster.create(pod("web-2", "10.1.0.6"));
            LoadedCluster changed = changes.poll(10, TimeUnit.SECONDS);
            assertThat(changed).isNotNull();
            assertThat(changed.context()).isEqualTo("dev");
            assertThat(changed.snapshot().pods()).extracting(p -> p.name()).containsExactlyInAnyOrder("web-1", "web-2");
        }
    }

    @Test
    @DisplayName("a file source cannot be watched")
    void filesAreNotLive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClusterSourceLoader().watch(new ClusterSource.Demo(), JobControl.none(), null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
