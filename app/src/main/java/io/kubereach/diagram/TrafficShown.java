package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.PairVerdict;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;

/**
 * Which traffic lines a whole picture keeps, as {@code export --verdict} and the window's Export
 * dialog choose it; a line whose verdict is unknown is always kept (what cannot be judged is never hidden).
 */
public enum TrafficShown {
    /** Lines where some traffic is allowed: allowed and partly allowed. */
    ALLOWED,
    /** Lines where some traffic is blocked: blocked and partly allowed. */
    BLOCKED,
    /** Every line. */
    ALL;

    /** The view without the traffic edges this choice leaves out. */
    public Graph<GraphVertex, GraphEdge> of(NetworkGraph graph, Graph<GraphVertex, GraphEdge> view) {
        if (this == ALL) {
            return view;
        }
        Set<GraphEdge> kept = view.edgeSet().stream().filter(e -> !(e instanceof GraphEdge.Traffic t) || keeps(graph.verdictOf(t)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new AsSubgraph<>(view, view.vertexSet(), kept);
    }

    private boolean keeps(PairVerdict v) {
        return switch (v) {
            case UNKNOWN, PARTIAL -> true;
            case ALLOWED -> this == ALLOWED;
            case BLOCKED -> this == BLOCKED;
        };
    }
}
