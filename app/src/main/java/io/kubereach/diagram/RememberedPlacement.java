package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts boxes back where a {@link LayoutMemory} remembers them, so a picture changes only where
 * its contents did, and keeps them in rows (the streets run between rows and between the boxes
 * of a row): a remembered box keeps its row and its place in it; a box that grew pushes the rest
 * of its row right and the rows below it down; boxes new to the picture go in rows below
 * everything remembered (also what is hidden now, so it finds its place free when it comes
 * back). Deterministic: rows top to bottom, boxes left to right, ties by id.
 */
final class RememberedPlacement {

    /** Rows of new top-level boxes are at least this wide. */
    private static final double MIN_ROW = 400;
    /** Places are remembered to a hundredth of a unit: a box that close to where a gap would put it has not moved. */
    private static final double SLACK = 0.05;

    private final LayoutMemory memory;

    RememberedPlacement(LayoutMemory memory) {
        this.memory = memory;
    }

    /**
     * Places the top-level boxes; returns the size of the picture, or nothing when none of them
     * is remembered (the caller then lays them out afresh). Remembered boxes keep at least the
     * narrowest street of the level apart (streets widen with the boxes they separate, and a box
     * that grew must not move the others), new ones are placed a full street apart.
     */
    Optional<double[]> placeTop(List<DraftBox> top, Streets.Level level, double gap) {
        return place("", top, level.min(), level.min(), level.min(), gap, MIN_ROW).map(used -> new double[] {used[0] + gap, used[1] + gap});
    }

    /**
     * Places the boxes inside a container relative to it, below {@code header}; returns how far
     * right and down they reach, or nothing when none of them is remembered in this container.
     * Streets as for {@link #placeTop}.
     */
    Optional<double[]> placeInside(DraftBox container, List<DraftBox> children, double header, Streets.Level level, double gap) {
        return place(container.id, children, level.min(), header + level.min(), level.min(), gap, 0)
                .map(used -> memory.place(container.id).map(p -> new double[] {asBefore(used[0], p.width() - gap),
                        asBefore(used[1], p.height() - gap)}).orElse(used));
    }

    /**
     * What the children reach, or what they reached before when that is within rounding: their
     * places are remembered to hundredths, so children back where they were may add up to a
     * container a hundredth wider or taller than it was.
     */
    private static double asBefore(double reach, double before) {
        return Math.abs(reach - before) <= 0.02 ? before : reach;
    }

    /** Orders the children of a box as remembered: those remembered first, in their order, then the new ones. */
    List<DraftBox> inOrder(String parent, List<DraftBox> children) {
        return memory.inOrder(parent, children, s -> s.id);
    }

    private Optional<double[]> place(String parent, List<DraftBox> shapes, double left, double top, double gap, double freshGap,
            double minRow) {
        TreeMap<Double, List<DraftBox>> rows = new TreeMap<>();
        List<DraftBox> fresh = new ArrayList<>();
        for (DraftBox s : shapes) {
            Optional<LayoutMemory.Place> p = memory.placeIn(s.id, parent);
            if (p.isPresent()) {
                rows.computeIfAbsent(p.get().y(), y -> new ArrayList<>()).add(s);
            } else {
                fresh.add(s);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        double right = left;
        double bottom = top;
        double rowTop = top - gap;
        double above = top - gap;
        for (var row : rows.entrySet()) {
            double y = Math.max(row.getKey(), above + gap - SLACK);
            rowTop = y;
            List<DraftBox> boxes = row.getValue();
            boxes.sort(Comparator.comparingDouble((DraftBox s) -> placeOf(s, parent).x()).thenComparing(s -> s.id));
            double x = left - gap;
            for (DraftBox s : boxes) {
                s.x = Math.max(placeOf(s, parent).x(), x + gap - SLACK);
                s.y = y;
                x = s.x + s.width;
                right = Math.max(right, x);
                above = Math.max(above, y + s.height);
            }
            bottom = Math.max(bottom, above);
        }
        if (!fresh.isEmpty()) {
            // below everything remembered here, also what is hidden now, so that it finds its place free when it comes back
            double remembered = Math.max(bottom, rowTop);
            for (LayoutMemory.Place p : memory.placesIn(parent)) {
                remembered = Math.max(remembered, p.y() + p.height());
            }
            double area = 0;
            for (DraftBox s : fresh) {
                area += (s.width + freshGap) * (s.height + freshGap);
            }
            double rowWidth = Math.max(Math.max(minRow, right - left), Math.sqrt(area * 1.6));
            double[] used = ShelfPacking.pack(fresh, freshGap, remembered + freshGap, freshGap, rowWidth);
            right = Math.max(right, freshGap + used[0]);
            bottom = remembered + freshGap + used[1];
        }
        return Optional.of(new double[] {right, bottom});
    }

    private LayoutMemory.Place placeOf(DraftBox s, String parent) {
        return memory.placeIn(s.id, parent).orElseThrow();
    }
}
