package io.kubereach.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A rows × columns table of answers (connection sets allowed and unknown) filled on first use:
 * rows are made when first touched, cells computed when first asked, and equal answers stored as
 * one interned value.
 *
 * <p>Safe for concurrent use without locks. The cell function must be pure: two threads that
 * ask for the same empty cell at once may both compute it, and both get the same answer;
 * whichever store lands last wins, and it holds the same value. Atomic arrays publish each
 * cell, and answers are immutable.
 */
final class ConnectionTable {

    /** Computes one cell. */
    @FunctionalInterface
    interface Cell {
        /** The answer of a row and a column; must depend on nothing else. */
        Reach compute(int row, int column);
    }

    private final int columns;
    private final AtomicReferenceArray<AtomicReferenceArray<Reach>> rows;
    private final Cell cell;
    /** Where computed answers are interned; empty when the cell function gives interned answers already. */
    private final Optional<ConcurrentMap<Reach, Reach>> interned;

    /**
     * An empty table.
     *
     * @param rows how many rows
     * @param columns how many columns
     * @param cell how a cell is computed
     * @param interned where equal answers of this and sibling tables are shared
     */
    ConnectionTable(int rows, int columns, Cell cell, ConcurrentMap<Reach, Reach> interned) {
        this(rows, columns, cell, Optional.of(interned));
    }

    /**
     * An empty table whose cell function interns its answers itself (one instance per distinct
     * answer, shared with sibling tables), so cells are stored as they come.
     */
    static ConnectionTable ofInterned(int rows, int columns, Cell cell) {
        return new ConnectionTable(rows, columns, cell, Optional.empty());
    }

    private ConnectionTable(int rows, int columns, Cell cell, Optional<ConcurrentMap<Reach, Reach>> interned) {
        this.columns = columns;
        this.rows = new AtomicReferenceArray<>(rows);
        this.cell = cell;
        this.interned = interned;
    }

    /** A pool for {@link #ConnectionTable} that keeps one instance of each distinct answer. */
    static ConcurrentMap<Reach, Reach> newPool() {
        ConcurrentMap<Reach, Reach> pool = new ConcurrentHashMap<>();
        pool.put(Reach.all(), Reach.all());
        return pool;
    }

    /** The cell, computed now if nobody asked for it before. */
    Reach get(int row, int column) {
        AtomicReferenceArray<Reach> cells = rows.get(row);
        if (cells == null) {
            cells = new AtomicReferenceArray<>(columns);
            if (!rows.compareAndSet(row, null, cells)) {
                cells = rows.get(row);
            }
        }
        Reach value = cells.get(column);
        if (value == null) {
            Reach computed = cell.compute(row, column);
            Reach existing = interned.isPresent() ? interned.get().putIfAbsent(computed, computed) : null;
            value = existing != null ? existing : computed;
            cells.set(column, value);
        }
        return value;
    }
}
