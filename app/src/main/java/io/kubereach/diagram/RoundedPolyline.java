package io.kubereach.diagram;

/** Traces a polyline with its bends rounded, the same way for every surface. */
public final class RoundedPolyline {

    /** The largest radius of a bend, in the surface's pixels. */
    static final double RADIUS = 8;

    /** Receives the outline: each surface turns it into its own path type. */
    public interface Tracer {
        /** Starts at a point. */
        void moveTo(double x, double y);

        /** A straight segment to a point. */
        void lineTo(double x, double y);

        /** A quadratic curve through a control point to a point. */
        void quadTo(double cx, double cy, double x, double y);
    }

    private RoundedPolyline() {
    }

    /** Traces the polyline through the points, each bend rounded with a radius of at most {@link #RADIUS}. */
    public static void trace(double[] xs, double[] ys, Tracer t) {
        t.moveTo(xs[0], ys[0]);
        int n = xs.length;
        for (int i = 1; i < n - 1; i++) {
            double in = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            double out = Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]);
            double r = Math.min(RADIUS, Math.min(in, out) / 2);
            if (r < 0.5) {
                t.lineTo(xs[i], ys[i]);
                continue;
            }
            t.lineTo(xs[i] - (xs[i] - xs[i - 1]) / in * r, ys[i] - (ys[i] - ys[i - 1]) / in * r);
            t.quadTo(xs[i], ys[i], xs[i] + (xs[i + 1] - xs[i]) / out * r, ys[i] + (ys[i + 1] - ys[i]) / out * r);
        }
        t.lineTo(xs[n - 1], ys[n - 1]);
    }
}
