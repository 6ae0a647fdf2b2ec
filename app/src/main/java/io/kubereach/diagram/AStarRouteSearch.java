package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A* over an orthogonal grid of lanes: states are (grid point, heading), a step runs to the next
 * grid point in the heading or turns (paying a bend penalty), never into an obstacle. Starts at
 * any exit port and ends at any entry port, paying each port's own cost. Keeps its arrays between
 * searches (a router searches once per line), so it is not thread-safe.
 */
final class AStarRouteSearch {

    private double[] cost = new double[0];
    private int[] parent = new int[0];
    private int[] stamp = new int[0];
    private int round;
    private final Heap open = new Heap();
    private double bend;
    private long expanded;

    /** How many states all searches so far have taken from the open list: the work done. */
    long expanded() {
        return expanded;
    }

    /** The corners of the cheapest route from a point on the source box to one on the target box; empty when there is none. */
    Optional<List<DiagramPoint>> run(double[] xs, double[] ys, ObstacleIndex obstacles, List<LineRouter.Port> exits,
            List<LineRouter.Port> entries, double bend) {
        int nx = xs.length;
        int ny = ys.length;
        int states = nx * ny * 4;
        this.bend = bend;
        prepare(states + entries.size());
        open.clear();
        int[] entryNode = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            entryNode[e] = node(xs, ys, entries.get(e).outside());
        }
        for (int e = 0; e < exits.size(); e++) {
            LineRouter.Port p = exits.get(e);
            int state = node(xs, ys, p.outside()) * 4 + p.heading();
            relax(state, p.cost(), -1 - e, p.outside().x(), p.outside().y(), entries);
        }
        while (!open.isEmpty()) {
            int state = open.pollState();
            expanded++;
            if (state >= states) {
                return Optional.of(path(state, states, xs, ys, exits, entries));
            }
            double g = cost[state];
            int nodeIndex = state / 4;
            int heading = state % 4;
            int i = nodeIndex / ny;
            int j = nodeIndex % ny;
            for (int e = 0; e < entries.size(); e++) {
                if (entryNode[e] == nodeIndex) {
                    LineRouter.Port p = entries.get(e);
                    if (heading == (p.heading() + 2) % 4) {
                        continue; // it would turn back on itself
                    }
                    double total = g + p.cost() + (heading == p.heading() ? 0 : bend);
                    relaxGoal(states + e, total, state);
                }
            }
            for (int h = 0; h < 4; h++) {
                if (h == (heading + 2) % 4) {
                    continue; // no turning back
                }
                int ni = i + LineRouter.dx(h);
                int nj = j + LineRouter.dy(h);
                if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) {
                    continue;
                }
                double mx = (xs[i] + xs[ni]) / 2;
                double my = (ys[j] + ys[nj]) / 2;
                if (obstacles.strictlyInside(mx, my) || obstacles.strictlyInside(xs[ni], ys[nj])) {
                    continue;
                }
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (h == heading ? 0 : bend);
                relax((ni * ny + nj) * 4 + h, g + step, state, xs[ni], ys[nj], entries);
            }
        }
        return Optional.empty();
    }

    private void prepare(int size) {
        if (cost.length < size) {
            int n = Math.max(size, cost.length * 2);
            cost = new double[n];
            parent = new int[n];
            stamp = new int[n];
        }
        round++;
    }

    /**
     * How many bends any route heading {@code heading} needs to reach a point (dx, dy) away,
     * whatever heading it arrives in: none when the point lies straight ahead, one when the
     * heading is one of the two directions it needs, else two. A lower bound, so the search
     * still finds the cheapest route, only sooner.
     */
    static int bendsAtLeast(int heading, double dx, double dy) {
        boolean right = dx > 1e-6;
        boolean left = dx < -1e-6;
        boolean down = dy > 1e-6;
        boolean up = dy < -1e-6;
        boolean alongX = right || left;
        boolean alongY = down || up;
        if (!alongX && !alongY) {
            return 0;
        }
        boolean ahead = heading == 0 && right || heading == 1 && down || heading == 2 && left || heading == 3 && up;
        if (alongX && alongY) {
            return ahead ? 1 : 2;
        }
        if (ahead) {
            return 0;
        }
        boolean behind = heading == 0 && left || heading == 1 && up || heading == 2 && right || heading == 3 && down;
        return behind ? 2 : 1;
    }

    private void relax(int state, double g, int from, double x, double y, List<LineRouter.Port> entries) {
        if (stamp[state] == round && cost[state] <= g) {
            return;
        }
        stamp[state] = round;
        cost[state] = g;
        parent[state] = from;
        double h = Double.MAX_VALUE;
        for (LineRouter.Port p : entries) {
            double dx = p.outside().x() - x;
            double dy = p.outside().y() - y;
            h = Math.min(h, Math.abs(dx) + Math.abs(dy) + p.cost() + bend * bendsAtLeast(state % 4, dx, dy));
        }
        open.add(g + h, g, state);
    }

    private void relaxGoal(int goal, double total, int from) {
        if (stamp[goal] == round && cost[goal] <= total) {
            return;
        }
        stamp[goal] = round;
        cost[goal] = total;
        parent[goal] = from;
        open.add(total, total, goal);
    }

    private List<DiagramPoint> path(int goal, int states, double[] xs, double[] ys, List<LineRouter.Port> exits,
            List<LineRouter.Port> entries) {
        int ny = ys.length;
        List<DiagramPoint> out = new ArrayList<>();
        out.add(entries.get(goal - states).onBox());
        int s = parent[goal];
        while (s >= 0) {
            int nodeIndex = s / 4;
            out.add(new DiagramPoint(xs[nodeIndex / ny], ys[nodeIndex % ny]));
            s = parent[s];
        }
        out.add(exits.get(-1 - s).onBox());
        Collections.reverse(out);
        return out;
    }

    private static int node(double[] xs, double[] ys, DiagramPoint p) {
        int i = indexOf(xs, p.x());
        int j = indexOf(ys, p.y());
        if (i < 0 || j < 0) {
            throw new IllegalStateException("a port is not on the grid: " + p);
        }
        return i * ys.length + j;
    }

    /** The index of a value in sorted lanes, allowing for rounding; -1 when it is none of them. */
    private static int indexOf(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1;
        for (int k = Math.max(0, at - 1); k <= Math.min(sorted.length - 1, at); k++) {
            if (Math.abs(sorted[k] - v) <= 1e-6) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A binary min-heap of (priority, state). Ties go to the state that came further (the larger
     * cost so far: on a grid, many routes cost the same, and this follows one of them to the goal
     * instead of widening all of them), then to insertion order, so searches are deterministic.
     */
    private static final class Heap {
        private double[] keys = new double[256];
        private double[] done = new double[256];
        private int[] states = new int[256];
        private long[] order = new long[256];
        private int size;
        private long counter;

        void clear() {
            size = 0;
            counter = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(double key, double costSoFar, int state) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                done = Arrays.copyOf(done, size * 2);
                states = Arrays.copyOf(states, size * 2);
                order = Arrays.copyOf(order, size * 2);
            }
            int i = size++;
            keys[i] = key;
            done[i] = costSoFar;
            states[i] = state;
            order[i] = counter++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (!less(i, p)) {
                    break;
                }
                swap(i, p);
                i = p;
            }
        }

        int pollState() {
            int top = states[0];
            size--;
            if (size > 0) {
                keys[0] = keys[size];
                done[0] = done[size];
                states[0] = states[size];
                order[0] = order[size];
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < size && less(l, m)) {
                        m = l;
                    }
                    if (r < size && less(r, m)) {
                        m = r;
                    }
                    if (m == i) {
                        break;
                    }
                    swap(i, m);
                    i = m;
                }
            }
            return top;
        }

        private boolean less(int a, int b) {
            if (keys[a] != keys[b]) {
                return keys[a] < keys[b];
            }
            if (done[a] != done[b]) {
                return done[a] > done[b];
            }
            return order[a] < order[b];
        }

        private void swap(int a, int b) {
            double k = keys[a];
            keys[a] = keys[b];
            keys[b] = k;
            double d = done[a];
            done[a] = done[b];
            done[b] = d;
            int s = states[a];
            states[a] = states[b];
            states[b] = s;
            long o = order[a];
            order[a] = order[b];
            order[b] = o;
        }
    }
}
