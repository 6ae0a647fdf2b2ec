package io.kubereach.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsGraphUnion;
import org.jgrapht.graph.AsSubgraph;

/**
 * The view around one pod or workload: everything it may reach and everything that may reach it
 * (at its own level, computed on demand by {@link NetworkGraph#trafficAround}), with what holds
 * those vertices and what they hold. A union of a subgraph of the network graph and the on-demand
 * traffic: views, not copies.
 */
public final class Focus {

    private Focus() {
    }

    /** The focus view around a pod or workload; for any other vertex, that vertex with its containment. */
    public static Graph<GraphVertex, GraphEdge> on(NetworkGraph network, String vertexId) {
        Graph<GraphVertex, GraphEdge> base = network.graph();
        Graph<GraphVertex, GraphEdge> traffic = network.trafficAround(vertexId);
        Set<GraphVertex> kept = new LinkedHashSet<>();
        network.vertex(vertexId).ifPresent(kept::add);
        kept.addAll(traffic.vertexSet());
        Set<GraphVertex> closed = new LinkedHashSet<>();
        for (GraphVertex v : kept) {
            closed.add(v);
            addContainers(base, v, closed);
            addContents(base, v, closed);
        }
        Set<GraphEdge> structural = base.edgeSet().stream()
                .filter(e -> !(e instanceof GraphEdge.Traffic))
                .filter(e -> closed.contains(base.getEdgeSource(e)) && closed.contains(base.getEdgeTarget(e)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new AsGraphUnion<>(new AsSubgraph<>(base, closed, structural), traffic);
    }

    private static void addContainers(Graph<GraphVertex, GraphEdge> base, GraphVertex v, Set<GraphVertex> out) {
        for (GraphEdge e : base.incomingEdgesOf(v)) {
            if (e instanceof GraphEdge.Contains) {
                GraphVertex parent = base.getEdgeSource(e);
                if (out.add(parent)) {
                    addContainers(base, parent, out);
                }
            }
        }
    }

    private static void addContents(Graph<GraphVertex, GraphEdge> base, GraphVertex v, Set<GraphVertex> out) {
        Deque<GraphVertex> todo = new ArrayDeque<>();
        todo.push(v);
        while (!todo.isEmpty()) {
            for (GraphEdge e : base.outgoingEdgesOf(todo.pop())) {
                if (e instanceof GraphEdge.Contains && out.add(base.getEdgeTarget(e))) {
                    todo.push(base.getEdgeTarget(e));
                }
            }
        }
    }
}
