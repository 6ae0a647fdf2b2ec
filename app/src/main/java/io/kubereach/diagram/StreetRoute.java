package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A line's way through the streets, from one box's border to another's: the street edges it
 * takes, each as one {@code long} (the street map's number, the edge, and whether it is taken
 * against its direction), so that millions of them fit in memory and lines along one street can
 * be counted together.
 */
final class StreetRoute {

    private StreetRoute() {
    }

    /** The step along an edge of a street map. */
    static long step(int map, int edge, boolean reversed) {
        return ((long) map << 32) | ((long) edge << 1) | (reversed ? 1 : 0);
    }

    /** The street map of a step. */
    static int map(long step) {
        return (int) (step >>> 32);
    }

    /** The edge of a step. */
    static int edge(long step) {
        return (int) ((step & 0xFFFF_FFFFL) >>> 1);
    }

    /** Whether a step goes against its edge's direction. */
    static boolean reversed(long step) {
        return (step & 1) != 0;
    }

    /** The corners of a route, start to end, without points in the middle of a straight stretch. */
    static List<DiagramPoint> corners(long[] steps, StreetRouter router) {
        List<DiagramPoint> points = new ArrayList<>(steps.length + 1);
        for (long step : steps) {
            StreetMap m = router.map(map(step));
            int e = edge(step);
            int a = reversed(step) ? m.to(e) : m.from(e);
            int b = reversed(step) ? m.from(e) : m.to(e);
            add(points, new DiagramPoint(m.x(a), m.y(a)));
            add(points, new DiagramPoint(m.x(b), m.y(b)));
        }
        return simplify(points);
    }

    private static void add(List<DiagramPoint> points, DiagramPoint p) {
        if (points.isEmpty() || !same(points.get(points.size() - 1), p)) {
            points.add(p);
        }
    }

    /** The points without those in the middle of a straight stretch. */
    static List<DiagramPoint> simplify(List<DiagramPoint> points) {
        List<DiagramPoint> out = new ArrayList<>(points.size());
        for (DiagramPoint p : points) {
            if (out.size() >= 2) {
                DiagramPoint a = out.get(out.size() - 2);
                DiagramPoint b = out.get(out.size() - 1);
                boolean straight = Math.abs((b.x() - a.x()) * (p.y() - b.y()) - (b.y() - a.y()) * (p.x() - b.x())) < 1e-6;
                if (straight) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static boolean same(DiagramPoint a, DiagramPoint b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }
}
