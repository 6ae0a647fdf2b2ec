package io.kubereach.diagram;

import java.util.List;

/**
 * Where a line between two boxes runs: from the border of one to the border of the other,
 * bent a little so that the two directions between one pair of boxes run side by side instead
 * of on top of each other.
 */
final class LineGeometry {

    private LineGeometry() {
    }

    /** Start, control point and end of a curve from box {@code a} to box {@code b}. */
    static List<DiagramPoint> between(DiagramBox a, DiagramBox b, boolean forward) {
        double ax = a.centerX();
        double ay = a.centerY();
        double bx = b.centerX();
        double by = b.centerY();
        if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) < 0.5) {
            bx += 1; // concentric boxes: any direction will do
        }
        DiagramPoint start = border(a, bx, by);
        DiagramPoint end = border(b, ax, ay);
        double mx = (start.x() + end.x()) / 2;
        double my = (start.y() + end.y()) / 2;
        double dx = end.x() - start.x();
        double dy = end.y() - start.y();
        double length = Math.max(1, Math.hypot(dx, dy));
        // the normal of the pair's canonical direction, so A→B and B→A bend to opposite sides
        double sign = forward ? 1 : -1;
        double nx = -dy / length * sign;
        double ny = dx / length * sign;
        double bend = Math.min(50, 0.12 * length);
        DiagramPoint control = new DiagramPoint(mx + 2 * nx * bend, my + 2 * ny * bend);
        return List.of(start, control, end);
    }

    /** A straight line from the right edge of {@code a} to the left edge of {@code b}. */
    static List<DiagramPoint> straight(DiagramBox a, DiagramBox b) {
        DiagramPoint s = new DiagramPoint(a.x() + a.width(), a.centerY());
        DiagramPoint e = new DiagramPoint(b.x(), b.centerY());
        return List.of(s, new DiagramPoint((s.x() + e.x()) / 2, (s.y() + e.y()) / 2), e);
    }

    /** Where the ray from the box's centre towards (tx, ty) leaves the box. */
    private static DiagramPoint border(DiagramBox box, double tx, double ty) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        double hw = box.width() / 2;
        double hh = box.height() / 2;
        double scale = 1 / Math.max(Math.abs(dx) / Math.max(hw, 1e-9), Math.abs(dy) / Math.max(hh, 1e-9));
        return new DiagramPoint(cx + dx * scale, cy + dy * scale);
    }
}
