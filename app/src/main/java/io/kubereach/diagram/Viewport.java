package io.kubereach.diagram;

/**
 * Which part of the picture a surface shows and how large: a point of the picture at
 * ({@code x}, {@code y}) is drawn at ({@code panX + x * zoom}, {@code panY + y * zoom}) on a surface
 * {@code width} by {@code height} pixels.
 *
 * @param panX where the picture's left edge is on the surface
 * @param panY where the picture's top edge is on the surface
 * @param zoom pixels per unit of the picture
 * @param width the surface's width in pixels
 * @param height the surface's height in pixels
 */
public record Viewport(double panX, double panY, double zoom, double width, double height) {

    /** The surface's x of a picture x. */
    public double sx(double x) {
        return panX + x * zoom;
    }

    /** The surface's y of a picture y. */
    public double sy(double y) {
        return panY + y * zoom;
    }

    /** Whether a rectangle of the picture shows on the surface (or within {@code margin} pixels of it). */
    public boolean sees(double x, double y, double w, double h, double margin) {
        double left = sx(x);
        double top = sy(y);
        return left + w * zoom >= -margin && top + h * zoom >= -margin && left <= width + margin && top <= height + margin;
    }

    /** Whether a box shows on the surface. */
    public boolean sees(DiagramBox b) {
        return sees(b.x(), b.y(), b.width(), b.height(), 2);
    }
}
