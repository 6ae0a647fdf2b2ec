package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.List;
import java.util.Optional;

/**
 * A line at one level of detail, before its words and corners are worked out: the connections it
 * stands for (one, or every one between the same two drawn boxes), their combined class, and its
 * way through the streets. Its steps are shared, never changed.
 */
public final class DrawnLine {

    private static final long[] NO_STEPS = {};

    private final String id;
    private final LineKind kind;
    private final LineClass lineClass;
    private final List<Connection> parts;
    private final String sourceId;
    private final String targetId;
    private final long[] steps;
    private final int count;

    DrawnLine(String id, LineKind kind, LineClass lineClass, List<Connection> parts, String sourceId, String targetId, long[] steps) {
        this.id = id;
        this.kind = kind;
        this.lineClass = lineClass;
        this.parts = List.copyOf(parts);
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.steps = steps == null ? NO_STEPS : steps;
        this.count = edgesOf(this.parts);
    }

    /** How many graph edges some connections stand for. */
    static int edgesOf(List<Connection> parts) {
        int n = 0;
        for (Connection c : parts) {
            n += c.edges();
        }
        return n;
    }

    /** The id of the graph edge it draws, or for a merged line {@code KIND:SOURCE>TARGET}. */
    public String id() {
        return id;
    }

    /** What it stands for. */
    public LineKind kind() {
        return kind;
    }

    /** What it says. */
    public LineClass lineClass() {
        return lineClass;
    }

    /** The connections it stands for. */
    public List<Connection> parts() {
        return parts;
    }

    /** How many graph edges it stands for (a summed edge counts the edges it adds up). */
    public int count() {
        return count;
    }

    /** The connections a traffic line allows (all its connections together); empty for other lines. */
    public Optional<ConnectionSet> allowed() {
        if (kind != LineKind.TRAFFIC) {
            return Optional.empty();
        }
        ConnectionSet allowed = ConnectionSet.none();
        for (Connection c : parts) {
            allowed = allowed.union(c.edge() instanceof GraphEdge.SummedTraffic s ? s.allowed() : ((GraphEdge.Traffic) c.edge()).allowed());
        }
        return Optional.of(allowed);
    }

    /** The drawn box it starts at. */
    public String sourceId() {
        return sourceId;
    }

    /** The drawn box it ends at. */
    public String targetId() {
        return targetId;
    }

    /** Whether it runs through streets (else it is a straight hop inside a pod). */
    boolean routed() {
        return steps.length > 0;
    }

    /** Its steps through the streets ({@link StreetRoute}); empty for a straight hop. */
    long[] steps() {
        return steps;
    }

    /** The id a line merging connections of a kind between two drawn boxes has. */
    static String mergedId(LineKind kind, String sourceId, String targetId) {
        return switch (kind) {
            case TRAFFIC -> "traffic:";
            case BACKS -> "backs:";
            case ROUTES -> "routes:";
            case LOOPBACK -> "lo:";
        } + sourceId + ">" + targetId;
    }
}
