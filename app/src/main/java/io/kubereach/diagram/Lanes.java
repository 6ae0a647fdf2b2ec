package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Tidies the corners of an orthogonal route: drops points that do not bend it, and moves the whole
 * route sideways onto a parallel lane, so that routes sharing a gap between boxes run side by
 * side instead of on top of each other.
 */
final class Lanes {

    private Lanes() {
    }

    /** The corners without repeated points and without points in the middle of a straight stretch. */
    static List<DiagramPoint> simplify(List<DiagramPoint> points) {
        List<DiagramPoint> out = new ArrayList<>();
        for (DiagramPoint p : points) {
            if (!out.isEmpty() && same(out.get(out.size() - 1), p)) {
                continue;
            }
            if (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.set(out.size() - 1, p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The route moved by {@code offset} to the left of its direction of travel (negative: to the
     * right): each segment moves along its normal, and each corner to where its two moved segments
     * meet. The ends slide along the borders they sit on. Expects horizontal and vertical segments
     * taking turns, as {@link #simplify} leaves them.
     */
    static List<DiagramPoint> shift(List<DiagramPoint> points, double offset) {
        if (offset == 0 || points.size() < 2) {
            return points;
        }
        int n = points.size();
        double[] shiftX = new double[n - 1];
        double[] shiftY = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            DiagramPoint a = points.get(i);
            DiagramPoint b = points.get(i + 1);
            double len = Math.max(1e-9, Math.hypot(b.x() - a.x(), b.y() - a.y()));
            // the left of the direction (dx, dy), with y growing downwards, is (dy, -dx)
            shiftX[i] = (b.y() - a.y()) / len * offset;
            shiftY[i] = -(b.x() - a.x()) / len * offset;
        }
        List<DiagramPoint> out = new ArrayList<>(n);
        out.add(new DiagramPoint(points.get(0).x() + shiftX[0], points.get(0).y() + shiftY[0]));
        for (int i = 1; i < n - 1; i++) {
            DiagramPoint p = points.get(i);
            // one neighbouring segment is horizontal and moves y, the other vertical and moves x
            out.add(new DiagramPoint(p.x() + shiftX[i - 1] + shiftX[i], p.y() + shiftY[i - 1] + shiftY[i]));
        }
        DiagramPoint last = points.get(n - 1);
        out.add(new DiagramPoint(last.x() + shiftX[n - 2], last.y() + shiftY[n - 2]));
        return out;
    }

    private static boolean same(DiagramPoint a, DiagramPoint b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }

    private static boolean collinear(DiagramPoint a, DiagramPoint b, DiagramPoint c) {
        boolean vertical = Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - c.x()) < 1e-6;
        boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - c.y()) < 1e-6;
        return vertical || horizontal;
    }
}
