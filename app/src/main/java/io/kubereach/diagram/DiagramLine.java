package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.TrafficVerdict;
import java.util.List;
import java.util.Optional;

/**
 * A line as drawn at some level of detail, with its path through the streets and an arrowhead at
 * its end: one graph edge, or several between the same two drawn boxes merged into one (its
 * count says how many, its class combines theirs).
 *
 * @param id the id of the graph edge it draws, or for a merged line {@code KIND:SOURCE>TARGET}
 * @param kind what it stands for
 * @param lineClass what it says: a verdict, or the kind of a structural line
 * @param count how many graph edges it stands for
 * @param allowed the connections a traffic line allows (all its graph edges together); empty for other lines
 * @param path where it runs
 * @param label a short text (allowed ports, route, Service port mapping), already in the user's language
 * @param sourceId the box it starts at
 * @param targetId the box it ends at
 */
public record DiagramLine(String id, LineKind kind, LineClass lineClass, int count, Optional<ConnectionSet> allowed, LinePath path, String label, String sourceId,
        String targetId) {

    /** The verdict of a traffic line that was judged; empty for other lines and for traffic that cannot be judged. */
    public Optional<TrafficVerdict> verdict() {
        return switch (lineClass) {
            case ALLOWED -> Optional.of(TrafficVerdict.ALLOWED);
            case PARTIAL -> Optional.of(TrafficVerdict.PARTIAL);
            case BLOCKED -> Optional.of(TrafficVerdict.BLOCKED);
            default -> Optional.empty();
        };
    }

    /** The corners of a route, or a curve's start, control point and end. */
    public List<DiagramPoint> points() {
        return path.points();
    }

    /** The start. */
    public DiagramPoint start() {
        return path.start();
    }

    /** The end. */
    public DiagramPoint end() {
        return path.end();
    }

    /** The point at {@code t} in 0..1 (0 the start, 1 the end). */
    public DiagramPoint pointAt(double t) {
        return path.pointAt(t);
    }

    /** The distance from a point to the line. */
    public double distanceTo(double px, double py) {
        return path.distanceTo(px, py);
    }
}
