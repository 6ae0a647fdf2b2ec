package io.kubereach.ui.view;

import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * A virtualised reachability matrix: the row names pinned on the left, the column names pinned on
 * top, the cells scrolled beneath them; only what is visible is drawn, the cells from tiles painted
 * off the JavaFX thread ({@link MatrixTiles}). The wheel scrolls (Shift: sideways), Ctrl+wheel
 * and Ctrl+Plus/Minus zoom, the arrow keys move the selected cell; hovering a cell tells its pair,
 * clicking it (or Enter) asks for its answer.
 */
final class MatrixGrid extends Region {

    static final int MIN_CELL = 2;
    static final int MAX_CELL = 40;
    /** A matrix opens at this cell size at least, where names are legible, unless it fits whole at a larger one. */
    static final int OPEN_CELL = 14;
    private static final double MAX_ROW_HEADER = 420;
    private static final double MAX_COLUMN_HEADER = 240;

    private final Canvas rows = new Canvas();
    private final Canvas columns = new Canvas();
    private final Canvas cells = new Canvas();
    private final ScrollBar across = new ScrollBar();
    private final ScrollBar down = new ScrollBar();
    private final Tooltip cellTip = new Tooltip();
    private final Tooltip headerTip = new Tooltip();
    private final MatrixTiles tiles;
    private final MatrixPainter painter;
    private final Consumer<MatrixViewModel.Cell> select;
    private final Function<MatrixViewModel.Cell, String> describe;
    private ReachabilityMatrix matrix;
    private MatrixFrame.Bands bands;
    private MatrixPalette palette;
    private int cell = OPEN_CELL;
    private double rowHeader;
    private double columnHeader;
    /** The width of the row names when only the namespace bands are drawn. */
    private double bandHeader;
    private double bandWidth;
    private Optional<MatrixViewModel.Cell> hover = Optional.empty();
    private Optional<MatrixViewModel.Cell> selected = Optional.empty();
    private boolean fitted;
    /** When the matrix shown was handed over, until all its visible cells were first drawn (0 after). */
    private long shownAt;
    private boolean drawnWhole;
    /** Where the pointer is over the cells, null when it is not: a scroll or zoom moves other cells under it. */
    private double[] pointer;

