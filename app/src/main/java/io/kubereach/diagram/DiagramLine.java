package io.kubereach.diagram;

import io.kubereach.graph.TrafficVerdict;
import java.util.List;
import java.util.Optional;

/**
 * One line of the diagram: a quadratic curve from {@code points[0]} through the control point
 * {@code points[1]} to {@code points[2]}, with an arrowhead at the end.
 *
 * @param id the id of the graph edge it draws
 * @param kind what it stands for
 * @param verdict the verdict of a traffic line, empty for other lines
 * @param points start, control point, end
 * @param label a short text (allowed ports, route, Service port mapping), already in the user's language
 * @param sourceId the box it starts at
 * @param targetId the box it ends at
 */
public record DiagramLine(String id, LineKind kind, Optional<TrafficVerdict> verdict, List<DiagramPoint> points, String label,
        String sourceId, String targetId) {

    public DiagramLine {
        points = List.copyOf(points);
        if (points.size() != 3) {
            throw new IllegalArgumentException("a line is a quadratic curve: start, control, end; got " + points.size() + " points");
        }
    }

    /** The start. */
    public DiagramPoint start() {
        return points.get(0);
    }

    /** The control point of the curve. */
    public DiagramPoint control() {
        return points.get(1);
    }

    /** The end. */
    public DiagramPoint end() {
        return points.get(2);
    }

    /** The point of the curve at {@code t} in 0..1 (0 the start, 1 the end). */
    public DiagramPoint pointAt(double t) {
        double u = 1 - t;
        DiagramPoint s = start();
        DiagramPoint c = control();
        DiagramPoint e = end();
        return new DiagramPoint(u * u * s.x() + 2 * u * t * c.x() + t * t * e.x(), u * u * s.y() + 2 * u * t * c.y() + t * t * e.y());
    }

    /** The distance from a point to the curve, measured at 24 points along it. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= 24; i++) {
            DiagramPoint p = pointAt(i / 24.0);
            best = Math.min(best, Math.hypot(p.x() - px, p.y() - py));
        }
        return best;
    }
}
