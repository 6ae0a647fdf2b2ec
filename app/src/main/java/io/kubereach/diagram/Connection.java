package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;

/**
 * One edge of the graph as the diagram knows it before any line is drawn: the edge, and the
 * boxes it joins (a workload drawn on several nodes is joined at its part on the first). Which
 * line shows it depends on what is open: zoomed out, a connection between two workloads is part
 * of the line between their groups.
 *
 * @param id the graph edge's id (worked out once: there may be hundreds of thousands)
 * @param edge the graph edge
 * @param sourceId the box it starts at
 * @param targetId the box it ends at
 */
public record Connection(String id, GraphEdge edge, String sourceId, String targetId, java.util.Optional<LineClass> change) {

    /** A connection that no what-if changed. */
    public Connection(String id, GraphEdge edge, String sourceId, String targetId) {
        this(id, edge, sourceId, targetId, java.util.Optional.empty());
    }

    /** The same connection marked as a what-if changed it (its class then says how). */
    public Connection changed(LineClass how) {
        return new Connection(id, edge, sourceId, targetId, java.util.Optional.of(how));
    }

    /** The connection of a graph edge between two boxes. */
    public static Connection of(GraphEdge edge, String sourceId, String targetId) {
        return new Connection(edge.id(), edge, sourceId, targetId);
    }

    /** What its line says: how a what-if changed it, else its verdict or kind. */
    public LineClass lineClass() {
        return change.isPresent() ? change.get() : LineClass.of(edge); // no lambda: asked of every line routed
    }

    /**
     * What it says in the cluster shown: of a line a what-if changed, what the edits made of it
     * (one that became blocked is blocked; else the verdict of its edge, which is then the edge
     * after the edits, {@link DiagramLayout#withChanges}); of any other line, its class.
     */
    public LineClass classShown() {
        return change.map(how -> how == LineClass.BECAME_BLOCKED ? LineClass.BLOCKED : LineClass.of(edge)).orElseGet(this::lineClass);
    }

    /** How many graph edges it stands for: those a summed edge adds up, else one. */
    public int edges() {
        return edge instanceof GraphEdge.SummedTraffic s ? s.edges() : 1;
    }

    /** What kind of line it is. */
    public LineKind kind() {
        if (edge instanceof GraphEdge.Traffic || edge instanceof GraphEdge.SummedTraffic) {
            return LineKind.TRAFFIC;
        }
        if (edge instanceof GraphEdge.Backs) {
            return LineKind.BACKS;
        }
        return edge instanceof GraphEdge.Routes ? LineKind.ROUTES : LineKind.LOOPBACK;
    }
}
