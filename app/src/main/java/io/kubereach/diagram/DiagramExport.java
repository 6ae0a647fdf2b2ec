package io.kubereach.diagram;

import io.kubereach.files.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/** Writes the whole picture of a layout, with title and legend, as a PNG or an SVG file, light or dark. Runs headless. */
public final class DiagramExport {

    /** A picture is at most this many pixels (or SVG units) a side: beyond, no viewer opens it. */
    public static final int MAX_SIDE = 16_384;

    private final DiagramPainter painter;

    /** An exporter writing in the language of {@code text}, in the light style. */
    public DiagramExport(DiagramText text) {
        this(text, DiagramStyle.LIGHT);
    }

    /** An exporter writing in the language of {@code text}, in a style (light or dark). */
    public DiagramExport(DiagramText text, DiagramStyle style) {
        this.painter = new DiagramPainter(text, style);
    }

    /** An exporter that also draws the exposure layer's marks, and their legend, when {@code exposure} is given. */
    public DiagramExport(DiagramText text, DiagramStyle style, java.util.Optional<ExposureMarks> exposure) {
        this.painter = new DiagramPainter(text, style, exposure);
    }

    /** The size in pixels of the PNG at a scale, every box open. */
    public long[] pngSize(DiagramLayout layout, double scale) {
        return pngSize(layout, DetailLevel.POD, scale);
    }

    /** The size in pixels of the PNG of a level at a scale. */
    public long[] pngSize(DiagramLayout layout, DetailLevel level, double scale) {
        double zoom = DiagramPainter.zoomFor(layout, level);
        return new long[] {(long) Math.ceil(painter.pageWidth(layout, zoom) * scale), (long) Math.ceil(painter.pageHeight(layout, zoom) * scale)};
    }

    /** Whether a picture of this size ({@code [width, height]}) is at most {@link #MAX_SIDE} a side. */
    public static boolean fits(long[] size) {
        return size[0] <= MAX_SIDE && size[1] <= MAX_SIDE;
    }

    /** Writes a PNG at a scale (1 or 2), every box open. */
    public void png(DiagramLayout layout, DiagramTitle title, double scale, Path file) throws IOException {
        png(layout, title, DetailLevel.POD, scale, file);
    }

    /** Writes a PNG of a level at a scale, replacing the file only once the picture is complete (see {@link AtomicFile}). */
    public void png(DiagramLayout layout, DiagramTitle title, DetailLevel level, double scale, Path file) throws IOException {
        png(layout, layout.lineSet(level), title, level, scale, file);
    }

    /** Writes a PNG of a level at a scale, with that level's lines already worked out ({@code layout.lineSet(level)}). */
    public void png(DiagramLayout layout, LineSet lines, DiagramTitle title, DetailLevel level, double scale, Path file) throws IOException {
        BufferedImage image = painter.image(layout, lines, title, level, scale);
        AtomicFile.write(file, out -> PngWriter.write(image, out));
    }

    /** The SVG document of the picture, every box open. */
    public String svg(DiagramLayout layout, DiagramTitle title) {
        return svg(layout, title, DetailLevel.POD);
    }

    /** The SVG document of the picture at a level. */
    public String svg(DiagramLayout layout, DiagramTitle title, DetailLevel level) {
        return svg(layout, layout.lineSet(level), title, level);
    }

    private String svg(DiagramLayout layout, LineSet lines, DiagramTitle title, DetailLevel level) {
        double zoom = DiagramPainter.zoomFor(layout, level);
        SVGGraphics2D g = new SVGGraphics2D(painter.pageWidth(layout, zoom), painter.pageHeight(layout, zoom));
        painter.paint(g, layout, lines, title, level);
        return g.getSVGDocument();
    }

    /** Writes an SVG file, every box open. */
    public void svg(DiagramLayout layout, DiagramTitle title, Path file) throws IOException {
        svg(layout, title, DetailLevel.POD, file);
    }

    /** Writes an SVG file of a level, replacing it only once the document is complete (see {@link AtomicFile}). */
    public void svg(DiagramLayout layout, DiagramTitle title, DetailLevel level, Path file) throws IOException {
        svg(layout, layout.lineSet(level), title, level, file);
    }

    /** Writes an SVG file of a level, with that level's lines already worked out ({@code layout.lineSet(level)}). */
    public void svg(DiagramLayout layout, LineSet lines, DiagramTitle title, DetailLevel level, Path file) throws IOException {
        byte[] document = svg(layout, lines, title, level).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(document));
    }
}
