package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("KubeReach is read-only by construction")
class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a whole session (load, refused kinds, snapshot, watch, expired watches restored) sends only get, list and watch requests, and the restored watches bring later changes")
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
            BlockingQueue<ClusterEvent> events = new LinkedBlockingQueue<>();
            CountDownLatch restored = new CountDownLatch(1);
            try (LiveCluster live = LiveCluster.start(target, env, LoadProgress.NONE, CancelToken.none(), Duration.ofMillis(50))) {
                live.addListener(new ClusterListener() {
                    @Override
                    public void changed(ClusterEvent event) {
                        events.add(event);
                    }

                    @Override
                    public void connectionRestored() {
                        restored.countDown();
                    }
                });
                cluster.create(pod("shop", "web-2", "web", "10.1.0.7"));
                awaitModel(events, pods -> pods.contains("web-2"));
                int watching = cluster.openWatches();
                cluster.expireWatches();
                assertThat(restored.await(30, TimeUnit.SECONDS)).as("the expired watches are restored").isTrue();
                cluster.awaitOpenWatches(watching);
                cluster.delete(pod("shop", "web-1", "web", "10.1.0.5"));
                awaitModel(events, pods -> !pods.contains("web-1"));
            }

            List<MockCluster.Request> requests = cluster.requests();
            assertThat(requests).extracting(MockCluster.Request::method).containsOnly("GET");
            assertThat(requests).filteredOn(MockCluster.Request::isWatch).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.path()).contains("watch=true"));
            assertThat(requests).filteredOn(r -> !r.isWatch() && r.path().contains("limit=500")).isNotEmpty();
            assertThat(requests).filteredOn(r -> r.path().equals("/api/v1/namespaces/kube-system/configmaps/kube-proxy")).isNotEmpty();
        }
    }

    /**
     * Waits for the change event whose model's pods pass the test. The time allowed is generous
     * (the watch, the debounce and the restore each run on their own threads, which a loaded build
     * machine may starve for seconds); the events are waited for, never their number, since
     * changes close together are rightly published as one.
     */
    private static void awaitModel(BlockingQueue<ClusterEvent> events, Predicate<List<String>> pods) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> last = List.of();
        while (System.nanoTime() < end) {
            ClusterEvent event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                last = event.snapshot().pods().stream().map(p -> p.name()).toList();
                if (pods.test(last)) {
                    return;
                }
            }
        }
        throw new AssertionError("no change event with such pods within 30 s; the last one had " + last);
    }
}
