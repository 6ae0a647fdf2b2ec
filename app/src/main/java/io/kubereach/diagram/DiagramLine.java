package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.TrafficVerdict;
import java.util.List;
import java.util.Optional;

/**
 * One line of the diagram, with an arrowhead at its end: a route around the boxes between its
 * ends, or a short curve inside one group ({@link LinePath}).
 *
 * @param id the id of the graph edge it draws
 * @param kind what it stands for
 * @param verdict the verdict of a traffic line, empty for other lines
 * @param allowed the connections a traffic line allows; empty for other lines and for a line that stands for several
 * @param path where it runs
 * @param label a short text (allowed ports, route, Service port mapping), already in the user's language
 * @param sourceId the box it starts at
 * @param targetId the box it ends at
 */
public record DiagramLine(String id, LineKind kind, Optional<TrafficVerdict> verdict, Optional<ConnectionSet> allowed, LinePath path,
        String label, String sourceId, String targetId) {

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
