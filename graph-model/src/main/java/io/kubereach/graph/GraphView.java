package io.kubereach.graph;

import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * A filtered view of a graph (the whole {@link NetworkGraph} or a {@link Focus}): a JGraphT
 * {@link MaskSubgraph}, so nothing is copied and the view reads through to the graph; a filter that
 * hides nothing gives the graph itself, read-only.
 */
public final class GraphView {

    private GraphView() {
    }

    /** The view of a network graph under a filter. */
    public static Graph<GraphVertex, GraphEdge> of(NetworkGraph graph, GraphFilter filter) {
        return of(graph.graph(), filter);
    }

    /** The view of any graph of this model (a focus, a view) under a filter. */
    public static Graph<GraphVertex, GraphEdge> of(Graph<GraphVertex, GraphEdge> base, GraphFilter filter) {
        Set<GraphVertex> hidden = hiddenVertices(base, filter);
        if (hidden.isEmpty() && showsEveryEdge(filter)) {
            // nothing to mask: a mask would still test every edge and its two ends at every look (10k pods: 330k edges)
            return new AsUnmodifiableGraph<>(base);
        }
        return new MaskSubgraph<>(base, hidden::contains, e -> hiddenEdge(e, filter));
    }

    private static boolean showsEveryEdge(GraphFilter filter) {
        return filter.decidedBy().isEmpty() && filter.shows(Layer.ALLOWED_EDGES) && filter.shows(Layer.BLOCKED_EDGES);
    }

    private static Set<GraphVertex> hiddenVertices(Graph<GraphVertex, GraphEdge> base, GraphFilter filter) {
        Set<GraphVertex> hidden = new HashSet<>();
        boolean byLabels = !filter.labels().isEmpty();
        for (GraphVertex v : base.vertexSet()) {
            if (!v.namespace().isEmpty() && !filter.showsNamespace(v.namespace()) || !layerShown(v, filter)) {
                hidden.add(v);
            } else if (byLabels && v instanceof GraphVertex.PodVertex p && !filter.labels().matches(p.labels())) {
                hideWithContents(base, p, hidden);
            }
        }
        if (byLabels) {
            for (GraphVertex v : base.vertexSet()) {
                if (v instanceof GraphVertex.WorkloadVertex && !hidden.contains(v) && !hasShownPod(base, v, hidden)) {
                    hidden.add(v);
                }
            }
        }
        return hidden;
    }

    private static boolean layerShown(GraphVertex v, GraphFilter filter) {
        if (v instanceof GraphVertex.PauseVertex || v instanceof GraphVertex.ContainerVertex) {
            return filter.shows(Layer.CONTAINERS);
        }
        if (v instanceof GraphVertex.ServiceVertex) {
            return filter.shows(Layer.SERVICES);
        }
        if (v instanceof GraphVertex.IngressVertex) {
            return filter.shows(Layer.INGRESS);
        }
        if (v instanceof GraphVertex.OutsideVertex || v instanceof GraphVertex.AddressBlockVertex) {
            return filter.shows(Layer.EXTERNAL);
        }
        return true;
    }

    private static void hideWithContents(Graph<GraphVertex, GraphEdge> base, GraphVertex v, Set<GraphVertex> hidden) {
        hidden.add(v);
        for (GraphEdge e : base.outgoingEdgesOf(v)) {
            if (e instanceof GraphEdge.Contains) {
                hidden.add(base.getEdgeTarget(e));
            }
        }
    }

    private static boolean hasShownPod(Graph<GraphVertex, GraphEdge> base, GraphVertex workload, Set<GraphVertex> hidden) {
        for (GraphEdge e : base.outgoingEdgesOf(workload)) {
            GraphVertex t = base.getEdgeTarget(e);
            if (e instanceof GraphEdge.Contains && t instanceof GraphVertex.PodVertex && !hidden.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hiddenEdge(GraphEdge e, GraphFilter filter) {
        if (!(e instanceof GraphEdge.Traffic t)) {
            return false;
        }
        if (!filter.showsDecided(t)) {
            return true;
        }
        return switch (t.verdict()) {
            case ALLOWED -> !filter.shows(Layer.ALLOWED_EDGES);
            case BLOCKED -> !filter.shows(Layer.BLOCKED_EDGES);
            case PARTIAL -> !filter.shows(Layer.ALLOWED_EDGES) && !filter.shows(Layer.BLOCKED_EDGES);
        };
    }
}
