package io.kubereach.ui.view;

import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.Optional;

/**
 * What the matrix grid shows at one moment: the matrix, its colours, the cell size, where the
 * cells are scrolled to, the size of the cell area and the headers, and the hovered and selected
 * cells. The geometry (which cells are visible, which cell is under a point) is worked out here,
 * without the toolkit.
 *
 * @param matrix the matrix
 * @param palette its colours
 * @param cell the side of a cell in pixels
 * @param scrollX how far the cells are scrolled right, in pixels
 * @param scrollY how far the cells are scrolled down, in pixels
 * @param width the width of the cell area
 * @param height the height of the cell area
 * @param rowHeader the width of the row names
 * @param columnHeader the height of the column names
 * @param hover the cell under the pointer
 * @param selected the cell of the pair selected
 * @param bands the namespaces as runs of rows
 */
record MatrixFrame(ReachabilityMatrix matrix, MatrixPalette palette, int cell, double scrollX, double scrollY, double width,
        double height, double rowHeader, double columnHeader, Optional<MatrixViewModel.Cell> hover,
        Optional<MatrixViewModel.Cell> selected, Bands bands) {

    /** Below this cell size the names of workloads are not drawn (the namespace bands still are). */
    static final int LABEL_CELL = 10;
    /** Below this cell size no gap is left between cells. */
    static final int GAP_CELL = 5;

    /** The side of the whole matrix in pixels. */
    double side() {
        return (double) matrix.size() * cell;
    }

    /** The first row shown. */
    int firstRow() {
        return first(scrollY);
    }

    /** The last row shown; less than {@link #firstRow()} when none is. */
    int lastRow() {
        return last(scrollY, height);
    }

    /** The first column shown. */
    int firstColumn() {
        return first(scrollX);
    }

    /** The last column shown; less than {@link #firstColumn()} when none is. */
    int lastColumn() {
        return last(scrollX, width);
    }

    private int first(double scroll) {
        return Math.max(0, (int) Math.floor(scroll / cell));
    }

    private int last(double scroll, double extent) {
        return Math.min(matrix.size() - 1, (int) Math.floor((scroll + extent - 1) / cell));
    }

    /** The cell under a point of the cell area, if any. */
    Optional<MatrixViewModel.Cell> cellAt(double x, double y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return Optional.empty();
        }
        int column = (int) Math.floor((x + scrollX) / cell);
        int row = (int) Math.floor((y + scrollY) / cell);
        return row < matrix.size() && column < matrix.size() ? Optional.of(new MatrixViewModel.Cell(row, column)) : Optional.empty();
    }

    /** The row under a height of the row names, if any. */
    Optional<Integer> rowAt(double y) {
        int row = (int) Math.floor((y + scrollY) / cell);
        return y >= 0 && row < matrix.size() ? Optional.of(row) : Optional.empty();
    }

    /** The column under a point along the column names, if any. */
    Optional<Integer> columnAt(double x) {
        int column = (int) Math.floor((x + scrollX) / cell);
        return x >= 0 && column < matrix.size() ? Optional.of(column) : Optional.empty();
    }

    /** Where a row's top is drawn in the cell area. */
    double rowY(int row) {
        return (double) row * cell - scrollY;
    }

    /** Where a column's left edge is drawn in the cell area. */
    double columnX(int column) {
        return (double) column * cell - scrollX;
    }

    /** The cell an arrow key (or Enter: the same) leads to from a cell of a matrix of {@code size} rows; null for other keys. */
    static MatrixViewModel.Cell step(MatrixViewModel.Cell at, javafx.scene.input.KeyCode key, int size) {
        return switch (key) {
            case UP -> new MatrixViewModel.Cell(Math.max(0, at.row() - 1), at.column());
            case DOWN -> new MatrixViewModel.Cell(Math.min(size - 1, at.row() + 1), at.column());
            case LEFT -> new MatrixViewModel.Cell(at.row(), Math.max(0, at.column() - 1));
            case RIGHT -> new MatrixViewModel.Cell(at.row(), Math.min(size - 1, at.column() + 1));
            case ENTER -> at;
            default -> null;
        };
    }

    /** Whether a row begins another namespace than the row before (in a workload matrix). */
    boolean startsNamespace(int row) {
        return row > 0 && !matrix.ofNamespaces() && bands.start()[row] == row;
    }

    /**
     * The namespaces of a workload matrix as runs of rows: for each row, the first and the last
     * row of its namespace (a namespace matrix: each row its own run).
     *
     * @param start per row, the first row of its namespace
     * @param end per row, the last row of its namespace
     * @param index per row, its namespace's place among the namespaces (0, 1, …)
     */
    record Bands(int[] start, int[] end, int[] index) {

        /** The runs of a matrix, worked out once. */
        static Bands of(ReachabilityMatrix m) {
            int n = m.size();
            int[] start = new int[n];
            int[] end = new int[n];
            int[] index = new int[n];
            for (int r = 0; r < n; r++) {
                boolean same = r > 0 && !m.ofNamespaces() && m.headers().get(r).namespace().equals(m.headers().get(r - 1).namespace());
                start[r] = same ? start[r - 1] : r;
                index[r] = r == 0 ? 0 : same ? index[r - 1] : index[r - 1] + 1;
            }
            for (int r = n - 1; r >= 0; r--) {
                end[r] = r + 1 < n && start[r + 1] == start[r] ? end[r + 1] : r;
            }
            return new Bands(start, end, index);
        }
    }
}
