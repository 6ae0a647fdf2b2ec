package io.kubereach.diagram;

import java.util.Arrays;

/**
 * How many connections of each class run along each street edge at one level of detail, and how
 * many arrive through each door: what the painters draw instead of one stroke per line, so that
 * lines sharing a street merge into one stroke per class whose width says how many they are.
 */
public final class Flows {

    private static final int CLASSES = LineClass.values().length;

    /** Per street map (by its number): per class, per edge, how many connections; null where nothing runs. */
    private int[][][] weights = new int[8][][];
    private int[][][] arrivals = new int[8][][];

    /** Counts a line along its steps, and its arrival at the last one. */
    void add(DrawnLine line, StreetRouter router) {
        int steps = line.stepCount();
        int c = line.lineClass().ordinal();
        for (int k = 0; k < steps; k++) {
            long step = line.step(k);
            weights = counts(weights, StreetRoute.map(step), router);
            weights[StreetRoute.map(step)][c][StreetRoute.edge(step)] += line.count();
        }
        if (steps > 0) {
            long last = line.step(steps - 1);
            arrivals = counts(arrivals, StreetRoute.map(last), router);
            arrivals[StreetRoute.map(last)][c][StreetRoute.edge(last)] += line.count();
        }
    }

    private static int[][][] counts(int[][][] table, int map, StreetRouter router) {
        int[][][] out = map < table.length ? table : Arrays.copyOf(table, Math.max(map + 1, table.length * 2));
        if (out[map] == null) {
            out[map] = new int[CLASSES][router.map(map).edges()];
        }
        return out;
    }

    /** How many connections of a class run along an edge of a map. */
    int weight(int map, LineClass c, int edge) {
        int[][] w = weights(map);
        return w == null ? 0 : w[c.ordinal()][edge];
    }

    /** How many connections of a class arrive at a box through an edge (a door's stub) of a map. */
    int arrivals(int map, LineClass c, int edge) {
        int[][] a = arrivals(map);
        return a == null ? 0 : a[c.ordinal()][edge];
    }

    /** The counts per class and edge of a map, or null when nothing runs there (for painters' loops). */
    int[][] weights(int map) {
        return map < weights.length ? weights[map] : null;
    }

    /** The arrivals per class and edge of a map, or null when nothing arrives there. */
    int[][] arrivals(int map) {
        return map < arrivals.length ? arrivals[map] : null;
    }
}