    /**
     * A grid whose tiles are painted by {@code tiles}.
     *
     * @param select asks for the answer of a cell's pair
     * @param describe the tooltip of a cell
     */
    MatrixGrid(Function<Runnable, MatrixTiles> tiles, MatrixPalette palette, Consumer<MatrixViewModel.Cell> select,
            Function<MatrixViewModel.Cell, String> describe) {
        this.tiles = tiles.apply(this::draw);
        this.painter = new MatrixPainter(this.tiles);
        this.palette = palette;
        this.select = select;
        this.describe = describe;
        down.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(cells, rows, columns, across, down);
        across.valueProperty().addListener((obs, old, now) -> draw());
        down.valueProperty().addListener((obs, old, now) -> draw());
        cellTip.setShowDelay(Duration.millis(200));
        cellTip.setOnShowing(e -> hideIfEmpty(cellTip));
        headerTip.setShowDelay(Duration.millis(200));
        headerTip.setOnShowing(e -> hideIfEmpty(headerTip));
        Tooltip.install(cells, cellTip);
        Tooltip.install(rows, headerTip);
        Tooltip.install(columns, headerTip);
        cells.setOnMouseMoved(e -> {
            pointer = new double[] {e.getX(), e.getY()};
            hover(frame().cellAt(e.getX(), e.getY()));
        });
        cells.setOnMouseExited(e -> {
            pointer = null;
            hover(Optional.empty());
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            e.consume(); // else the tab pane around takes the focus back, and the arrow keys switch tabs
        });
        cells.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                frame().cellAt(e.getX(), e.getY()).ifPresent(select);
            }
        });
        rows.setOnMouseMoved(e -> headerTip.setText(matrix == null ? "" : frame().rowAt(e.getY()).map(this::fullName).orElse("")));
        columns.setOnMouseMoved(e -> headerTip.setText(matrix == null ? "" : frame().columnAt(e.getX()).map(this::fullName).orElse("")));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setFocusTraversable(true);
        getStyleClass().add("matrix-grid");
        setId("matrix-grid");
    }

    private static void hideIfEmpty(Tooltip tip) {
        if (tip.getText() == null || tip.getText().isEmpty()) {
            javafx.application.Platform.runLater(tip::hide);
        }
    }

    private String fullName(int index) {
        return MatrixPainter.fullName(matrix.headers().get(index), matrix.ofNamespaces());
    }

    /** Shows a matrix (or nothing), fitted when it fits at a legible size, else at {@link #OPEN_CELL} from the top left. */
    void show(ReachabilityMatrix shown) {
        matrix = shown;
        bands = shown == null ? null : MatrixFrame.Bands.of(shown);
        hover = Optional.empty();
        painter.forget();
        tiles.show(shown, palette);
        shownAt = System.nanoTime();
        if (shown != null) {
            measureHeaders();
            across.setValue(0);
            down.setValue(0);
            fitted = false;
        }
        requestLayout();
        draw();
    }

    /** Draws in other colours. */
    void setPalette(MatrixPalette colours) {
        palette = colours;
        tiles.show(matrix, colours);
        draw();
    }

    /** Marks the cell of the pair selected, scrolled into view. */
    void setSelected(Optional<MatrixViewModel.Cell> cell) {
        selected = cell;
        cell.ifPresent(this::reveal);
        draw();
    }

    private void measureHeaders() {
        boolean workloads = !matrix.ofNamespaces();
        double names = painter.longestName(matrix);
        bandWidth = workloads ? MatrixPainter.BAND : 0;
        rowHeader = Math.min(MAX_ROW_HEADER, bandWidth + names + 2 * MatrixPainter.PAD);
        bandHeader = Math.min(MAX_ROW_HEADER, painter.longestNamespace(matrix) + 2 * MatrixPainter.PAD);
        columnHeader = Math.min(MAX_COLUMN_HEADER, names + 2 * MatrixPainter.PAD) + (workloads ? MatrixPainter.BAND : 0);
    }

    /** What is shown now. */
    MatrixFrame frame() {
        return new MatrixFrame(matrix, palette, cell, across.getValue(), down.getValue(), cells.getWidth(), cells.getHeight(),
                rows.getWidth(), columns.getHeight(), hover, selected, bands);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = down.prefWidth(-1);
        boolean names = matrix != null && (matrix.ofNamespaces() || cell >= MatrixFrame.LABEL_CELL);
        // without the workload names (too small to read), the names take no room: the namespace bands do
        double rowW = matrix == null ? 0 : Math.min(names ? rowHeader : bandHeader, w * 0.6);
        double colH = matrix == null ? 0 : Math.min(names ? columnHeader : MatrixPainter.BAND, h * 0.4);
        double viewW = Math.max(0, w - rowW - bar);
        double viewH = Math.max(0, h - colH - bar);
        place(columns, rowW, 0, viewW, colH);
        place(rows, 0, colH, rowW, viewH);
        place(cells, rowW, colH, viewW, viewH);
        down.resizeRelocate(w - bar, colH, bar, viewH);
        across.resizeRelocate(rowW, h - bar, viewW, bar);
        if (matrix != null && !fitted && viewW > 0 && viewH > 0) {
            fitted = true;
            int fit = (int) Math.floor(Math.min(viewW, viewH) / Math.max(1, matrix.size()));
            cell = Math.max(OPEN_CELL, Math.min(fit, MAX_CELL));
        }
        updateBars();
        draw();
    }

    private static void place(Canvas canvas, double x, double y, double w, double h) {
        canvas.relocate(x, y);
        canvas.setWidth(w);
        canvas.setHeight(h);
    }

    private void updateBars() {
        double side = matrix == null ? 0 : (double) matrix.size() * cell;
        bar(across, side, cells.getWidth());
        bar(down, side, cells.getHeight());
    }

    private void bar(ScrollBar bar, double side, double view) {
        double max = Math.max(0, side - view);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(side <= 0 ? 0 : max * view / side);
        bar.setUnitIncrement(cell);
        bar.setBlockIncrement(Math.max(cell, view * 0.9));
        bar.setValue(Math.max(0, Math.min(max, bar.getValue())));
        bar.setVisible(max > 0);
    }

    /** Zooms to a cell size, keeping the cell under a point of the cell area where it is. */
    void zoom(int size, double anchorX, double anchorY) {
        int next = Math.max(MIN_CELL, Math.min(MAX_CELL, size));
        if (matrix == null || next == cell) {
            return;
        }
        fitted = true; // the zoom chosen wins over the size a new matrix opens at
        if ((next >= MatrixFrame.LABEL_CELL) != (cell >= MatrixFrame.LABEL_CELL)) {
            requestLayout(); // the names come or go, and the room for them
        }
        double cellsX = (across.getValue() + anchorX) / cell;
        double cellsY = (down.getValue() + anchorY) / cell;
        cell = next;
        updateBars();
        across.setValue(Math.max(0, Math.min(across.getMax(), cellsX * cell - anchorX)));
        down.setValue(Math.max(0, Math.min(down.getMax(), cellsY * cell - anchorY)));
        draw();
    }

    /** The side of a cell in pixels. */
    int cellSize() {
        return cell;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            int step = Math.max(1, cell / 6);
            zoom(cell + (e.getDeltaY() > 0 ? step : -step), e.getX() - cells.getLayoutX(), e.getY() - cells.getLayoutY());
        } else {
            boolean sideways = e.isShiftDown() && e.getDeltaX() == 0;
            scrollBy(-(sideways ? e.getDeltaY() : e.getDeltaX()), sideways ? 0 : -e.getDeltaY());
        }
        e.consume();
    }

    /** Scrolls the cells by this many pixels right and down (negative: left, up), within the matrix. */
    void scrollBy(double dx, double dy) {
        across.setValue(clamp(across, across.getValue() + dx));
        down.setValue(clamp(down, down.getValue() + dy));
    }

    private static double clamp(ScrollBar bar, double value) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), value));
    }

    private void key(KeyEvent e) {
        if (matrix == null || matrix.size() == 0) {
            return;
        }
        MatrixViewModel.Cell next = MatrixFrame.step(selected.orElse(new MatrixViewModel.Cell(0, 0)), e.getCode(), matrix.size());
        if (next != null) {
            select.accept(next);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            zoom(cell + Math.max(1, cell / 6), cells.getWidth() / 2, cells.getHeight() / 2);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            zoom(cell - Math.max(1, cell / 6), cells.getWidth() / 2, cells.getHeight() / 2);
            e.consume();
        }
    }

    /** Scrolls so that a cell is in view. */
    private void reveal(MatrixViewModel.Cell c) {
        across.setValue(into(across, (double) c.column() * cell, cells.getWidth()));
        down.setValue(into(down, (double) c.row() * cell, cells.getHeight()));
    }

    private double into(ScrollBar bar, double start, double view) {
        double value = bar.getValue();
        if (start < value) {
            return clamp(bar, start);
        }
        if (start + cell > value + view) {
            return clamp(bar, start + cell - view);
        }
        return value;
    }

    private void hover(Optional<MatrixViewModel.Cell> now) {
        if (!now.equals(hover)) {
            hover = now;
            cellTip.setText(now.map(describe).orElse(""));
            if (now.isEmpty()) {
                cellTip.hide();
            }
            draw();
        }
    }

    /** Whether the last drawing had every visible tile to draw (for tests). */
    boolean drawnWhole() {
        return drawnWhole;
    }

    /** The cells (for tests). */
    Canvas cellsCanvas() {
        return cells;
    }

    /** The row names (for tests). */
    Canvas rowsCanvas() {
        return rows;
    }

    /** The column names (for tests). */
    Canvas columnsCanvas() {
        return columns;
    }

    /** The name a row shows at the present size: whole, or cut short with "…" (for tests). */
    String rowText(int row) {
        Font font = Font.font(Font.getDefault().getFamily(), MatrixPainter.fontSize(cell));
        return painter.fit(matrix.headers().get(row).name(), font, rows.getWidth() - bandWidth - MatrixPainter.PAD * 2);
    }

    /** Draws what is visible. */
    private void draw() {
        if (matrix == null) {
            for (Canvas c : new Canvas[] {rows, columns, cells}) {
                c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
            }
            return;
        }
        MatrixFrame f = frame();
        if (pointer != null && !f.cellAt(pointer[0], pointer[1]).equals(hover)) {
            hover(f.cellAt(pointer[0], pointer[1])); // draws again
            return;
        }
        boolean whole = painter.cells(cells.getGraphicsContext2D(), f);
        drawnWhole = whole;
        painter.rows(rows.getGraphicsContext2D(), f, bandWidth);
        painter.columns(columns.getGraphicsContext2D(), f, matrix.ofNamespaces() ? 0 : MatrixPainter.BAND);
        if (whole && shownAt != 0 && f.width() > 0) {
            if (io.kubereach.ui.model.OpenTimings.PRINT) {
                System.err.printf("kubereach timings: matrix of %d drawn in %d ms after it was ready (%tT.%<tL)%n", matrix.size(),
                        (System.nanoTime() - shownAt) / 1_000_000, System.currentTimeMillis());
            }
            shownAt = 0;
        }
    }
}
