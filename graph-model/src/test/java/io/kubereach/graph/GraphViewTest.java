package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Fixture;
import java.util.Set;
import org.jgrapht.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("filtered views of the network graph")
class GraphViewTest {

    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        graph = NetworkGraphBuilder.build(DemoLikeCluster.snapshot());
    }

    private static Set<String> ids(Graph<GraphVertex, GraphEdge> view) {
        return view.vertexSet().stream().map(GraphVertex::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @DisplayName("shows everything when nothing is filtered out")
    void allFilterShowsAll() {
        Graph<GraphVertex, GraphEdge> view = GraphView.of(graph, GraphFilter.ALL);
        assertThat(view.vertexSet()).hasSameSizeAs(graph.graph().vertexSet());
        assertThat(view.edgeSet()).hasSameSizeAs(graph.graph().edgeSet());
    }

    @Test
    @DisplayName("when nothing is filtered out, is the graph itself, read-only: no vertex or edge can be added or taken away through it")
    void allFilterIsTheGraphReadOnly() {
        Graph<GraphVertex, GraphEdge> view = GraphView.of(graph, GraphFilter.ALL);
        assertThat(view.vertexSet()).isEqualTo(graph.graph().vertexSet());
        assertThat(view.edgeSet()).isEqualTo(graph.graph().edgeSet());
        GraphVertex any = view.vertexSet().iterator().next();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.removeVertex(any)).isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.vertexSet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(graph.graph().containsVertex(any)).isTrue();
    }

    @Test
    @DisplayName("hides the other namespaces' objects but keeps nodes and the outside")
    void namespaceFilter() {
        Set<String> shown = ids(GraphView.of(graph, GraphFilter.ALL.withNamespaces(Set.of("default"))));
        assertThat(shown).contains("pod:default/redis-0", "node:node-a", "outside", "svc:default/redis")
                .doesNotContain("pod:shop/web-1", "svc:shop/web", "ns:shop", "container:shop/web-1/envoy");
    }

    @Test
    @DisplayName("hides pause and app containers when the containers layer is off")
    void containersLayer() {
        Set<String> shown = ids(GraphView.of(graph, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)));
        assertThat(shown).contains("pod:shop/web-1").doesNotContain("pause:shop/web-1", "container:shop/web-1/web");
    }

    @Test
    @DisplayName("hides blocked edges but keeps partly allowed ones when the blocked layer is off")
    void blockedLayer() {
        Graph<GraphVertex, GraphEdge> view = GraphView.of(graph, GraphFilter.ALL.withLayer(Layer.BLOCKED_EDGES, false));
        assertThat(view.edgeSet()).filteredOn(GraphEdge.Traffic.class::isInstance)
                .extracting(e -> ((GraphEdge.Traffic) e).verdict()).doesNotContain(TrafficVerdict.BLOCKED)
                .contains(TrafficVerdict.PARTIAL, TrafficVerdict.ALLOWED);
    }

    @Test
    @DisplayName("shows only matching pods, and the workloads that have one, under a label filter")
    void labelFilter() {
        Set<String> shown = ids(GraphView.of(graph, GraphFilter.ALL.withLabels(Fixture.sel("role=db"))));
        assertThat(shown).contains("pod:default/redis-0", "workload:default/StatefulSet/redis", "pause:default/redis-0")
                .doesNotContain("pod:default/frontend-1", "workload:default/ReplicaSet/frontend", "container:default/frontend-1/frontend");
    }

    @Test
    @DisplayName("is a view: the network graph itself keeps every vertex")
    void viewDoesNotCopy() {
        int before = graph.graph().vertexSet().size();
        Graph<GraphVertex, GraphEdge> view = GraphView.of(graph, GraphFilter.ALL.withNamespaces(Set.of("payments")));
        assertThat(view.vertexSet().size()).isLessThan(before);
        assertThat(graph.graph().vertexSet()).hasSize(before);
        assertThat(view.containsVertex(graph.vertex("pod:payments/api-stable-1").orElseThrow())).isTrue();
    }
}
