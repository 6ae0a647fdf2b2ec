package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("KubeReach is read-only by construction")
class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a whole session (load, refused kinds, snapshot, watch, expired watches restored) sends only get, list and watch requests")
    void onlyGetListAndWatch() throws Exception {
        try (MockCluster cluster = new MockCluster()) {
            cluster.create(namespace("shop", "blue"), namespace("vault", "red"), pod("shop", "web-1", "web", "10.1.0.5"),
                    allow("shop", "client", "web"));
            cluster.refuse("/apis/networking.k8s.io/v1/networkpolicies", 403);
            cluster.refuse("/namespaces/vault/networkpolicies", 403);
            cluster.refuse("/endpointslices", 404);
            Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
            ClusterTarget target = new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all());
            Environment env = new Environment(Map.of(), dir);

            SnapshotFile.write(ClusterLoad.read(target, env, LoadProgress.NONE, CancelToken.none()), dir.resolve("snap.json"));
            CountDownLatch changed = new CountDownLatch(2);
            try (LiveCluster live = LiveCluster.start(target, env, LoadProgress.NONE, CancelToken.none(), Duration.ofMillis(50))) {
                live.addListener(event -> changed.countDown());
                cluster.create(pod("shop", "web-2", "web", "10.1.0.7"));
                Thread.sleep(300);
                cluster.expireWatches();
                cluster.delete(pod("shop", "web-1", "web", "10.1.0.5"));
                assertThat(changed.await(30, TimeUnit.SECONDS)).as("both changes arrive (a generous wait: the machine may be busy)").isTrue();
            }

            List<MockCluster.Request> requests = cluster.requests();
            assertThat(requests).extracting(MockCluster.Request::method).containsOnly("GET");
            assertThat(requests).filteredOn(MockCluster.Request::isWatch).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.path()).contains("watch=true"));
            assertThat(requests).filteredOn(r -> !r.isWatch() && r.path().contains("limit=500")).isNotEmpty();
            assertThat(requests).filteredOn(r -> r.path().equals("/api/v1/namespaces/kube-system/configmaps/kube-proxy")).isNotEmpty();
        }
    }
}
