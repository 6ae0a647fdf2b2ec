package io.kubereach.diagram;

import java.util.List;

/**
 * Where a short line inside one group runs: from the border of one box to the border of the
 * other, bent a little so that the two directions between one pair of boxes run side by side
 * instead of on top of each other. Lines between groups are routed by {@link LineRouter}.
 */
final class LineGeometry {

    private LineGeometry() {
    }

    /**
     * A curve from box {@code a} to box {@code b}, both inside {@code group}: straight instead where
     * the curve would bulge out of the group.
     */
    static LinePath within(DiagramBox a, DiagramBox b, boolean forward, DiagramBox group) {
        LinePath curve = between(a, b, forward);
        for (int i = 1; i < 16; i++) {
            DiagramPoint p = curve.pointAt(i / 16.0);
            if (!group.contains(p.x(), p.y())) {
                return LinePath.polyline(List.of(curve.start(), curve.end()));
            }
        }
        return curve;
    }

    /** A curve from box {@code a} to box {@code b}. */
    static LinePath between(DiagramBox a, DiagramBox b, boolean forward) {
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
        return LinePath.curve(start, control, end);
    }

    /** A straight line from the right edge of {@code a} to the left edge of {@code b}. */
    static LinePath straight(DiagramBox a, DiagramBox b) {
        DiagramPoint s = new DiagramPoint(a.x() + a.width(), a.centerY());
        DiagramPoint e = new DiagramPoint(b.x(), b.centerY());
        return LinePath.polyline(List.of(s, e));
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
