package io.kubereach.ui.view;

import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link MatrixFrame} on the JavaFX thread: the visible part of the cells (the tiles'
 * images scaled up, gaps and namespace boundaries, the hovered and the selected cell) and the
 * pinned row and column names of the visible rows and columns only. Names that do not fit their
 * header end in "…" (the header's tooltip gives them whole); workload names are left out below
 * {@link MatrixFrame#LABEL_CELL}, namespace bands never.
 */
final class MatrixPainter {

    /** The height of the namespace band above the columns of a workload matrix, and the width of the one beside its rows. */
    static final double BAND = 20;
    /** Room around a name. */
    static final double PAD = 6;
    private static final double BAND_FONT = 11;
    private static final int MAX_FITTED = 20_000;

    private final MatrixTiles tiles;
    private final Map<String, String> fitted = new HashMap<>();
    private final Text measure = new Text();

    MatrixPainter(MatrixTiles tiles) {
        this.tiles = tiles;
    }

    /**
     * Every how many rows a name is drawn: each row's when a cell is tall enough for its name,
     * else every second, third… row's (namespace matrices zoomed out; a workload matrix shows its
     * namespace bands instead).
     */
    static int stride(int cell) {
        return Math.max(1, (int) Math.ceil((fontSize(cell) + 1) / cell));
    }

    /** The size of a name's font at a cell size. */
    static double fontSize(int cell) {
        return Math.max(9, Math.min(13, cell * 0.72));
    }

    /** The width of a text in a font. */
    double width(String text, Font font) {
        measure.setText(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The width of the widest name of a matrix at the largest cells, bold. */
    double longestName(ReachabilityMatrix m) {
        return longest(m, ReachabilityMatrix.Header::name, Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
                fontSize(MatrixGrid.MAX_CELL)));
    }

    /** The width of the widest namespace name of a matrix, in the namespace bands' font. */
    double longestNamespace(ReachabilityMatrix m) {
        return longest(m, ReachabilityMatrix.Header::namespace, Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, BAND_FONT));
    }

    /** The widest of the longest texts (by letters, the 24 longest measured). */
    private double longest(ReachabilityMatrix m, java.util.function.Function<ReachabilityMatrix.Header, String> text, Font font) {
        return m.headers().stream().map(text).distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(24)
                .mapToDouble(s -> width(s, font)).max().orElse(0);
    }

    /** The cells; whether every visible tile was there to draw (else it is drawn when it arrives). */
    boolean cells(GraphicsContext g, MatrixFrame f) {
        MatrixPalette p = f.palette();
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), f.height());
        int r0 = f.firstRow();
        int r1 = f.lastRow();
        int c0 = f.firstColumn();
        int c1 = f.lastColumn();
        if (r1 < r0 || c1 < c0) {
            return f.matrix().size() == 0; // nothing visible: not drawn yet, unless there is nothing to draw
        }
        int cell = f.cell();
        boolean[] whole = {true};
        g.setImageSmoothing(false);
        MatrixTiles.forTiles(r0, r1, c0, c1, t -> {
            int top = t[0] * MatrixTiles.TILE;
            int left = t[1] * MatrixTiles.TILE;
            int rs = Math.max(r0, top);
            int re = Math.min(r1, top + MatrixTiles.TILE - 1);
            int cs = Math.max(c0, left);
            int ce = Math.min(c1, left + MatrixTiles.TILE - 1);
            Image image = tiles.tile(t[0], t[1]);
            if (image == null) {
                whole[0] = false;
                g.setFill(p.band()); // painted in a moment
                g.fillRect(f.columnX(cs), f.rowY(rs), (ce - cs + 1.0) * cell, (re - rs + 1.0) * cell);
            } else {
                g.drawImage(image, cs - left, rs - top, ce - cs + 1, re - rs + 1, f.columnX(cs), f.rowY(rs), (ce - cs + 1.0) * cell,
                        (re - rs + 1.0) * cell);
            }
        });
        double right = Math.min(f.width(), f.side() - f.scrollX());
        double bottom = Math.min(f.height(), f.side() - f.scrollY());
        g.setFill(p.background());
        if (cell >= MatrixFrame.GAP_CELL) {
            for (int c = c0; c <= c1; c++) {
                g.fillRect(f.columnX(c), 0, 1, bottom);
            }
            for (int r = r0; r <= r1; r++) {
                g.fillRect(0, f.rowY(r), right, 1);
            }
        }
        g.setFill(p.text().deriveColor(0, 1, 1, 0.55));
        for (int i = Math.max(1, Math.min(r0, c0)); i <= Math.max(r1, c1); i++) {
            if (f.startsNamespace(i)) {
                g.fillRect(0, f.rowY(i) - 1, right, 2);
                g.fillRect(f.columnX(i) - 1, 0, 2, bottom);
            }
        }
        f.hover().ifPresent(h -> outline(g, f, h, p.text(), 1.5));
        f.selected().ifPresent(s -> outline(g, f, s, p.highlight(), 3));
        return whole[0];
    }

    private static void outline(GraphicsContext g, MatrixFrame f, MatrixViewModel.Cell c, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeRect(f.columnX(c.column()) + width / 2, f.rowY(c.row()) + width / 2, f.cell() - width + 1, f.cell() - width + 1);
    }

    /** The row names: a namespace band (workload matrix) and the names of the rows shown. */
    void rows(GraphicsContext g, MatrixFrame f, double bandWidth) {
        MatrixPalette p = f.palette();
        double w = f.rowHeader();
        g.setFill(p.background());
        g.fillRect(0, 0, w, f.height());
        int r0 = f.firstRow();
        int r1 = f.lastRow();
        if (r1 < r0) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        boolean names = f.cell() >= MatrixFrame.LABEL_CELL || bandWidth == 0;
        if (bandWidth > 0) {
            // beside the workload names, a narrow strip with the namespace upright; without them, the namespace across the header
            Font band = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, BAND_FONT);
            double strip = names ? bandWidth : w;
            g.setFont(band);
            g.setFill(p.detailText());
            for (int r = f.bands().start()[r0]; r <= r1; r = f.bands().end()[r] + 1) {
                double top = f.rowY(r);
                double bottom = f.rowY(f.bands().end()[r] + 1);
                shade(g, f, r, 0, top, strip, bottom - top);
                double from = Math.max(top, 0);
                double to = Math.min(bottom, f.height());
                String namespace = f.matrix().headers().get(r).namespace();
                g.setFill(p.detailText());
                if (names && to - from >= 3 * BAND_FONT) {
                    g.save();
                    g.translate(strip / 2, to - PAD / 2);
                    g.rotate(-90);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.fillText(fit(namespace, band, to - from - PAD), 0, 0);
                    g.restore();
                } else if (!names && to - from >= BAND_FONT + 2) {
                    g.setTextAlign(TextAlignment.LEFT);
                    g.fillText(fit(namespace, band, strip - PAD * 2), PAD, from + (Math.min(to - from, 2 * BAND_FONT)) / 2);
                }
            }
        }
        if (!names) {
            return;
        }
        Font font = Font.font(Font.getDefault().getFamily(), fontSize(f.cell()));
        g.setTextAlign(TextAlignment.RIGHT);
        int stride = stride(f.cell());
        for (int r = r0 - r0 % stride; r <= r1; r += stride) {
            int row = r;
            Font shown = mark(g, p, font, f.selected().filter(s -> s.row() == row).isPresent(),
                    f.hover().filter(x -> x.row() == row).isPresent(), bandWidth, f.rowY(r), w - bandWidth, f.cell());
            g.fillText(fit(f.matrix().headers().get(r).name(), shown, w - bandWidth - PAD * 2), w - PAD, f.rowY(r) + f.cell() / 2.0);
        }
    }

    /** The column names: a namespace band (workload matrix) and the names of the columns shown, upright. */
    void columns(GraphicsContext g, MatrixFrame f, double bandHeight) {
        MatrixPalette p = f.palette();
        double h = f.columnHeader();
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), h);
        int c0 = f.firstColumn();
        int c1 = f.lastColumn();
        if (c1 < c0) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        if (bandHeight > 0) {
            Font band = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, BAND_FONT);
            for (int c = f.bands().start()[c0]; c <= c1; c = f.bands().end()[c] + 1) {
                double left = f.columnX(c);
                double right = f.columnX(f.bands().end()[c] + 1);
                shade(g, f, c, left, 0, right - left, bandHeight);
                double room = right - Math.max(left, 0) - PAD * 2;
                if (room >= 3 * BAND_FONT) {
                    g.setFont(band);
                    g.setFill(p.detailText());
                    g.setTextAlign(TextAlignment.LEFT);
                    g.fillText(fit(f.matrix().headers().get(c).namespace(), band, room), Math.max(left, 0) + PAD, bandHeight / 2);
                }
            }
        }
        if (f.cell() < MatrixFrame.LABEL_CELL && bandHeight > 0) {
            return;
        }
        Font font = Font.font(Font.getDefault().getFamily(), fontSize(f.cell()));
        g.setTextAlign(TextAlignment.LEFT);
        int stride = stride(f.cell());
        for (int c = c0 - c0 % stride; c <= c1; c += stride) {
            int column = c;
            Font shown = mark(g, p, font, f.selected().filter(s -> s.column() == column).isPresent(),
                    f.hover().filter(x -> x.column() == column).isPresent(), f.columnX(c), bandHeight, f.cell(), h - bandHeight);
            g.save();
            g.translate(f.columnX(c) + f.cell() / 2.0, h - PAD);
            g.rotate(-90);
            g.fillText(fit(f.matrix().headers().get(c).name(), shown, h - bandHeight - PAD * 2), 0, 0);
            g.restore();
        }
    }

    /**
     * The name of the selected row or column in bold and the highlight colour on a tinted band,
     * a hovered one's on a grey band, any other as it is: sets the fill for the name and returns its font.
     */
    private static Font mark(GraphicsContext g, MatrixPalette p, Font font, boolean selected, boolean hovered, double x, double y, double w,
            double h) {
        if (hovered || selected) {
            g.setFill(selected ? p.highlight().deriveColor(0, 1, 1, 0.15) : p.band());
            g.fillRect(x, y, w, h);
        }
        Font shown = selected ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()) : font;
        g.setFont(shown);
        g.setFill(selected ? p.highlight() : p.text());
        return shown;
    }

    /** Every other namespace's band is shaded. */
    private static void shade(GraphicsContext g, MatrixFrame f, int first, double x, double y, double w, double h) {
        if (f.bands().index()[first] % 2 == 1) {
            g.setFill(f.palette().band());
            g.fillRect(x, y, w, h);
        }
    }

    /** The name as it fits a width: whole, or cut and ended with "…". Remembered per font and width. */
    String fit(String name, Font font, double room) {
        String key = font.getSize() + "|" + font.getStyle() + "|" + Math.round(room) + "|" + name;
        if (fitted.size() > MAX_FITTED) {
            fitted.clear();
        }
        return fitted.computeIfAbsent(key, k -> {
            if (width(name, font) <= room) {
                return name;
            }
            int keep = name.length();
            while (keep > 1 && width(name.substring(0, keep) + "…", font) > room) {
                keep--;
            }
            return name.substring(0, keep) + "…";
        });
    }

    /** Forgets the names fitted so far (another matrix). */
    void forget() {
        fitted.clear();
    }

    /** A row or column name with its namespace, for a header's tooltip. */
    static String fullName(ReachabilityMatrix.Header h, boolean namespaces) {
        return namespaces ? h.name() : h.namespace() + "/" + h.name();
    }
}
