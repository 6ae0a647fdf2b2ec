package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inside of a container as its streets see it: its children in rows (boxes of one row share
 * their top edge), the avenues between the rows (and above the first, below the last), and the
 * two side roads in the container's padding. The layout leaves a street's width between rows,
 * between the boxes of a row and around them, so none of these streets touches a box.
 *
 * @param rows the rows, top to bottom, each left to right
 * @param avenues the height of each avenue: {@code rows.size() + 1} of them, top to bottom
 * @param leftRoad the x of the road along the left padding
 * @param rightRoad the x of the road along the right padding
 */
record Interior(List<Row> rows, double[] avenues, double leftRoad, double rightRoad) {

    /**
     * One row of boxes.
     *
     * @param top the top edge every box of the row shares
     * @param bottom the bottom edge of its tallest box
     * @param boxes its boxes, left to right
     */
    record Row(double top, double bottom, List<DiagramBox> boxes) {
    }

    /** Rows closer than this (in diagram units) are one row: boxes lie on hundredths of a unit. */
    private static final double SAME_ROW = 0.02;

    /**
     * The interior of a container with children, or of the whole picture ({@code container}
     * spanning it, {@code headerBottom} its top).
     */
    static Interior of(double x, double y, double width, double height, double headerBottom, List<DiagramBox> children) {
        List<DiagramBox> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparingDouble(DiagramBox::y).thenComparingDouble(DiagramBox::x));
        List<Row> rows = new ArrayList<>();
        List<DiagramBox> current = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (DiagramBox b : sorted) {
            if (!current.isEmpty() && b.y() - current.get(0).y() > SAME_ROW) {
                rows.add(row(current));
                current = new ArrayList<>();
            }
            current.add(b);
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.x() + b.width());
        }
        if (!current.isEmpty()) {
            rows.add(row(current));
        }
        double[] avenues = new double[rows.size() + 1];
        double above = headerBottom;
        for (int r = 0; r < rows.size(); r++) {
            avenues[r] = (above + rows.get(r).top()) / 2;
            above = rows.get(r).bottom();
        }
        avenues[rows.size()] = (above + y + height) / 2;
        return new Interior(List.copyOf(rows), avenues, (x + minX) / 2, (maxX + x + width) / 2);
    }

    /** The interior of a container box. */
    static Interior of(DiagramBox container) {
        return of(container.x(), container.y(), container.width(), container.height(),
                container.y() + container.header(), container.children());
    }

    private static Row row(List<DiagramBox> boxes) {
        List<DiagramBox> byX = new ArrayList<>(boxes);
        byX.sort(Comparator.comparingDouble(DiagramBox::x));
        double bottom = -Double.MAX_VALUE;
        for (DiagramBox b : byX) {
            bottom = Math.max(bottom, b.y() + b.height());
        }
        return new Row(byX.get(0).y(), bottom, List.copyOf(byX));
    }

    /** The top avenue. */
    double firstAvenue() {
        return avenues[0];
    }

    /** The bottom avenue. */
    double lastAvenue() {
        return avenues[avenues.length - 1];
    }
}
