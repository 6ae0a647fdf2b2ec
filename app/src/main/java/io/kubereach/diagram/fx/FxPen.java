package io.kubereach.diagram.fx;

import io.kubereach.diagram.Pen;
import io.kubereach.diagram.RoundedPolyline;
import io.kubereach.text.VisibleText;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A {@link Pen} on a JavaFX canvas. Words are written in the default family the layout measures
 * them for; words with wide (Chinese) characters in a family that has their glyphs. Fonts are made
 * once per size (to a quarter pixel) and kept.
 */
final class FxPen implements Pen {

    private static final double[] DASH = {6, 4};
    // shared with the first picture's warm-up paint on a background thread (FirstPaint)
    private static final Map<String, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final GraphicsContext g;
    private final String family;
    private final String wideFamily;

    /** A pen writing in a font family, and words with wide characters in another. */
    FxPen(GraphicsContext g, String family, String wideFamily) {
        this.g = g;
        this.family = family;
        this.wideFamily = wideFamily;
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double arc, int rgb, double alpha) {
        g.setFill(color(rgb, alpha));
        if (arc < 1) {
            g.fillRect(x, y, width, height);
        } else {
            g.fillRoundRect(x, y, width, height, arc, arc);
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, boolean dashed,
            double alpha) {
        stroke(rgb, alpha, lineWidth, dashed, StrokeLineCap.BUTT);
        if (arc < 1) {
            g.strokeRect(x, y, width, height);
        } else {
            g.strokeRoundRect(x, y, width, height, arc, arc);
        }
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth, boolean dashed, double alpha) {
        stroke(rgb, alpha, lineWidth, dashed, StrokeLineCap.BUTT);
        g.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth, boolean dashed, double alpha) {
        stroke(rgb, alpha, lineWidth, dashed, StrokeLineCap.ROUND);
        g.beginPath();
        RoundedPolyline.trace(xs, ys, new RoundedPolyline.Tracer() {
            @Override
            public void moveTo(double x, double y) {
                g.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                g.lineTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                g.quadraticCurveTo(cx, cy, x, y);
            }
        });
        g.stroke();
    }

    @Override
    public void polygon(double[] xs, double[] ys, int rgb, double alpha) {
        g.setFill(color(rgb, alpha));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        g.setFont(font(hasWide(text) ? wideFamily : family, size, bold));
        g.setFill(color(rgb, 1));
        g.fillText(VisibleText.of(text), x, y); // as TextMeasure measures it
    }

    private void stroke(int rgb, double alpha, double width, boolean dashed, StrokeLineCap cap) {
        g.setStroke(color(rgb, alpha));
        g.setLineWidth(width);
        g.setLineCap(cap);
        g.setLineDashes(dashed ? DASH : null);
    }

    private static boolean hasWide(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x2E80) {
                return true;
            }
        }
        return false;
    }

    private static Font font(String family, double size, boolean bold) {
        double rounded = Math.round(size * 4) / 4.0;
        String key = family + (bold ? "/b/" : "/n/") + rounded;
        synchronized (FONTS) {
            return FONTS.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, rounded));
        }
    }

    /** A JavaFX colour of {@code 0xRRGGBB} and an opacity. */
    static Color color(int rgb, double alpha) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, Math.max(0, Math.min(1, alpha)));
    }
}
