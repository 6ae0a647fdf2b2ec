package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How long the layout of the 2,000-pod {@code medium} shape takes, and how much of it is giving
 * the lines their paths (routing between groups, curves inside them), warm in one JVM. Not part
 * of the normal test run (its name does not end in Test); run it with
 * {@code ./mvnw -B -o test -pl app -am -Dtest=LineRoutingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DisplayName("benchmark: routing the lines of 2,000 pods")
class LineRoutingBenchmark {

    @Test
    @DisplayName("times the layout and the line placement of shape medium")
    void medium() {
        NetworkGraph graph = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.medium()));
        var view = GraphView.of(graph, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false));
        DiagramLayouter layouter = new DiagramLayouter(DemoDiagram.english());
        long[] layout = new long[7];
        long[] lines = new long[7];
        DiagramLayout last = null;
        for (int run = 0; run < layout.length; run++) {
            long t0 = System.nanoTime();
            last = layouter.layout(view, Grouping.NAMESPACE);
            layout[run] = System.nanoTime() - t0;
            DiagramLayout boxesOnly = new DiagramLayout(last.boxes(), List.of(), last.namespaces(), last.width(), last.height());
            List<LinePlacement.Wanted> wanted = new ArrayList<>();
            for (DiagramLine l : last.lines()) {
                if (l.kind() != LineKind.LOOPBACK) {
                    wanted.add(new LinePlacement.Wanted(l.id(), l.kind(), l.verdict(), l.allowed(), l.label(), l.sourceId(), l.targetId()));
                }
            }
            long t1 = System.nanoTime();
            List<DiagramLine> placed = new LinePlacement(boxesOnly).place(wanted);
            lines[run] = System.nanoTime() - t1;
            assertThat(placed).hasSize(wanted.size());
        }
        long routed = last.lines().stream().filter(l -> !l.path().curved() && l.kind() != LineKind.LOOPBACK).count();
        System.out.printf("medium: %d boxes, %d lines (%d routed between groups)%n", last.allBoxes().size(), last.lines().size(), routed);
        System.out.printf("layout (runs 3..7): median %d ms, best %d ms%n", median(layout) / 1_000_000, best(layout) / 1_000_000);
        System.out.printf("line placement of it: median %d ms, best %d ms%n", median(lines) / 1_000_000, best(lines) / 1_000_000);
    }

    private static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 2, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static long best(long[] runs) {
        return Arrays.stream(runs, 2, runs.length).min().orElseThrow();
    }
}
