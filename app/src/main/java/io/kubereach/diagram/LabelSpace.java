package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The room the words of one frame take on the surface, so that no two of them overlap: a name
 * written beside its box, or a line's words in a street, is written only where nothing else is
 * written yet (as a map leaves out a village's name where a town's already stands). Group names,
 * written first, always take their place; what comes later gives way.
 */
final class LabelSpace {

    /** Rectangles taken, each {x, y, width, height} in surface pixels. */
    private final List<double[]> taken = new ArrayList<>();

    /** Whether a rectangle of the surface is free of every word written so far. */
    boolean free(double x, double y, double width, double height) {
        for (double[] o : taken) {
            if (o[0] < x + width && x < o[0] + o[2] && o[1] < y + height && y < o[1] + o[3]) {
                return false;
            }
        }
        return true;
    }

    /** Takes a rectangle for words written there. */
    void take(double x, double y, double width, double height) {
        taken.add(new double[] {x, y, width, height});
    }

    /** Takes a rectangle if it is free; whether it was. */
    boolean claim(double x, double y, double width, double height) {
        if (!free(x, y, width, height)) {
            return false;
        }
        take(x, y, width, height);
        return true;
    }

    /** How many rectangles are taken. */
    int size() {
        return taken.size();
    }
}
