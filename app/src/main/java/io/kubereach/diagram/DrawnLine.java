package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.List;
import java.util.Optional;

/**
 * A line at one level of detail, before its words and corners are worked out: the connections it
 * stands for (one, or every one between the same two drawn boxes), their combined class, and its
 * way through the streets. Its steps are shared, never changed; lines of one layout only (its words are kept).
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
    /** Its words, worked out when first asked (a line taken over by the next level keeps them). */
    private volatile String label;

    DrawnLine(String id, LineKind kind, LineClass lineClass, List<Connection> parts, String sourceId, String targetId, long[] steps) {
        this.id = id;
        this.kind = kind;
        this.lineClass = lineClass;
        this.parts = List.copyOf(parts);
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.steps = steps == null ? NO_STEPS : steps;
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

    /** How many connections it stands for. */
    public int count() {
        return parts.size();
    }

    /** The connections a traffic line allows (all its connections together); empty for other lines. */
    public Optional<ConnectionSet> allowed() {
        if (kind != LineKind.TRAFFIC) {
            return Optional.empty();
        }
        ConnectionSet allowed = ConnectionSet.none();
        for (Connection c : parts) {
            allowed = allowed.union(((GraphEdge.Traffic) c.edge()).allowed());
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

    /** Its words ({@link LineSet#label(DrawnLine, DiagramText)}), worked out once. */
    String label(DiagramText text) {
        String words = label;
        if (words == null) {
            words = LineSet.label(this, text);
            label = words;
        }
        return words;
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
