package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.TrafficVerdict;

/**
 * What a drawn line says, as one of a few classes that each have their colour and their lane in a
 * street: the verdict of traffic (allowed, partly allowed, blocked, or unknown: what cannot be
 * judged is never drawn as allowed), or the kind of a structural line. Lines of one class that run
 * along one street are drawn as one stroke.
 */
public enum LineClass {
    /** Routes from outside or through an Ingress. */
    ROUTES,
    /** A Service to its backends. */
    BACKS,
    /** Traffic allowed on every served port. */
    ALLOWED,
    /** Traffic allowed on some ports or between some pods only. */
    PARTIAL,
    /** Traffic that cannot be judged. */
    UNKNOWN,
    /** Traffic refused on every served port. */
    BLOCKED,
    /** The shared {@code lo} of a pod's containers. */
    LOOPBACK,
    /** What-if: traffic blocked before the edits and allowed (at least in part) after them. */
    BECAME_ALLOWED,
    /** What-if: traffic allowed before the edits and blocked after them. */
    BECAME_BLOCKED,
    /** What-if: traffic allowed before and after the edits, on other ports or for other pods. */
    PORTS_CHANGED;

    /** The class of a graph edge's line: traffic with connections that cannot be judged is unknown, whatever else it allows. */
    public static LineClass of(GraphEdge edge) {
        if (edge instanceof GraphEdge.Traffic t) {
            return t.unknown().isEmpty() ? of(t.verdict()) : UNKNOWN;
        }
        if (edge instanceof GraphEdge.SummedTraffic s) {
            return of(s.verdict());
        }
        if (edge instanceof GraphEdge.Backs) {
            return BACKS;
        }
        if (edge instanceof GraphEdge.Routes) {
            return ROUTES;
        }
        return LOOPBACK;
    }

    /** The class of a traffic verdict. */
    public static LineClass of(TrafficVerdict verdict) {
        return switch (verdict) {
            case ALLOWED -> ALLOWED;
            case PARTIAL -> PARTIAL;
            case BLOCKED -> BLOCKED;
        };
    }

    /** The class of a pair's (or a sum's) verdict. */
    public static LineClass of(io.kubereach.graph.PairVerdict verdict) {
        return switch (verdict) {
            case ALLOWED -> ALLOWED;
            case PARTIAL -> PARTIAL;
            case BLOCKED -> BLOCKED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Whether it is a class of traffic (a verdict). */
    public boolean traffic() {
        return this == ALLOWED || this == PARTIAL || this == BLOCKED || this == UNKNOWN || change();
    }

    /** Whether it is a class of the what-if difference: a line that the edits change. */
    public boolean change() {
        return this == BECAME_ALLOWED || this == BECAME_BLOCKED || this == PORTS_CHANGED;
    }

    /** The class of a line that a what-if changed in this way; empty for a line it leaves as it is. */
    public static java.util.Optional<LineClass> ofChange(io.kubereach.diff.ChangeKind kind) {
        return switch (kind) {
            case ADDED -> java.util.Optional.of(BECAME_ALLOWED);
            case REMOVED -> java.util.Optional.of(BECAME_BLOCKED);
            case CHANGED -> java.util.Optional.of(PORTS_CHANGED);
            case UNCHANGED -> java.util.Optional.empty();
        };
    }

    /**
     * The class of a line standing for two lines of this and another class between the same
     * boxes: the same class when they agree; unknown when either is unknown (the whole cannot be
     * vouched for); otherwise partly allowed.
     */
    public LineClass and(LineClass other) {
        if (this == other) {
            return this;
        }
        if (change() || other.change()) {
            // a change stays visible where lines merge; two different changes read as "changed"
            return change() && other.change() ? PORTS_CHANGED : change() ? this : other;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return traffic() && other.traffic() ? PARTIAL : this;
    }
}
