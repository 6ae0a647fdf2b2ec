package io.kubereach.diagram;

import io.kubereach.text.VisibleText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints a {@link DiagramLayout} with a title block and a legend onto any {@link Graphics2D}:
 * a {@link BufferedImage} for PNG, an SVG canvas for SVG. The whole picture is painted, not a
 * visible part. Uses only AWT geometry, so it runs headless.
 */
public final class DiagramPainter {

    /** Space around the picture. */
    static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 64;
    private static final double LEGEND_ROW = 20;

    private final DiagramText text;
    private final DiagramStyle style;

    /** A painter writing in the language of {@code text}, in the light style. */
    public DiagramPainter(DiagramText text) {
        this(text, DiagramStyle.LIGHT);
    }

    /** A painter writing in the language of {@code text}, in a style (light or dark). */
    public DiagramPainter(DiagramText text, DiagramStyle style) {
        this.text = text;
        this.style = style;
    }

    /** The style it paints in. */
    public DiagramStyle style() {
        return style;
    }

    /** The width of the page a layout is painted on, title and legend included. */
    public double pageWidth(DiagramLayout layout) {
        return Math.max(layout.width(), 560) + 2 * MARGIN;
    }

    /** The height of the page a layout is painted on, title and legend included. */
    public double pageHeight(DiagramLayout layout) {
        return TITLE_HEIGHT + layout.height() + legendHeight(layout) + 2 * MARGIN;
    }

    /** Where the diagram itself starts on the page, below the title block. */
    public double diagramTop() {
        return MARGIN + TITLE_HEIGHT;
    }

