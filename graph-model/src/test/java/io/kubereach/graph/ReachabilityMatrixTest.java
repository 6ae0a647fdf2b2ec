package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the reachability matrices")
class ReachabilityMatrixTest {

    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        graph = NetworkGraphBuilder.build(DemoLikeCluster.snapshot());
    }

    private static ReachabilityMatrix.Cell cell(ReachabilityMatrix m, String from, String to) {
        return m.cell(m.labels().indexOf(from), m.labels().indexOf(to));
    }

    @Test
    @DisplayName("namespace × namespace combines every workload pair of the two namespaces")
    void namespaces() {
        ReachabilityMatrix m = ReachabilityMatrix.ofNamespaces(graph);
        assertThat(m.labels()).containsExactly("default", "payments", "shop");
        assertThat(cell(m, "default", "payments").verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(cell(m, "shop", "payments").verdict()).as("stable allowed, canary not").isEqualTo(TrafficVerdict.PARTIAL);
        assertThat(cell(m, "payments", "shop").verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(cell(m, "default", "shop").policyInvolved()).isTrue();
    }

    @Test
    @DisplayName("workload × workload judges every pair, including pairs no policy is involved in")
    void workloads() {
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(graph);
        assertThat(m.size()).isEqualTo(6);
        assertThat(cell(m, "frontend", "redis").verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(cell(m, "nightly", "redis").verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        ReachabilityMatrix.Cell free = cell(m, "frontend", "nightly");
        assertThat(free.verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(free.policyInvolved()).isFalse();
    }

    @Test
    @DisplayName("judges two replicas of a workload on its diagonal")
    void replicas() {
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(graph);
        assertThat(cell(m, "web", "web").verdict()).as("allow-to-web admits every namespace on 8080, not 15001, and shop-egress refuses pods")
                .isEqualTo(TrafficVerdict.BLOCKED);
    }
}
