package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/** A pen that draws nothing and remembers what it was asked to draw, for tests of what a picture shows. */
public final class RecordingPen implements Pen {

    /**
     * A text drawn.
     *
     * @param text the words
     * @param x left
     * @param baseline the baseline
     * @param size the height in pixels
     * @param bold whether it is bold
     */
    public record Text(String text, double x, double baseline, double size, boolean bold) {

        /** The estimated width, as the renderer measures it. */
        public double width() {
            return bold ? TextMeasure.boldWidth(text, size) : TextMeasure.width(text, size);
        }
    }

    /**
     * A straight stroke.
     *
     * @param x0 start x
     * @param y0 start y
     * @param x1 end x
     * @param y1 end y
     * @param rgb colour
     * @param width width
     */
    public record Stroke(double x0, double y0, double x1, double y1, int rgb, double width) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<Stroke> strokes = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    private final List<double[]> outlines = new ArrayList<>();

    @Override
    public void fillRect(double x, double y, double width, double height, double arc, int rgb, double alpha) {
        rects.add(new double[] {x, y, width, height, rgb});
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, boolean dashed,
            double alpha) {
        outlines.add(new double[] {x, y, width, height, rgb});
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth, boolean dashed, double alpha) {
        strokes.add(new Stroke(x0, y0, x1, y1, rgb, lineWidth));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth, boolean dashed, double alpha) {
        for (int i = 1; i < xs.length; i++) {
            strokes.add(new Stroke(xs[i - 1], ys[i - 1], xs[i], ys[i], rgb, lineWidth));
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, int rgb, double alpha) {
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        texts.add(new Text(text, x, y, size, bold));
    }

    /** The outlines of rectangles drawn (box borders, frames), in order, each as x, y, width, height, colour. */
    public List<double[]> outlines() {
        return outlines;
    }

    /** The texts drawn, in order. */
    public List<Text> texts() {
        return texts;
    }

    /** The straight strokes drawn, in order. */
    public List<Stroke> strokes() {
        return strokes;
    }

    /** The filled rectangles, each {x, y, width, height, rgb}. */
    public List<double[]> rects() {
        return rects;
    }
}
