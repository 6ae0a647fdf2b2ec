package io.kubereach.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/** Writes the whole picture of a layout, with title and legend, as a PNG or an SVG file, light or dark. Runs headless. */
public final class DiagramExport {

    private final DiagramPainter painter;

    /** An exporter writing in the language of {@code text}, in a style (light or dark). */
    public DiagramExport(DiagramText text, DiagramStyle style) {
        this.painter = new DiagramPainter(text, style);
    }

    /** The size in pixels of the PNG at a scale. */
    public long[] pngSize(DiagramLayout layout, double scale) {
        return new long[] {(long) Math.ceil(painter.pageWidth(layout) * scale), (long) Math.ceil(painter.pageHeight(layout) * scale)};
    }

    /** Writes a PNG at a scale (1 or 2). */
    public void png(DiagramLayout layout, DiagramTitle title, double scale, Path file) throws IOException {
        PngWriter.write(painter.image(layout, title, scale), file);
    }

    /** The SVG document of the picture. */
    public String svg(DiagramLayout layout, DiagramTitle title) {
        SVGGraphics2D g = new SVGGraphics2D(painter.pageWidth(layout), painter.pageHeight(layout));
        painter.paint(g, layout, title);
        return g.getSVGDocument();
    }

    /** Writes an SVG file. */
    public void svg(DiagramLayout layout, DiagramTitle title, Path file) throws IOException {
        Files.writeString(file, svg(layout, title), StandardCharsets.UTF_8);
    }
}
