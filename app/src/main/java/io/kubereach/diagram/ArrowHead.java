package io.kubereach.diagram;

/** The triangle at the end of a line, pointing the way the line arrives; both painters draw it. */
public final class ArrowHead {

    private ArrowHead() {
    }

    /** The triangle's corners {x0, y0, x1, y1, x2, y2}: the tip at the line's end, then the two back corners. */
    public static double[] corners(LinePath path, double size) {
        DiagramPoint end = path.end();
        DiagramPoint d = path.endDirection();
        double ux = d.x();
        double uy = d.y();
        return new double[] {end.x(), end.y(),
            end.x() - ux * size * 1.6 - uy * size * 0.7, end.y() - uy * size * 1.6 + ux * size * 0.7,
            end.x() - ux * size * 1.6 + uy * size * 0.7, end.y() - uy * size * 1.6 - ux * size * 0.7};
    }
}
