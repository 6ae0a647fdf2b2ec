package io.kubereach.diagram;

import java.util.List;

/**
 * Where a line runs: a polyline of straight segments (a route through the streets), or a
 * quadratic curve (start, control point, end). Hit tests and centring read it through
 * {@link #pointAt}, {@link #distanceTo} and {@link #endDirection}.
 *
 * @param points the curve's start, control point and end; or the polyline's corners, start to end
 * @param curved whether it is a quadratic curve
 */
public record LinePath(List<DiagramPoint> points, boolean curved) {

    /** The largest radius of a polyline's rounded bends. */
    public static final double BEND_RADIUS = 8;

    public LinePath {
        points = List.copyOf(points);
        if (curved && points.size() != 3) {
            throw new IllegalArgumentException("a curve is start, control, end; got " + points.size() + " points");
        }
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line needs two points at least; got " + points.size());
        }
    }

    /** A quadratic curve. */
    public static LinePath curve(DiagramPoint start, DiagramPoint control, DiagramPoint end) {
        return new LinePath(List.of(start, control, end), true);
    }

    /** Straight segments through the points. */
    public static LinePath polyline(List<DiagramPoint> points) {
        return new LinePath(points, false);
    }

    /** The start. */
    public DiagramPoint start() {
        return points.get(0);
    }

    /** The end. */
    public DiagramPoint end() {
        return points.get(points.size() - 1);
    }

    /** The point at {@code t} in 0..1 (0 the start, 1 the end); along a polyline, by length. */
    public DiagramPoint pointAt(double t) {
        if (curved) {
            double u = 1 - t;
            DiagramPoint s = start();
            DiagramPoint c = points.get(1);
            DiagramPoint e = end();
            return new DiagramPoint(u * u * s.x() + 2 * u * t * c.x() + t * t * e.x(), u * u * s.y() + 2 * u * t * c.y() + t * t * e.y());
        }
        double goal = Math.max(0, Math.min(1, t)) * length();
        for (int i = 1; i < points.size(); i++) {
            DiagramPoint a = points.get(i - 1);
            DiagramPoint b = points.get(i);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (goal <= len || i == points.size() - 1) {
                double f = len == 0 ? 0 : Math.min(1, goal / len);
                return new DiagramPoint(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
            }
            goal -= len;
        }
        return end();
    }

    /** The length of a polyline, or of the straight segments through a curve's three points. */
    public double length() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        return sum;
    }

    /** The distance from a point to the path (a curve measured along 24 chords). */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        if (curved) {
            DiagramPoint prev = start();
            for (int i = 1; i <= 24; i++) {
                DiagramPoint p = pointAt(i / 24.0);
                best = Math.min(best, segmentDistance(prev, p, px, py));
                prev = p;
            }
            return best;
        }
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), px, py));
        }
        return best;
    }

    /** The unit direction in which the path arrives at its end (for arrowheads). */
    public DiagramPoint endDirection() {
        DiagramPoint e = end();
        for (int i = points.size() - 2; i >= 0; i--) {
            DiagramPoint p = points.get(i);
            double len = Math.hypot(e.x() - p.x(), e.y() - p.y());
            if (len > 1e-9) {
                return new DiagramPoint((e.x() - p.x()) / len, (e.y() - p.y()) / len);
            }
        }
        return new DiagramPoint(1, 0);
    }

    /** Whether the path's points (and so the path) lie within {@code margin} of the point's surroundings. */
    public boolean near(double x, double y, double margin) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramPoint p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return x >= minX - margin && x <= maxX + margin && y >= minY - margin && y <= maxY + margin;
    }

    private static double segmentDistance(DiagramPoint a, DiagramPoint b, double px, double py) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / len2));
        return Math.hypot(a.x() + f * dx - px, a.y() + f * dy - py);
    }
}
