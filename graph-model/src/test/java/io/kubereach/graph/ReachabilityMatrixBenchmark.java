package io.kubereach.graph;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The matrix computing benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl graph-model test -Dtest=ReachabilityMatrixBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * On the synthetic {@code large} cluster (1,000 workloads): the graph build (which writes the
 * verdict of every workload pair down), then three rounds of both matrices, the first cold.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class ReachabilityMatrixBenchmark {

    @Test
    void largeMatrices() {
        ClusterSnapshot snapshot = SyntheticCluster.snapshot(ClusterShape.large());
        long t0 = System.nanoTime();
        NetworkGraph graph = NetworkGraphBuilder.build(snapshot);
        System.out.printf("graph of %d pods: %.1f s%n", snapshot.pods().size(), (System.nanoTime() - t0) / 1e9);
        for (int round = 1; round <= 3; round++) {
            long s = System.nanoTime();
            ReachabilityMatrix workloads = ReachabilityMatrix.ofWorkloads(graph);
            long w = System.nanoTime();
            ReachabilityMatrix namespaces = ReachabilityMatrix.ofNamespaces(graph);
            long n = System.nanoTime();
            System.out.printf("round %d: %d × %d workloads %.1f ms, %d × %d namespaces %.1f ms%n", round, workloads.size(),
                    workloads.size(), (w - s) / 1e6, namespaces.size(), namespaces.size(), (n - w) / 1e6);
        }
    }
}