    /** The page as an image at a scale (1 or 2): the style's background, title, diagram, legend. */
    public BufferedImage image(DiagramLayout layout, DiagramTitle title, double scale) {
        int w = (int) Math.ceil(pageWidth(layout) * scale);
        int h = (int) Math.ceil(pageHeight(layout) * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, layout, title);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the page at the graphics' current transform. */
    public void paint(Graphics2D g, DiagramLayout layout, DiagramTitle title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(color(style.background()));
        g.fill(new Rectangle2D.Double(0, 0, pageWidth(layout), pageHeight(layout)));
        paintTitle(g, title);
        Graphics2D d = (Graphics2D) g.create();
        try {
            d.translate(MARGIN, diagramTop());
            for (DiagramBox b : layout.boxes()) {
                paintBox(d, layout, b);
            }
            for (DiagramLine l : layout.lines()) {
                paintLine(d, l);
            }
            paintLineLabels(d, layout);
        } finally {
            d.dispose();
        }
        paintLegend(g, layout, MARGIN, diagramTop() + layout.height() + 12);
    }

    /**
     * Draws a text with its control characters written visibly: a name may hold anything, and
     * an SVG must stay XML (which forbids most control characters, escaped or not).
     */
    private static void draw(Graphics2D g, String text, float x, float y) {
        g.drawString(VisibleText.of(text), x, y);
    }

    private void paintTitle(Graphics2D g, DiagramTitle title) {
        g.setColor(color(style.text()));
        g.setFont(font(18, true));
        draw(g, text.get("title.heading"), (float) MARGIN, (float) (MARGIN + 18));
        g.setFont(font(12, false));
        g.setColor(color(style.detailText()));
        String context = title.context().isEmpty() ? text.get("title.noContext") : title.context();
        String line = text.format("title.source", title.source()) + "    " + text.format("title.context", context) + "    "
                + text.format("title.time", title.time());
        draw(g, line, (float) MARGIN, (float) (MARGIN + 40));
    }

    private void paintBox(Graphics2D g, DiagramLayout layout, DiagramBox b) {
        boolean group = b.kind() == BoxKind.NODE || b.kind() == BoxKind.NAMESPACE;
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), DiagramStyle.CORNER,
                DiagramStyle.CORNER);
        g.setColor(color(style.fill(layout, b)));
        g.fill(shape);
        g.setColor(color(style.stroke(layout, b)));
        g.setStroke(b.kind() == BoxKind.ADDRESS_BLOCK || b.kind() == BoxKind.OUTSIDE
                ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f)
                : new BasicStroke(group ? 2f : 1.2f));
        g.draw(shape);
        double size = style.titleSize(b.kind());
        g.setColor(color(style.text()));
        g.setFont(font(size, group || b.kind() == BoxKind.WORKLOAD || b.kind() == BoxKind.SERVICE));
        float tx = (float) (b.x() + 8);
        float ty = (float) (b.y() + 8 + size);
        draw(g, b.label(), tx, ty);
        g.setFont(font(DiagramStyle.DETAIL_SIZE, false));
        g.setColor(color(style.detailText()));
        double y = ty + 4;
        for (String detail : b.details()) {
            y += DiagramStyle.DETAIL_SIZE * 1.4;
            draw(g, detail, tx, (float) (y - 3));
        }
        paintBadges(g, b);
        for (DiagramBox c : b.children()) {
            paintBox(g, layout, c);
        }
    }

    private void paintBadges(Graphics2D g, DiagramBox b) {
        if (b.badges().isEmpty()) {
            return;
        }
        g.setFont(font(DiagramStyle.DETAIL_SIZE, true));
        FontMetrics fm = g.getFontMetrics();
        double right = b.x() + b.width() - 6;
        for (int i = b.badges().size() - 1; i >= 0; i--) {
            String badge = b.badges().get(i);
            double w = fm.stringWidth(badge) + 8;
            RoundRectangle2D tag = new RoundRectangle2D.Double(right - w, b.y() + 6, w, 16, 8, 8);
            g.setColor(color(style.badge()));
            g.fill(tag);
            g.setColor(Color.WHITE);
            draw(g, badge, (float) (right - w + 4), (float) (b.y() + 18));
            right -= w + 4;
        }
    }

    private void paintLine(Graphics2D g, DiagramLine l) {
        g.setColor(color(style.lineColor(l)));
        float width = (float) style.lineWidth(l);
        Stroke stroke = style.dashed(l)
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setStroke(stroke);
        g.draw(path(l.path()));
        if (l.kind() != LineKind.LOOPBACK) {
            g.fill(arrowHead(l, 4 + width * 2));
        }
    }

    /** The outline of a line's path as a Java2D path. */
    static Path2D path(LinePath linePath) {
        Path2D p = new Path2D.Double();
        linePath.trace(new LinePath.Tracer() {
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
        return p;
    }

    /** A filled triangle at the end of a line, along its last direction. */
    static Path2D arrowHead(DiagramLine l, double size) {
        double[] corners = ArrowHead.corners(l.path(), size);
        Path2D p = new Path2D.Double();
        p.moveTo(corners[0], corners[1]);
        p.lineTo(corners[2], corners[3]);
        p.lineTo(corners[4], corners[5]);
        p.closePath();
        return p;
    }

    /** The labels {@link LineLabels} places, on a halo of the page's colour. */
    private void paintLineLabels(Graphics2D g, DiagramLayout layout) {
        g.setFont(font(DiagramStyle.DETAIL_SIZE, false));
        FontMetrics fm = g.getFontMetrics();
        for (LineLabels.Placed p : LineLabels.of(layout)) {
            int halo = style.labelHalo();
            g.setColor(new Color((halo >> 16) & 0xFF, (halo >> 8) & 0xFF, halo & 0xFF, 225));
            g.fill(new RoundRectangle2D.Double(p.x(), p.y(), p.width(), p.height(), 6, 6));
            g.setColor(color(style.labelText(p.line())));
            double textWidth = fm.stringWidth(p.line().label());
            draw(g, p.line().label(), (float) (p.x() + (p.width() - textWidth) / 2),
                    (float) (p.y() + (p.height() + fm.getAscent() - fm.getDescent()) / 2));
        }
    }

    private double legendHeight(DiagramLayout layout) {
        int rows = LegendEntries.size() + 1 + (layout.namespaces().isEmpty() ? 0 : 1);
        return 20 + rows * LEGEND_ROW;
    }

    private void paintLegend(Graphics2D g, DiagramLayout layout, double x, double y) {
        g.setColor(color(style.text()));
        g.setFont(font(13, true));
        draw(g, text.get("legend.title"), (float) x, (float) (y + 14));
        double row = y + 20;
        g.setFont(font(11, false));
        for (LegendEntries.Entry e : LegendEntries.of(style)) {
            g.setColor(color(e.color()));
            if (e.badge()) {
                g.fill(new RoundRectangle2D.Double(x, row + 4, 36, 12, 6, 6));
            } else {
                g.setStroke(e.dashed()
                        ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                        : new BasicStroke(3f));
                g.drawLine((int) x, (int) (row + 10), (int) (x + 36), (int) (row + 10));
            }
            g.setColor(color(style.text()));
            draw(g, text.get(e.key()), (float) (x + 46), (float) (row + 14));
            row += LEGEND_ROW;
        }
        if (!layout.namespaces().isEmpty()) {
            draw(g, text.get("legend.namespaces"), (float) x, (float) (row + 14));
            double nx = x + 46 + g.getFontMetrics().stringWidth(text.get("legend.namespaces"));
            for (String ns : layout.namespaces()) {
                g.setColor(color(style.namespaceColor(layout, ns)));
                g.fill(new RoundRectangle2D.Double(nx, row + 3, 14, 14, 4, 4));
                g.setColor(color(style.text()));
                draw(g, ns, (float) (nx + 18), (float) (row + 14));
                nx += 30 + g.getFontMetrics().stringWidth(ns);
            }
        }
    }

    private static Font font(double size, boolean bold) {
        return new Font(DiagramStyle.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private static Color color(int rgb) {
        return new Color(rgb);
    }
}
