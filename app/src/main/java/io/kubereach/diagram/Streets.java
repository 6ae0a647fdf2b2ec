package io.kubereach.diagram;

import java.util.List;

/**
 * How wide the streets between boxes are: about a tenth of the widest box they separate, within
 * bounds for each level, so that a street is still a few pixels wide on screen at the zoom where
 * the lines in it are drawn (a namespace's streets when its workloads become readable, the
 * picture's streets when it is fitted to the window).
 */
final class Streets {

    /** Between the top-level boxes. */
    static final Level TOP = new Level(0.1, 40, 480);
    /** Between the Services and workloads of a group. */
    static final Level GROUP = new Level(0.08, 18, 160);
    /** Between the pods of a workload. */
    static final Level WORKLOAD = new Level(0.1, 12, 40);

    /**
     * The streets of one level.
     *
     * @param share the street's width as a share of the widest box
     * @param min the narrowest street
     * @param max the widest street
     */
    record Level(double share, double min, double max) {
    }

    private Streets() {
    }

    /** The width of the streets between these boxes. */
    static double between(List<DraftBox> boxes, Level level) {
        double widest = 0;
        for (DraftBox b : boxes) {
            widest = Math.max(widest, b.width);
        }
        return Math.max(level.min(), Math.min(level.max(), widest * level.share()));
    }
}
