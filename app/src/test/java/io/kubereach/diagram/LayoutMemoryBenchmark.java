package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The layout-memory benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=LayoutMemoryBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * On the synthetic {@code medium} cluster (2,000 pods) as the app opens it (containers off), for
 * each grouping: the layout from scratch, the layout with the memory after hiding one namespace
 * and after showing it again, and the redraw of the lines alone (a live change of verdicts).
 * Best of 5 runs after 2 warm-ups each.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class LayoutMemoryBenchmark {

    private static final int RUNS = 5;

    @Test
    void relayoutWithMemory() {
        NetworkGraph graph = SyntheticDiagram.medium();
        DiagramLayouter layouter = new DiagramLayouter(DemoDiagram.english());
        GraphFilter all = GraphFilter.ALL.withLayer(Layer.CONTAINERS, false);
        for (Grouping grouping : Grouping.values()) {
            Graph<GraphVertex, GraphEdge> whole = GraphView.of(graph, all);
            DiagramLayout first = time(grouping + ": layout from scratch", () -> layouter.layout(whole, grouping));
            String hidden = first.namespaces().get(first.namespaces().size() / 2);
            Set<String> others = new HashSet<>(first.namespaces());
            others.remove(hidden);
            Graph<GraphVertex, GraphEdge> without = GraphView.of(graph, all.withNamespaces(others));
            LayoutMemory memory = LayoutMemory.empty().remember(first, grouping);
            DiagramLayout hiding = time(grouping + ": with memory, one namespace hidden", () -> layouter.layout(without, grouping, memory));
            LayoutMemory after = memory.remember(hiding, grouping);
            time(grouping + ": with memory, shown again", () -> layouter.layout(whole, grouping, after));
            time(grouping + ": remembering a picture", () -> memory.remember(hiding, grouping));
            time(grouping + ": lines only (same boxes)", () -> layouter.redrawLines(whole, grouping, first));
            System.out.printf("%s: %d boxes, %d lines%n", grouping, first.allBoxes().size(), first.lines().size());
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        T result = work.get();
        work.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-50s %7.1f ms (best of %d after 2 warm-ups)%n", what, best / 1e6, RUNS);
        return result;
    }
}
