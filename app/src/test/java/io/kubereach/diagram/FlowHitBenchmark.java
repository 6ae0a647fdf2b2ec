package io.kubereach.diagram;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The hover benchmark of docs/benchmarks.md, not a test: skipped unless run with {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=FlowHitBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The synthetic {@code large} cluster (10,000 pods) laid out as the app opens it, its lines at pod level (every box
 * open) and at workload level: how many lines, and what finding the lines along a street edge costs, as a hover's tooltip and a click ask
 * it ({@link FlowHit#lines}), over 200 street edges that carry lines; median and worst after a warm-up.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class FlowHitBenchmark {

    @Test
    void linesAlongAStreet() {
        NetworkGraph graph = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.large()));
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(GraphView.of(graph, GraphFilter.ALL), Grouping.NAMESPACE);
        // pod level (every box open), and the level of workloads (their pods folded), which a hover's tooltip names lines at
        measure("pod level", layout, LineSet.of(layout, Detail.everything()));
        measure("workload level", layout, LineSet.of(layout, b -> b.kind() != BoxKind.WORKLOAD && b.kind() != BoxKind.POD));
    }

    private static void measure(String level, DiagramLayout layout, LineSet lines) {
        List<FlowHit> hits = new ArrayList<>();
        for (StreetMap m : layout.router().maps()) {
            int[][] w = lines.flows().weights(m.id);
            for (int e = 0; w != null && e < m.edges() && hits.size() < 200; e += 7) {
                for (LineClass c : LineClass.values()) {
                    if (w[c.ordinal()][e] > 0) {
                        hits.add(new FlowHit(m.id, e, c, Map.of(c, w[c.ordinal()][e])));
                        break;
                    }
                }
            }
        }
        for (FlowHit h : hits.subList(0, Math.min(20, hits.size()))) {
            h.lines(lines, 6);
        }
        long[] took = new long[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            long start = System.nanoTime();
            hits.get(i).lines(lines, 6);
            took[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(took);
        System.out.printf("%s: %d lines, %d street edges sampled; lines along an edge: median %.2f ms, worst %.2f ms%n",
                level, lines.lines().size(), hits.size(), took[took.length / 2] / 1e6, took[took.length - 1] / 1e6);
    }
}
