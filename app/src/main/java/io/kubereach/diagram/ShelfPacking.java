package io.kubereach.diagram;

import java.util.List;

/**
 * Places boxes in rows ("shelves") inside a parent, left to right and top to bottom, in the
 * given order, aiming at a parent about 1.6 times as wide as high. Deterministic: the same boxes
 * in the same order land in the same places.
 */
final class ShelfPacking {

    private ShelfPacking() {
    }

    /**
     * Places {@code items} inside {@code parent} from ({@code left}, {@code top}) and returns the
     * width and height they take.
     */
    static double[] pack(List<DraftBox> items, double left, double top, double gap) {
        double area = 0;
        for (DraftBox s : items) {
            area += (s.width + gap) * (s.height + gap);
        }
        return pack(items, left, top, gap, Math.sqrt(area * 1.6));
    }

    /** Places {@code items} in rows at most {@code maxRowWidth} wide (or as wide as the widest item). */
    static double[] pack(List<DraftBox> items, double left, double top, double gap, double maxRowWidth) {
        if (items.isEmpty()) {
            return new double[] {0, 0};
        }
        double widest = 0;
        for (DraftBox s : items) {
            widest = Math.max(widest, s.width);
        }
        double rowWidth = Math.max(widest, maxRowWidth);
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double usedWidth = 0;
        for (DraftBox s : items) {
            if (x > 0 && x + s.width > rowWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            s.x = left + x;
            s.y = top + y;
            x += s.width + gap;
            rowHeight = Math.max(rowHeight, s.height);
            usedWidth = Math.max(usedWidth, x - gap);
        }
        return new double[] {usedWidth, y + rowHeight};
    }

    /** Places equally sized cells in a grid of {@code columns}; returns the width and height taken. */
    static double[] grid(List<DraftBox> items, double left, double top, double gap, int columns) {
        double cellW = 0;
        double cellH = 0;
        for (DraftBox s : items) {
            cellW = Math.max(cellW, s.width);
            cellH = Math.max(cellH, s.height);
        }
        for (int i = 0; i < items.size(); i++) {
            DraftBox s = items.get(i);
            s.x = left + (i % columns) * (cellW + gap);
            s.y = top + (i / columns) * (cellH + gap);
            s.width = cellW;
        }
        int rows = (items.size() + columns - 1) / columns;
        int cols = Math.min(columns, items.size());
        return new double[] {cols * (cellW + gap) - gap, rows * (cellH + gap) - gap};
    }
}
