package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Outcome;
import io.kubereach.query.ReachQuestions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("a live cluster follows its changes")
class LiveClusterTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();
    private final BlockingQueue<ClusterEvent> events = new LinkedBlockingQueue<>();
    private LiveCluster live;
    private final Pod web1 = pod("shop", "web-1", "web", "10.1.0.5");
    private final Pod client1 = pod("shop", "client-1", "client", "10.1.0.6");

    @BeforeEach
    void start() throws Exception {
        cluster.create(namespace("shop", "blue"), web1, client1, allow("shop", "client", "web"));
        Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
        live = LiveCluster.start(new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all()),
                new Environment(Map.of(), dir), LoadProgress.NONE, CancelToken.none(), Duration.ofMillis(100));
        live.addListener(events::add);
    }

    @AfterEach
    void stop() {
        live.close();
        cluster.close();
    }

    /** The first event that satisfies the condition, waiting up to 10 s. */
    private ClusterEvent awaitEvent(Predicate<ClusterEvent> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            ClusterEvent event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && condition.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no such change event within 10 s; model now: " + live.snapshot().pods());
    }

    private static ObjectRef podRef(String name) {
        return new ObjectRef("Pod", "shop", name);
    }

    private Outcome clientToWeb() {
        var s = live.snapshot();
        return new ReachQuestions(s, new IndexedEngine(s, EngineOptions.DEFAULTS)).ask("shop/client-1", "shop/web-1", PortProtocol.tcp(8080))
                .outcome();
    }

    @Test
    @DisplayName("pods that are added, relabelled and deleted reach the model as events naming them")
    void podsComeChangeAndGo() throws Exception {
        assertThat(live.snapshot().pods()).hasSize(2);
        assertThat(clientToWeb()).isEqualTo(Outcome.ALLOWED);

        cluster.create(pod("shop", "web-2", "web", "10.1.0.7"));
        ClusterEvent added = awaitEvent(e -> e.change().added().contains(podRef("web-2")));
        assertThat(added.snapshot().pods()).hasSize(3);
        assertThat(added.change().removed()).isEmpty();

        Pod relabelled = new PodBuilder(client1).editMetadata().addToLabels("app", "intruder").endMetadata().build();
        cluster.update(relabelled);
        ClusterEvent changed = awaitEvent(e -> e.change().changed().contains(podRef("client-1")));
        assertThat(changed.snapshot().pod(new io.kubereach.model.PodRef("shop", "client-1")).orElseThrow().labels())
                .containsEntry("app", "intruder");
        assertThat(clientToWeb()).isEqualTo(Outcome.DENIED);

        cluster.delete(web1);
        ClusterEvent removed = awaitEvent(e -> e.change().removed().contains(podRef("web-1")));
        assertThat(removed.snapshot().pods()).extracting(p -> p.name()).containsExactly("client-1", "web-2");
    }

    @Test
    @DisplayName("a changed policy reaches the model, and the verdicts follow it")
    void policiesChange() throws Exception {
        NetworkPolicy fromEveryone = new NetworkPolicyBuilder((NetworkPolicy) allow("shop", "client", "web")).editSpec()
                .editFirstIngress().withFrom(List.of()).endIngress().endSpec().build();
        Pod other = pod("shop", "client-2", "other", "10.1.0.8");
        cluster.create(other);
        awaitEvent(e -> e.change().added().contains(podRef("client-2")));
        var s = live.snapshot();
        assertThat(new ReachQuestions(s, new IndexedEngine(s, EngineOptions.DEFAULTS))
                .ask("shop/client-2", "shop/web-1", PortProtocol.tcp(8080)).outcome()).isEqualTo(Outcome.DENIED);

        cluster.update(fromEveryone);
        ClusterEvent event = awaitEvent(e -> e.change().changed().contains(new ObjectRef("NetworkPolicy", "shop", "web-from-client")));
        assertThat(new ReachQuestions(event.snapshot(), new IndexedEngine(event.snapshot(), EngineOptions.DEFAULTS))
                .ask("shop/client-2", "shop/web-1", PortProtocol.tcp(8080)).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    @DisplayName("a watch that expires (410 Gone) is restored by listing again, and nothing is lost meanwhile")
    void expiredWatchesAreRestored() throws Exception {
        long listsBefore = podLists();
        cluster.expireWatches();
        cluster.create(pod("shop", "web-3", "web", "10.1.0.9"));
        ClusterEvent event = awaitEvent(e -> e.snapshot().pods().stream().anyMatch(p -> p.name().equals("web-3")));
        assertThat(event.change().added()).contains(podRef("web-3"));
        assertThat(podLists()).isGreaterThan(listsBefore);

        cluster.create(pod("shop", "web-4", "web", "10.1.0.10"));
        awaitEvent(e -> e.change().added().contains(podRef("web-4"))); // watching again
    }

    private long podLists() {
        return cluster.requests().stream().filter(r -> r.path().startsWith("/api/v1/pods") && !r.isWatch()).count();
    }
}
