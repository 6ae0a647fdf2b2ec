package io.kubereach.diagram;

import io.kubereach.text.VisibleText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final java.util.Optional<ExposureMarks> exposure;

    /** A painter writing in the language of {@code text}, in the light style. */
    public DiagramPainter(DiagramText text) {
        this(text, DiagramStyle.LIGHT);
    }

    /** A painter writing in the language of {@code text}, in a style (light or dark). */
    public DiagramPainter(DiagramText text, DiagramStyle style) {
        this(text, style, java.util.Optional.empty());
    }

    /**
     * A painter that also draws the exposure layer when {@code exposure} is given: its marks on the
     * boxes, and what they mean in the legend (even when no box is marked).
     */
    public DiagramPainter(DiagramText text, DiagramStyle style, java.util.Optional<ExposureMarks> exposure) {
        this.text = text;
        this.style = style;
        this.exposure = exposure;
    }

    /** The style it paints in. */
    public DiagramStyle style() {
        return style;
    }

    /** The width of the page a layout is painted on at 100 %, title and legend included. */
    public double pageWidth(DiagramLayout layout) {
        return pageWidth(layout, 1);
    }

    /** The height of the page a layout is painted on at 100 %, title and legend included. */
    public double pageHeight(DiagramLayout layout) {
        return pageHeight(layout, 1);
    }

    /** The width of the page a layout is painted on at a zoom. */
    public double pageWidth(DiagramLayout layout, double zoom) {
        return Math.max(layout.width() * zoom, 560) + 2 * MARGIN;
    }

    /** The height of the page a layout is painted on at a zoom. */
    public double pageHeight(DiagramLayout layout, double zoom) {
        return TITLE_HEIGHT + layout.height() * zoom + legendHeight(layout, pageWidth(layout, zoom)) + 2 * MARGIN;
    }

    /** Where the diagram itself starts on the page, below the title block. */
    public double diagramTop() {
        return MARGIN + TITLE_HEIGHT;
    }

    /**
     * The zoom a whole picture is drawn at for a level: 100 % with pods open; at the workload
     * level, the zoom where every group shows its workloads; at the namespace level, the zoom
     * where every group's name fits it (the picture at least a thousand pixels wide). Never above 100 %.
     */
    public static double zoomFor(DiagramLayout layout, DetailLevel level) {
        double zoom = switch (level) {
            case POD -> 1;
            case WORKLOAD -> {
                // every group open, and every workload (and Service) wide enough for its whole name
                double z = 0;
                for (DiagramBox b : layout.boxes()) {
                    if (isGroup(b) && !b.children().isEmpty()) {
                        z = Math.max(z, layout.openZoom(b));
                        for (DiagramBox c : b.children()) {
                            z = Math.max(z, PictureRenderer.titleRoomNeeded(c) / c.width());
                        }
                    }
                }
                yield z == 0 ? 1 : z;
            }
            case NAMESPACE -> {
                double z = 1000 / Math.max(1, layout.width());
                for (DiagramBox b : layout.boxes()) {
                    if (isGroup(b)) {
                        z = Math.max(z, (TextFit.measure(b.label(), PictureRenderer.MIN_TEXT + 1, true) + 16) / b.width());
                    }
                }
                yield z;
            }
        };
        return Math.min(1, zoom);
    }

    private static boolean isGroup(DiagramBox b) {
        return b.kind() == BoxKind.NAMESPACE || b.kind() == BoxKind.NODE;
    }

    /** The page as an image at a scale (1 or 2), every box open: the style's background, title, diagram, legend. */
    public BufferedImage image(DiagramLayout layout, DiagramTitle title, double scale) {
        return image(layout, title, DetailLevel.POD, scale);
    }

    /** The page as an image of a level at a scale. */
    public BufferedImage image(DiagramLayout layout, DiagramTitle title, DetailLevel level, double scale) {
        return image(layout, layout.lineSet(level), title, level, scale);
    }

    /** The page as an image of a level at a scale, with that level's lines already worked out ({@code layout.lineSet(level)}). */
    public BufferedImage image(DiagramLayout layout, LineSet lines, DiagramTitle title, DetailLevel level, double scale) {
        double zoom = zoomFor(layout, level);
        int w = (int) Math.ceil(pageWidth(layout, zoom) * scale);
        int h = (int) Math.ceil(pageHeight(layout, zoom) * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, layout, lines, title, level);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the page with every box open at the graphics' current transform. */
    public void paint(Graphics2D g, DiagramLayout layout, DiagramTitle title) {
        paint(g, layout, title, DetailLevel.POD);
    }

    /** Paints the page of a level at the graphics' current transform. */
    public void paint(Graphics2D g, DiagramLayout layout, DiagramTitle title, DetailLevel level) {
        paint(g, layout, layout.lineSet(level), title, level);
    }

    /** Paints the page of a level, with that level's lines already worked out ({@code layout.lineSet(level)}). */
    public void paint(Graphics2D g, DiagramLayout layout, LineSet lines, DiagramTitle title, DetailLevel level) {
        double zoom = zoomFor(layout, level);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(color(style.background()));
        g.fill(new Rectangle2D.Double(0, 0, pageWidth(layout, zoom), pageHeight(layout, zoom)));
        paintTitle(g, title);
        Viewport view = new Viewport(MARGIN, diagramTop(), zoom, pageWidth(layout, zoom), pageHeight(layout, zoom));
        new PictureRenderer(layout, lines, style, Emphasis.NONE, exposure.orElse(ExposureMarks.NONE)).render(new AwtPen(g), view, level);
        paintLegend(g, layout, MARGIN, diagramTop() + layout.height() * zoom + 12, pageWidth(layout, zoom));
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

    private double legendHeight(DiagramLayout layout, double pageWidth) {
        int rows = LegendEntries.size(layout.showsChanges(), exposure.isPresent()) + 1 + namespaceRows(layout, pageWidth).size();
        return 20 + rows * LEGEND_ROW;
    }

    /** The namespaces of the legend in rows that fit the page, each name with the x where its swatch goes. */
    private List<List<Map.Entry<String, Double>>> namespaceRows(DiagramLayout layout, double pageWidth) {
        List<List<Map.Entry<String, Double>>> rows = new ArrayList<>();
        double start = MARGIN + 46 + TextFit.measure(text.get("legend.namespaces"), 11, false);
        double x = start;
        List<Map.Entry<String, Double>> row = new ArrayList<>();
        for (String ns : layout.namespaces()) {
            double width = 30 + TextFit.measure(VisibleText.of(ns), 11, false);
            if (!row.isEmpty() && x + width > pageWidth - MARGIN) {
                rows.add(row);
                row = new ArrayList<>();
                x = start;
            }
            row.add(Map.entry(ns, x));
            x += width;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void paintLegend(Graphics2D g, DiagramLayout layout, double x, double y, double pageWidth) {
        g.setColor(color(style.text()));
        g.setFont(font(13, true));
        draw(g, text.get("legend.title"), (float) x, (float) (y + 14));
        double row = y + 20;
        g.setFont(font(11, false));
        for (LegendEntries.Entry e : LegendEntries.of(style, layout.showsChanges(), exposure.isPresent())) {
            g.setColor(color(e.color()));
            double words = 46;
            if (e.badge() && !e.word().isEmpty()) {
                words = Math.max(words, markSample(g, text.get(e.word()), x, row) + 10);
            } else if (e.badge()) {
                g.fill(new RoundRectangle2D.Double(x, row + 4, 36, 12, 6, 6));
            } else if (!e.word().isEmpty()) {
                g.drawString(text.get(e.word()), (float) x, (float) (row + 14));
            } else {
                g.setStroke(e.dashed()
                        ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                        : new BasicStroke(3f));
                g.drawLine((int) x, (int) (row + 10), (int) (x + 36), (int) (row + 10));
            }
            g.setColor(color(style.text()));
            if (!e.badge() && !e.word().isEmpty()) {
                words = Math.max(words, TextFit.measure(text.get(e.word()), 11, false) + 10);
            }
            draw(g, text.get(e.key()), (float) (x + words), (float) (row + 14));
            row += LEGEND_ROW;
        }
        List<List<Map.Entry<String, Double>>> rows = namespaceRows(layout, pageWidth);
        if (!rows.isEmpty()) {
            draw(g, text.get("legend.namespaces"), (float) x, (float) (row + 14));
        }
        for (List<Map.Entry<String, Double>> names : rows) {
            for (Map.Entry<String, Double> ns : names) {
                double nx = ns.getValue();
                g.setColor(color(style.namespaceColor(layout, ns.getKey())));
                g.fill(new RoundRectangle2D.Double(nx, row + 3, 14, 14, 4, 4));
                g.setColor(color(style.text()));
                draw(g, ns.getKey(), (float) (nx + 18), (float) (row + 14));
            }
            row += LEGEND_ROW;
        }
    }

    /** An exposure mark as the boxes carry it, in the current colour: a bar, then a tag with its words; returns its width. */
    private static double markSample(Graphics2D g, String words, double x, double row) {
        double tw = TextFit.measure(words, 10, true) + 8;
        g.fill(new Rectangle2D.Double(x, row + 1, 4, 18));
        g.fill(new RoundRectangle2D.Double(x + 8, row + 3, tw, 14, 6, 6));
        g.setColor(Color.WHITE);
        g.setFont(font(10, true));
        draw(g, words, (float) (x + 12), (float) (row + 14));
        g.setFont(font(11, false));
        return 8 + tw;
    }

    private static Font font(double size, boolean bold) {
        return new Font(DiagramStyle.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private static Color color(int rgb) {
        return new Color(rgb);
    }
}
