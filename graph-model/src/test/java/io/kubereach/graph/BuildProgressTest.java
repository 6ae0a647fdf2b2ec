package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("building a graph reports its progress and can be stopped")
class BuildProgressTest {

    private static final ClusterSnapshot SMALL = SyntheticCluster.snapshot(ClusterShape.small());

    private static NetworkGraphBuilder builder() {
        return new NetworkGraphBuilder(SMALL, new IndexedEngine(SMALL), EngineOptions.DEFAULTS);
    }

    @Test
    @DisplayName("each row of workload pairs judged is reported, up to all of them")
    void reportsEveryRow() {
        ConcurrentLinkedQueue<Integer> rows = new ConcurrentLinkedQueue<>();
        AtomicInteger total = new AtomicInteger();
        builder().reportingTo(new BuildProgress() {
            @Override
            public void judged(int done, int of) {
                rows.add(done);
                total.set(of);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }).build();
        assertThat(total.get()).isEqualTo(12);
        assertThat(rows).hasSize(12).contains(12);
    }

    @Test
    @DisplayName("a build asked to stop stops with a cancellation, not a half-built graph")
    void stopsWhenAsked() {
        AtomicInteger judged = new AtomicInteger();
        assertThatThrownBy(() -> builder().reportingTo(new BuildProgress() {
            @Override
            public void judged(int done, int of) {
                judged.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        }).build()).isInstanceOf(CancellationException.class);
        assertThat(judged.get()).isZero();
    }
}
