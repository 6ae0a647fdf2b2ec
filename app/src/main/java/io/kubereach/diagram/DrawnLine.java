package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.Arrays;
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
    private final int count;
    /** Its steps in three parts (out, across, in), shared with other lines ({@link StreetRouter#routeParts}). */
    private final long[] rise;
    private final long[] across;
    private final long[] descent;
    /** Its words, worked out when first asked (a line taken over by the next level keeps them). */
    private volatile String label;

    DrawnLine(String id, LineKind kind, LineClass lineClass, List<Connection> parts, String sourceId, String targetId, long[] steps) {
        this(id, kind, lineClass, parts, sourceId, targetId, new long[][] {steps == null ? NO_STEPS : steps, NO_STEPS, NO_STEPS});
    }

    /** A line whose steps are these parts one after the other (the parts are shared, never changed). */
    DrawnLine(String id, LineKind kind, LineClass lineClass, List<Connection> parts, String sourceId, String targetId, long[][] route) {
        this.id = id;
        this.kind = kind;
        this.lineClass = lineClass;
        this.parts = List.copyOf(parts);
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.rise = route[0];
        this.across = route[1];
        this.descent = route[2];
        this.count = edgesOf(this.parts);
    }

    /** How many graph edges some connections stand for. */
    static int edgesOf(List<Connection> parts) {
        int n = 0;
        for (int i = 0; i < parts.size(); i++) { // indexed: no iterator per line of hundreds of thousands
            n += parts.get(i).edges();
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
        return stepCount() > 0;
    }

    /** How many steps it takes through the streets; none for a straight hop. */
    int stepCount() {
        return rise.length + across.length + descent.length;
    }

    /** Its step number {@code k} ({@link StreetRoute}), from the start. */
    long step(int k) {
        if (k < rise.length) {
            return rise[k];
        }
        int i = k - rise.length;
        return i < across.length ? across[i] : descent[i - across.length];
    }

    /** Its steps through the streets in one new array; empty for a straight hop. */
    long[] steps() {
        long[] out = Arrays.copyOf(rise, stepCount());
        System.arraycopy(across, 0, out, rise.length, across.length);
        System.arraycopy(descent, 0, out, rise.length + across.length, descent.length);
        return out;
    }

    /** Its words ({@link LineWords#of}), worked out once. */
    String label(DiagramText text) {
        String words = label;
        if (words == null) {
            words = LineWords.of(this, text);
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
