package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("a live cluster read in chosen namespaces")
class ScopedLiveClusterTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("only the chosen namespaces' changes arrive, a chosen namespace's new labels included")
    void chosenNamespacesAreWatched() throws Exception {
        BlockingQueue<ClusterEvent> events = new LinkedBlockingQueue<>();
        try (MockCluster cluster = new MockCluster()) {
            cluster.create(namespace("shop", "blue"), namespace("other", "red"), pod("shop", "web-1", "web", "10.1.0.5"));
            Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
            try (LiveCluster live = LiveCluster.start(new ClusterTarget(Optional.of(config), Optional.empty(),
                    new ClusterScope(List.of("shop"))), new Environment(Map.of(), dir), LoadProgress.NONE, CancelToken.none(),
                    Duration.ofMillis(50))) {
                live.addListener(events::add);
                cluster.create(pod("other", "elsewhere", "web", "10.2.0.1"));
                cluster.update(new NamespaceBuilder((Namespace) namespace("shop", "blue"))
                        .editMetadata().addToLabels("team", "green").endMetadata().build());
                ClusterEvent event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).isNotNull();
                assertThat(event.change().changed()).containsExactly(new ObjectRef("Namespace", "", "shop"));
                assertThat(event.change().added()).isEmpty();
                assertThat(event.snapshot().namespace("shop").labels()).containsEntry("team", "green");
                assertThat(event.snapshot().pods()).extracting(p -> p.name()).containsExactly("web-1");
            }
        }
    }
}
