package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts boxes back where a {@link LayoutMemory} remembers them, so a picture changes only where
 * its contents did: a remembered box keeps its place (top-level boxes their coordinates, boxes
 * in a group their place in it); a box that grew pushes the boxes it would now cover right or
 * down, whichever is the shorter way, so nothing overlaps; boxes new to the picture go in rows
 * below everything remembered. Deterministic: boxes of the last picture are settled first, in
 * reading order of their places (top to bottom, left to right), then boxes coming back, then new
 * ones.
 */
final class RememberedPlacement {

    /** The margin around the whole picture. */
    static final double MARGIN = 20;
    /** The space kept between top-level boxes. */
    static final double TOP_GAP = 40;
    /** Rows of new top-level boxes are at least this wide. */
    private static final double MIN_ROW = 400;

    private final LayoutMemory memory;

    RememberedPlacement(LayoutMemory memory) {
        this.memory = memory;
    }

    /**
     * Places the top-level boxes; returns the size of the picture, or nothing when none of them is
     * remembered (the caller then lays them out afresh).
     */
    Optional<double[]> placeTop(List<DraftBox> top) {
        return place("", top, MARGIN, MARGIN, TOP_GAP, MIN_ROW).map(used -> new double[] {used[0] + MARGIN, used[1] + MARGIN});
    }

    /**
     * Places the boxes inside a group relative to it, none above {@code top} or left of
     * {@code left}; returns how far right and down they reach, or nothing when none of them is
     * remembered in this group.
     */
    Optional<double[]> placeInside(DraftBox group, List<DraftBox> children, double left, double top, double gap) {
        return place(group.id, children, left, top, gap, 0);
    }

    /** Orders the children of a box as remembered: those remembered first, in their order, then the new ones. */
    List<DraftBox> inOrder(String parent, List<DraftBox> children) {
        return memory.inOrder(parent, children, s -> s.id);
    }

    private Optional<double[]> place(String parent, List<DraftBox> shapes, double left, double top, double gap, double minRow) {
        List<DraftBox> kept = new ArrayList<>();
        List<DraftBox> fresh = new ArrayList<>();
        for (DraftBox s : shapes) {
            (memory.placeIn(s.id, parent).isPresent() ? kept : fresh).add(s);
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        kept.sort(Comparator.comparing((DraftBox s) -> !memory.wasInLastPicture(placeOf(s, parent)))
                .thenComparingDouble(s -> placeOf(s, parent).y())
                .thenComparingDouble(s -> placeOf(s, parent).x())
                .thenComparing(s -> s.id));
        List<DraftBox> placed = new ArrayList<>(shapes.size());
        for (DraftBox s : kept) {
            LayoutMemory.Place p = placeOf(s, parent);
            s.x = Math.max(left, p.x());
            s.y = Math.max(top, p.y());
            settle(s, placed, gap);
            placed.add(s);
        }
        double right = left;
        double bottom = top;
        for (DraftBox s : placed) {
            right = Math.max(right, s.x + s.width);
            bottom = Math.max(bottom, s.y + s.height);
        }
        if (!fresh.isEmpty()) {
            // below everything remembered here, also what is hidden now, so that it finds its place free when it comes back
            double remembered = bottom;
            for (LayoutMemory.Place p : memory.placesIn(parent)) {
                remembered = Math.max(remembered, p.y() + p.height());
            }
            double area = 0;
            for (DraftBox s : fresh) {
                area += (s.width + gap) * (s.height + gap);
            }
            double rowWidth = Math.max(Math.max(minRow, right - left), Math.sqrt(area * 1.6));
            double[] used = ShelfPacking.pack(fresh, left, remembered + gap, gap, rowWidth);
            right = Math.max(right, left + used[0]);
            bottom = remembered + gap + used[1];
        }
        return Optional.of(new double[] {right, bottom});
    }

    private LayoutMemory.Place placeOf(DraftBox s, String parent) {
        return memory.placeIn(s.id, parent).orElseThrow();
    }

    /**
     * Moves a box right or down, whichever is shorter, until it comes no nearer than half a
     * {@code gap} to any box placed (a pushed box keeps a whole gap); boxes as close as the
     * picture before had them stay. It only ever moves right or down, so this ends.
     */
    static void settle(DraftBox s, List<DraftBox> placed, double gap) {
        double near = gap / 2;
        for (int round = 0; round <= placed.size(); round++) {
            double right = 0;
            double down = 0;
            boolean hit = false;
            for (DraftBox p : placed) {
                if (s.x < p.x + p.width + near && s.x + s.width + near > p.x && s.y < p.y + p.height + near && s.y + s.height + near > p.y) {
                    hit = true;
                    right = Math.max(right, p.x + p.width + gap - s.x);
                    down = Math.max(down, p.y + p.height + gap - s.y);
                }
            }
            if (!hit) {
                return;
            }
            if (right <= down) {
                s.x += right;
            } else {
                s.y += down;
            }
        }
        // still crowded after as many moves as there are boxes: below all of them
        double bottom = 0;
        for (DraftBox p : placed) {
            bottom = Math.max(bottom, p.y + p.height);
        }
        s.y = bottom + gap;
    }
}
