package io.kubereach.diagram;

import io.kubereach.text.VisibleText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;

/** A {@link Pen} on a Java2D surface: an image for PNG, an SVG document. */
final class AwtPen implements Pen {

    private static final float[] DASH = {6f, 4f};

    private final Graphics2D g;
    private final Map<Long, Font> fonts = new HashMap<>();

    AwtPen(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double arc, int rgb, double alpha) {
        g.setColor(color(rgb, alpha));
        g.fill(rect(x, y, width, height, arc));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, boolean dashed,
            double alpha) {
        g.setColor(color(rgb, alpha));
        g.setStroke(stroke(lineWidth, dashed, BasicStroke.CAP_BUTT));
        g.draw(rect(x, y, width, height, arc));
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth, boolean dashed, double alpha) {
        g.setColor(color(rgb, alpha));
        g.setStroke(stroke(lineWidth, dashed, BasicStroke.CAP_BUTT));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth, boolean dashed, double alpha) {
        Path2D p = new Path2D.Double();
        RoundedPolyline.trace(xs, ys, new RoundedPolyline.Tracer() {
            @Override
            public void moveTo(double x, double y) {
                p.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                p.lineTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                p.quadTo(cx, cy, x, y);
            }
        });
        g.setColor(color(rgb, alpha));
        g.setStroke(stroke(lineWidth, dashed, BasicStroke.CAP_ROUND));
        g.draw(p);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int rgb, double alpha) {
        Path2D p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(color(rgb, alpha));
        g.fill(p);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        g.setFont(font(size, bold));
        g.setColor(color(rgb, 1));
        g.drawString(VisibleText.of(text), (float) x, (float) y); // a name may hold anything; an SVG must stay XML
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 4) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> new Font(DiagramStyle.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    private static Shape rect(double x, double y, double width, double height, double arc) {
        return arc < 1 ? new Rectangle2D.Double(x, y, width, height) : new RoundRectangle2D.Double(x, y, width, height, arc, arc);
    }

    private static BasicStroke stroke(double width, boolean dashed, int cap) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke((float) width, cap, BasicStroke.JOIN_ROUND);
    }

    private static Color color(int rgb, double alpha) {
        return alpha >= 1 ? new Color(rgb) : new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(alpha * 255));
    }
}
