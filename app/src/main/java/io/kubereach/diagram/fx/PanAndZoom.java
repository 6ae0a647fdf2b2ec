package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.ViewState;
import io.kubereach.diagram.Viewport;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;

/**
 * Where a {@link DiagramCanvas} looks: its zoom and pan, whether it is still the fitted view (a
 * resize then fits again) and a view asked for before the canvas had a size. Once the user has
 * looked elsewhere (zoomed, panned, opened or closed a box), a resize (the window, a split, the
 * what-if panel opening under the diagram) keeps the zoom and the diagram point at the centre of
 * the canvas. It only keeps the numbers; the canvas announces and repaints after each change.
 */
final class PanAndZoom {

    static final double MIN_ZOOM = 0.002;
    static final double MAX_ZOOM = 8;
    private static final double FIT_MARGIN = 16;

    private final ReadOnlyDoubleWrapper zoom;
    private double panX;
    private double panY;
    private boolean fitPending = true;
    /** A view asked for before the canvas had a size: taken instead of fitting at the first layout. */
    private Optional<ViewState> pendingView = Optional.empty();
    /** Whether the view is still the fitted one (nobody zoomed or panned since): a resize then fits again. */
    private boolean followsFit = true;
    private double fittedWidth;
    private double fittedHeight;
    /** The size the view was last laid out for (0 before the first real one): a resize keeps its centre. */
    private double laidWidth;
    private double laidHeight;
    /** The canvas's last real size, read by {@link #preparedZoom} on any thread. */
    private volatile double knownWidth = 1100;
    private volatile double knownHeight = 750;

    /** Starts at zoom 1, waiting to be fitted; {@code bean} owns the zoom property. */
    PanAndZoom(Object bean) {
        this.zoom = new ReadOnlyDoubleWrapper(bean, "zoom", 1);
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    /** Fits a layout into a canvas of {@code w} × {@code h}, centred; false (and a fit pending) while either has no size. */
    boolean fit(DiagramLayout l, double w, double h) {
        if (w <= 0 || h <= 0 || l.width() <= 0 || l.height() <= 0) {
            fitPending = true;
            return false;
        }
        fitPending = false;
        followsFit = true;
        fittedWidth = w;
        fittedHeight = h;
        Viewport fitted = fitted(l, w, h);
        panX = fitted.panX();
        panY = fitted.panY();
        zoom.set(fitted.zoom());
        return true;
    }

    /**
     * The canvas now has this size; a size of 0 is not remembered. A view the user moved keeps the
     * diagram point at its centre (the zoom is kept as it is); a fitted one is fitted again ({@link #wantsFit}).
     */
    void sized(double w, double h) {
        if (w > 0 && h > 0) {
            if (!followsFit && !fitPending && pendingView.isEmpty() && laidWidth > 0) {
                panX += (w - laidWidth) / 2;
                panY += (h - laidHeight) / 2;
            }
            laidWidth = w;
            laidHeight = h;
            knownWidth = w;
            knownHeight = h;
        }
    }

    /** The zoom a layout about to be shown will first have: fitted to the canvas's last real size. */
    double preparedZoom(DiagramLayout l) {
        return fitZoom(l, knownWidth, knownHeight);
    }

    /** The view a layout about to be shown will first have: fitted and centred in the canvas's last real size. */
    Viewport preparedViewport(DiagramLayout l) {
        return fitted(l, knownWidth, knownHeight);
    }

    /** A layout fitted to a canvas of this size and centred in it. */
    private static Viewport fitted(DiagramLayout l, double w, double h) {
        double z = fitZoom(l, w, h);
        return new Viewport((w - l.width() * z) / 2, (h - l.height() * z) / 2, z, w, h);
    }

    /** Fits again at the next layout of the canvas. */
    void fitLater() {
        fitPending = true;
    }

    /** Whether a canvas now {@code w} × {@code h} should fit: the first real size, or a resize while the view is still the fitted one. */
    boolean wantsFit(double w, double h) {
        boolean resized = w != fittedWidth || h != fittedHeight;
        return (fitPending || (followsFit && resized)) && w > 0 && h > 0;
    }

    /** Multiplies the zoom by {@code factor}, keeping the diagram point under ({@code x}, {@code y}) in place. */
    void zoomAt(double factor, double x, double y) {
        double z = clampZoom(zoom() * factor);
        Point2D at = localToDiagram(x, y);
        panX = x - at.getX() * z;
        panY = y - at.getY() * z;
        leaveFit();
        zoom.set(z);
    }

    /** The user changed what is seen without zooming or panning (opened or closed a box): a resize no longer fits again. */
    void touched() {
        if (!fitPending) {
            followsFit = false;
        }
    }

    /** Moves the view by a distance in screen pixels. */
    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        leaveFit();
    }

    /** Moves the view so that the diagram point ({@code x}, {@code y}) is in the centre of a canvas {@code w} × {@code h}. */
    void centerAt(double x, double y, double w, double h) {
        panX = w / 2 - x * zoom();
        panY = h / 2 - y * zoom();
        leaveFit();
    }

    /** Takes a view's zoom (its centre is the caller's to set); false, keeping it for later, while the canvas has no size. */
    boolean take(ViewState state, double w, double h) {
        if (w <= 0 || h <= 0) {
            pendingView = Optional.of(state);
            return false;
        }
        pendingView = Optional.empty();
        leaveFit();
        zoom.set(clampZoom(state.zoom()));
        return true;
    }

    /** The view asked for before the canvas had a size, if any. */
    Optional<ViewState> pendingView() {
        return pendingView;
    }

    /** The part of the picture a canvas {@code w} × {@code h} shows. */
    Viewport viewport(double w, double h) {
        return new Viewport(panX, panY, zoom(), w, h);
    }

    /** Where a diagram point is on the canvas, in its local coordinates. */
    Point2D diagramToLocal(double x, double y) {
        return new Point2D(panX + x * zoom(), panY + y * zoom());
    }

    /** Which diagram point is at a point of the canvas. */
    Point2D localToDiagram(double x, double y) {
        return new Point2D((x - panX) / zoom(), (y - panY) / zoom());
    }

    /** The zoom at which a layout fits a canvas {@code w} × {@code h}. */
    static double fitZoom(DiagramLayout l, double w, double h) {
        return clampZoom(Math.min((w - 2 * FIT_MARGIN) / l.width(), (h - 2 * FIT_MARGIN) / l.height()));
    }

    private void leaveFit() {
        fitPending = false;
        followsFit = false;
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
