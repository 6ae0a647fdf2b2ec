package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;

/**
 * One edge of the graph as the diagram knows it before any line is drawn: the edge, and the
 * boxes it joins (a workload drawn on several nodes is joined at its part on the first). Which
 * line shows it depends on what is open: zoomed out, a connection between two workloads is part
 * of the line between their groups.
 *
 * @param edge the graph edge
 * @param sourceId the box it starts at
 * @param targetId the box it ends at
 */
public record Connection(GraphEdge edge, String sourceId, String targetId) {

    /** The id of the graph edge. */
    public String id() {
        return edge.id();
    }

    /** What its line says. */
    public LineClass lineClass() {
        return LineClass.of(edge);
    }

    /** What kind of line it is. */
    public LineKind kind() {
        if (edge instanceof GraphEdge.Traffic) {
            return LineKind.TRAFFIC;
        }
        if (edge instanceof GraphEdge.Backs) {
            return LineKind.BACKS;
        }
        return edge instanceof GraphEdge.Routes ? LineKind.ROUTES : LineKind.LOOPBACK;
    }
}
