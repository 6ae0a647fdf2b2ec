package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("changes are gathered before they are passed on")
class ChangeBatcherTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Map<ObjectRef, ClusterChange.Kind>> batches = new LinkedBlockingQueue<>();
    private final ChangeBatcher batcher = new ChangeBatcher(executor, Duration.ofSeconds(1), batches::add);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static ObjectRef pod(String name) {
        return new ObjectRef("Pod", "shop", name);
    }

    @Test
    @DisplayName("a burst of changes within the window goes out as one batch")
    void burstIsOneBatch() throws Exception {
        for (int i = 0; i < 20; i++) {
            batcher.record(pod("batch-" + i), ClusterChange.Kind.ADDED);
        }
        Map<ObjectRef, ClusterChange.Kind> batch = batches.poll(5, TimeUnit.SECONDS);
        assertThat(batch).hasSize(20).containsValues(ClusterChange.Kind.ADDED);
        assertThat(batches.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    @DisplayName("changes of one object merge: added then removed is nothing, removed then added is a change")
    void changesOfOneObjectMerge() throws Exception {
        batcher.record(pod("short-lived"), ClusterChange.Kind.ADDED);
        batcher.record(pod("short-lived"), ClusterChange.Kind.REMOVED);
        batcher.record(pod("replaced"), ClusterChange.Kind.REMOVED);
        batcher.record(pod("replaced"), ClusterChange.Kind.ADDED);
        batcher.record(pod("new"), ClusterChange.Kind.ADDED);
        batcher.record(pod("new"), ClusterChange.Kind.CHANGED);
        batcher.record(pod("gone"), ClusterChange.Kind.CHANGED);
        batcher.record(pod("gone"), ClusterChange.Kind.REMOVED);
        assertThat(batches.poll(5, TimeUnit.SECONDS)).isEqualTo(Map.of(
                pod("replaced"), ClusterChange.Kind.CHANGED,
                pod("new"), ClusterChange.Kind.ADDED,
                pod("gone"), ClusterChange.Kind.REMOVED));
    }

    @Test
    @DisplayName("changes that cancel out entirely send nothing")
    void nothingLeftSendsNothing() throws Exception {
        batcher.record(pod("blip"), ClusterChange.Kind.ADDED);
        batcher.record(pod("blip"), ClusterChange.Kind.REMOVED);
        assertThat(batches.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }
}
