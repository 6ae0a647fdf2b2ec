package io.kubereach.diagram;

import java.util.HashMap;
import java.util.Map;

/**
 * How many connections of each class run along each street edge at one level of detail, and how
 * many arrive through each door: what the painters draw instead of one stroke per line, so that
 * lines sharing a street merge into one stroke per class whose width says how many they are.
 */
public final class Flows {

    private static final int CLASSES = LineClass.values().length;

    private final Map<Integer, int[][]> weights = new HashMap<>();
    private final Map<Integer, int[][]> arrivals = new HashMap<>();

    /** Counts a line along its steps, and its arrival at the last one. */
    void add(DrawnLine line, StreetRouter router) {
        long[] steps = line.steps();
        int c = line.lineClass().ordinal();
        for (long step : steps) {
            counts(weights, StreetRoute.map(step), router)[c][StreetRoute.edge(step)] += line.count();
        }
        if (steps.length > 0) {
            long last = steps[steps.length - 1];
            counts(arrivals, StreetRoute.map(last), router)[c][StreetRoute.edge(last)] += line.count();
        }
    }

    private static int[][] counts(Map<Integer, int[][]> table, int map, StreetRouter router) {
        return table.computeIfAbsent(map, m -> new int[CLASSES][router.map(m).edges()]);
    }

    /** The street maps that carry something. */
    Iterable<Integer> maps() {
        return weights.keySet();
    }

    /** How many connections of a class run along an edge of a map. */
    int weight(int map, LineClass c, int edge) {
        int[][] w = weights.get(map);
        return w == null ? 0 : w[c.ordinal()][edge];
    }

    /** How many connections of a class arrive at a box through an edge (a door's stub) of a map. */
    int arrivals(int map, LineClass c, int edge) {
        int[][] a = arrivals.get(map);
        return a == null ? 0 : a[c.ordinal()][edge];
    }

    /** The counts per class and edge of a map, or null when nothing runs there (for painters' loops). */
    int[][] weights(int map) {
        return weights.get(map);
    }

    /** The arrivals per class and edge of a map, or null when nothing arrives there. */
    int[][] arrivals(int map) {
        return arrivals.get(map);
    }
}
