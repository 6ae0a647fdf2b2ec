package io.kubereach.ui.view;

import io.kubereach.graph.ReachabilityMatrix;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The cells of a matrix as tiles of {@value #TILE} × {@value #TILE} cells, one pixel a cell,
 * painted on a background thread and only when asked for (the grid asks for the tiles it shows);
 * the grid scales them up without smoothing, so a cell is a crisp square at every zoom and a zoom
 * paints nothing anew. The JavaFX thread only copies a finished tile's pixels into an image.
 *
 * <p>Use on the JavaFX thread, except {@link #paint}, which is what the painter thread runs.
 */
final class MatrixTiles {

    /** Cells a tile side. */
    static final int TILE = 256;
    /** Tiles kept; 64 tiles of 256 KB each. */
    private static final int KEPT = 64;

    /** One painter thread for every grid of the app, so that a rebuilt window does not add threads. */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kubereach-matrix-tiles");
        t.setDaemon(true);
        return t;
    });

    private final Executor painter;
    private final Executor toolkit;
    private final Runnable arrived;
    private final Map<Long, Image> ready = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Long> pending = new HashSet<>();
    private ReachabilityMatrix matrix;
    private MatrixPalette palette;
    private int generation;

    /**
     * Tiles painted by {@code painter}, handed over through {@code toolkit} (the JavaFX thread),
     * after which {@code arrived} runs there.
     */
    MatrixTiles(Executor painter, Executor toolkit, Runnable arrived) {
        this.painter = painter;
        this.toolkit = toolkit;
        this.arrived = arrived;
    }

    /** Tiles painted by the app's painter thread. */
    static MatrixTiles onPainterThread(Runnable arrived) {
        return new MatrixTiles(PAINTER, javafx.application.Platform::runLater, arrived);
    }

    /** Paints another matrix, or the same in other colours: every tile painted before is dropped. */
    void show(ReachabilityMatrix shown, MatrixPalette colours) {
        matrix = shown;
        palette = colours;
        generation++;
        ready.clear();
        pending.clear();
    }

    /** The number of tiles a side. */
    int tilesPerSide() {
        return matrix == null ? 0 : (matrix.size() + TILE - 1) / TILE;
    }

    /** A tile's image; null while it is being painted (asking for it has it painted). */
    Image tile(int tileRow, int tileColumn) {
        long key = ((long) tileRow << 32) | tileColumn;
        Image image = ready.get(key);
        if (image != null || matrix == null || !pending.add(key)) {
            return image;
        }
        int paintedFor = generation;
        ReachabilityMatrix m = matrix;
        MatrixPalette colours = palette;
        painter.execute(() -> {
            int[] pixels = paint(m, colours, tileRow, tileColumn);
            toolkit.execute(() -> took(paintedFor, key, pixels, width(m, tileColumn), width(m, tileRow)));
        });
        return null;
    }

    private void took(int paintedFor, long key, int[] pixels, int width, int height) {
        if (paintedFor != generation) {
            return; // painted for a matrix or colours no longer shown
        }
        pending.remove(key);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        ready.put(key, image);
        arrived.run();
    }

    private static int width(ReachabilityMatrix m, int tile) {
        return Math.min(TILE, m.size() - tile * TILE);
    }

    /** The pixels of one tile, a cell a pixel, row by row: what the painter thread computes. */
    static int[] paint(ReachabilityMatrix m, MatrixPalette colours, int tileRow, int tileColumn) {
        int width = width(m, tileColumn);
        int height = width(m, tileRow);
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = tileRow * TILE + y;
            for (int x = 0; x < width; x++) {
                int column = tileColumn * TILE + x;
                pixels[y * width + x] = colours.cell(m.verdict(row, column), m.policyInvolved(row, column));
            }
        }
        return pixels;
    }

    /** Runs {@code work} for every tile of a range of cells, rows then columns (for the grid's drawing). */
    static void forTiles(int firstRow, int lastRow, int firstColumn, int lastColumn, Consumer<int[]> work) {
        for (int tr = firstRow / TILE; tr <= lastRow / TILE; tr++) {
            for (int tc = firstColumn / TILE; tc <= lastColumn / TILE; tc++) {
                work.accept(new int[] {tr, tc});
            }
        }
    }
}
