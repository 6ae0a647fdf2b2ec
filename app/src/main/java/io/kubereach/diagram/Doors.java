package io.kubereach.diagram;

/**
 * Where lines may meet a box: the middle of its left, right and bottom sides, and of its top
 * for a box without a header of children (a container's top is its title). A container's doors
 * lie level with its inside streets, so a line passes straight through its border from the
 * streets outside to the streets inside.
 */
final class Doors {

    static final int LEFT = 0;
    static final int RIGHT = 1;
    static final int BOTTOM = 2;
    static final int TOP = 3;
    static final int SIDES = 4;

    private Doors() {
    }

    /** Whether lines run inside a box through streets of its own (it holds boxes that lines end at). */
    static boolean routesInside(DiagramBox box) {
        return !box.children().isEmpty()
                && (box.kind() == BoxKind.NAMESPACE || box.kind() == BoxKind.NODE || box.kind() == BoxKind.WORKLOAD);
    }

    /** The door points of a box, {x, y} per side; null where the box has no door. */
    static double[][] of(DiagramBox box) {
        double[][] out = new double[SIDES][];
        if (!routesInside(box)) {
            out[LEFT] = new double[] {box.x(), box.centerY()};
            out[RIGHT] = new double[] {box.x() + box.width(), box.centerY()};
            out[BOTTOM] = new double[] {box.centerX(), box.y() + box.height()};
            out[TOP] = new double[] {box.centerX(), box.y()};
            return out;
        }
        Interior inside = Interior.of(box);
        double y = Math.max(inside.firstAvenue(), Math.min(inside.lastAvenue(), box.centerY()));
        double x = Math.max(inside.leftRoad(), Math.min(inside.rightRoad(), box.centerX()));
        out[LEFT] = new double[] {box.x(), y};
        out[RIGHT] = new double[] {box.x() + box.width(), y};
        out[BOTTOM] = new double[] {x, box.y() + box.height()};
        return out;
    }
}
