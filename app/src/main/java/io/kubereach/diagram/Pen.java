package io.kubereach.diagram;

/**
 * What the {@link PictureRenderer} draws with, in the pixels of the surface it draws on: Java2D
 * for PNG and SVG ({@link AwtPen}), a JavaFX canvas on screen. Colours are {@code 0xRRGGBB};
 * {@code alpha} is 0 (invisible) to 1 (opaque).
 */
public interface Pen {

    /** Fills a rectangle with rounded corners ({@code arc} the corners' diameter, 0 for square). */
    void fillRect(double x, double y, double width, double height, double arc, int rgb, double alpha);

    /** Outlines a rectangle with rounded corners. */
    void strokeRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, boolean dashed, double alpha);

    /** A straight stroke with flat ends. */
    void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth, boolean dashed, double alpha);

    /** A stroke through points, its bends rounded. */
    void polyline(double[] xs, double[] ys, int rgb, double lineWidth, boolean dashed, double alpha);

    /** Fills a polygon. */
    void polygon(double[] xs, double[] ys, int rgb, double alpha);

    /** Writes a line of text with its baseline at {@code y}, {@code size} pixels high. */
    void text(String text, double x, double y, double size, boolean bold, int rgb);
}
