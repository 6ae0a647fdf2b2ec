package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles that routes must not enter, in a uniform grid of buckets so that asking whether a
 * point lies inside one looks at a few rectangles only, however many there are.
 */
final class ObstacleIndex {

    private static final double CELL = 400;

    private final List<double[]> rects;
    private final double minX;
    private final double minY;
    private final int columns;
    private final int rows;
    private final int[][] buckets;

    /** An index over rectangles given as {x0, y0, x1, y1}. */
    ObstacleIndex(List<double[]> rects) {
        this.rects = List.copyOf(rects);
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (double[] r : rects) {
            x0 = Math.min(x0, r[0]);
            y0 = Math.min(y0, r[1]);
            x1 = Math.max(x1, r[2]);
            y1 = Math.max(y1, r[3]);
        }
        if (rects.isEmpty()) {
            x0 = y0 = x1 = y1 = 0;
        }
        this.minX = x0;
        this.minY = y0;
        this.columns = Math.max(1, (int) Math.ceil((x1 - x0) / CELL));
        this.rows = Math.max(1, (int) Math.ceil((y1 - y0) / CELL));
        List<List<Integer>> lists = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            lists.add(new ArrayList<>(2));
        }
        for (int k = 0; k < rects.size(); k++) {
            double[] r = rects.get(k);
            for (int c = column(r[0]); c <= column(r[2]); c++) {
                for (int w = row(r[1]); w <= row(r[3]); w++) {
                    lists.get(w * columns + c).add(k);
                }
            }
        }
        this.buckets = new int[lists.size()][];
        for (int i = 0; i < lists.size(); i++) {
            buckets[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether the point lies strictly inside a rectangle (its border is outside). */
    boolean strictlyInside(double x, double y) {
        int c = column(x);
        int r = row(y);
        for (int k : buckets[r * columns + c]) {
            double[] o = rects.get(k);
            if (x > o[0] + 1e-6 && x < o[2] - 1e-6 && y > o[1] + 1e-6 && y < o[3] - 1e-6) {
                return true;
            }
        }
        return false;
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) ((x - minX) / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) ((y - minY) / CELL)));
    }
}
