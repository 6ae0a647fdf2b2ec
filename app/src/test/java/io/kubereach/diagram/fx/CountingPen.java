package io.kubereach.diagram.fx;

import io.kubereach.diagram.Pen;

/** A pen that draws nothing and counts what it is asked to draw: the cost of a frame in calls, independent of the machine. */
final class CountingPen implements Pen {

    private int rects;
    private int lines;
    private int shapes;
    private int texts;
    private long characters;

    @Override
    public void fillRect(double x, double y, double width, double height, double arc, int rgb, double alpha) {
        rects++;
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, boolean dashed,
            double alpha) {
        rects++;
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth, boolean dashed, double alpha) {
        lines++;
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth, boolean dashed, double alpha) {
        shapes++;
    }

    @Override
    public void polygon(double[] xs, double[] ys, int rgb, double alpha) {
        shapes++;
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        texts++;
        characters += text.length();
    }

    /** All calls. */
    int calls() {
        return rects + lines + shapes + texts;
    }

    @Override
    public String toString() {
        return calls() + " calls (" + rects + " rectangles, " + lines + " lines, " + shapes + " shapes, " + texts + " texts of "
                + characters + " characters)";
    }
}
