package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgrapht.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the focus on one pod or workload")
class FocusTest {

    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        graph = NetworkGraphBuilder.build(DemoLikeCluster.snapshot());
    }

    private static List<GraphEdge.Traffic> traffic(Graph<GraphVertex, GraphEdge> view) {
        return view.edgeSet().stream().filter(GraphEdge.Traffic.class::isInstance).map(GraphEdge.Traffic.class::cast).toList();
    }

    @Test
    @DisplayName("on a pod shows pod-level traffic to and from it only, computed on demand")
    void podFocus() {
        Graph<GraphVertex, GraphEdge> focus = Focus.on(graph, "pod:default/redis-0");
        List<GraphEdge.Traffic> edges = traffic(focus);
        assertThat(edges).allMatch(e -> e.sourceId().equals("pod:default/redis-0") || e.targetId().equals("pod:default/redis-0"));
        assertThat(edges).extracting(GraphEdge::id).contains(
                "traffic:pod:default/frontend-1>pod:default/redis-0",
                "traffic:pod:shop/web-1>pod:default/redis-0",
                "traffic:block:172.17.0.0/16 except 172.17.1.0/24>pod:default/redis-0");
        assertThat(graph.trafficEdges()).extracting(GraphEdge::id).doesNotContain("traffic:pod:default/frontend-1>pod:default/redis-0");
    }

    @Test
    @DisplayName("keeps what holds the focused vertices and what they hold")
    void focusKeepsContainment() {
        Graph<GraphVertex, GraphEdge> focus = Focus.on(graph, "pod:default/redis-0");
        assertThat(focus.vertexSet()).extracting(GraphVertex::id).contains("node:node-a", "workload:default/StatefulSet/redis",
                "ns:default", "pause:default/redis-0", "container:default/redis-0/redis", "pod:default/frontend-1");
        assertThat(focus.vertexSet()).extracting(GraphVertex::id)
                .as("a pod that neither reaches redis-0 nor is reached by it").doesNotContain("pod:payments/api-canary-1");
    }

    @Test
    @DisplayName("on a workload shows everything it may reach and everything that may reach it")
    void workloadFocus() {
        Graph<GraphVertex, GraphEdge> focus = Focus.on(graph, "workload:default/ReplicaSet/frontend");
        List<GraphEdge.Traffic> edges = traffic(focus);
        assertThat(edges).extracting(GraphEdge::id).contains(
                "traffic:workload:default/ReplicaSet/frontend>workload:default/Job/nightly",
                "traffic:workload:default/Job/nightly>workload:default/ReplicaSet/frontend");
        assertThat(edges).filteredOn(e -> e.verdict() != TrafficVerdict.BLOCKED).isNotEmpty();
    }
}
