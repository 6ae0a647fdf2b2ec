package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("loading a live cluster through a kubeconfig")
class ClusterLoadTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private Environment noVariables() {
        return new Environment(Map.of(), dir);
    }

    @Test
    @DisplayName("reads namespaces, pods and policies into the model through the kubeconfig's current context")
    void readsTheClusterIntoTheModel() throws Exception {
        cluster.create(namespace("shop", "blue"), pod("shop", "web-1", "web", "10.1.0.5"), pod("shop", "client-1", "client", "10.1.0.6"),
                allow("shop", "client", "web"));
        Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
        ClusterObjects read = ClusterLoad.read(new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all()), noVariables(),
                LoadProgress.NONE, CancelToken.none());
        ClusterSnapshot s = read.snapshot();
        assertThat(s.source()).isEqualTo("context dev");
        assertThat(s.namespaces()).anySatisfy(ns -> assertThat(ns.labels()).containsEntry("team", "blue"));
        assertThat(s.pods()).extracting(Pod::name).containsExactly("client-1", "web-1");
        assertThat(s.policies()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("web-from-client"));
        assertThat(s.gaps()).isEmpty();
        System.out.println(s.warnings());
    }
}
