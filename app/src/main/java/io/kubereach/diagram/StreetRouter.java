package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Routes lines through the streets of a layout, level by level: from a box out through the doors
 * of the containers around it, along the streets of the container both ends share (the picture
 * itself for two groups), and in through the doors of the containers around the other end. At
 * each level it chooses the doors that make the whole way shortest (a small dynamic program over
 * the routes each street map knows between its doors), so a line never crosses a box that holds
 * neither of its ends, and lines between the same containers share their streets.
 *
 * <p>Street maps, the ways out of each box and the routes between doors are worked out when first
 * needed and kept, so hundreds of thousands of lines between a thousand workloads cost little more
 * than looking them up. Safe to use from several threads.
 */
final class StreetRouter {

    /** The number standing for the picture itself, around the top-level boxes. */
    private static final int PICTURE = -1;
    private static final long[] NO_STEPS = {};

    private final DiagramLayout layout;
    /** The maps made so far by container number: read without a lock (the painter on the JavaFX thread), added to under the lock. */
    private final Map<Integer, StreetMap> byContainer = new ConcurrentHashMap<>();
    /** The maps by number: replaced, never changed, when a map is added, so reading needs no lock. */
    private volatile StreetMap[] byNumber = new StreetMap[0];
    /** The maps made so far by container number + 1 (0: the picture), read without boxing the number for every line routed. */
    private final AtomicReferenceArray<StreetMap> byContainerNumber;
    /** For each box, the numbers of the containers around it, innermost first, ending with {@link #PICTURE}. */
    private final int[][] around;
    /**
     * The climbs worked out so far: the one from box {@code n} to the {@code i}-th container around it
     * at {@code climbStart[n] + i}. An array, not a map keyed by boxed numbers: a level routes hundreds
     * of thousands of lines, each looking up two climbs, and the boxes were garbage the collector paid for.
     */
    private final AtomicReferenceArray<Optional<Climb>> climbs;
    private final int[] climbStart;
    private final Map<Long, long[]> paths = new ConcurrentHashMap<>();
    /** Street widths of containers whose maps were not made, by container id. */
    private final Map<String, Double> streetWidths = new ConcurrentHashMap<>();

    StreetRouter(DiagramLayout layout) {
        this.layout = layout;
        this.around = new int[layout.boxCount()][];
        for (int n = 0; n < around.length; n++) {
            int parent = layout.parentNumber(n);
            if (parent < 0) {
                around[n] = new int[] {PICTURE};
            } else {
                int[] up = around[parent]; // a parent is numbered before the boxes inside it
                int[] mine = new int[up.length + 1];
                mine[0] = parent;
                System.arraycopy(up, 0, mine, 1, up.length);
                around[n] = mine;
            }
        }
        this.climbStart = new int[around.length];
        int next = 0;
        for (int n = 0; n < around.length; n++) {
            climbStart[n] = next;
            next += around[n].length;
        }
        this.climbs = new AtomicReferenceArray<>(next);
        this.byContainerNumber = new AtomicReferenceArray<>(around.length + 1);
    }

    /** The street map of a number. */
    StreetMap map(int number) {
        return byNumber[number];
    }

    /** The streets inside a container (its id), or between the top-level boxes (the empty id). */
    StreetMap mapOf(String containerId) {
        return mapOf(containerId.isEmpty() ? PICTURE : layout.number(containerId));
    }

    /**
     * The streets inside a container (its box number), or between the top-level boxes ({@link #PICTURE}).
     * A map is made under the lock, so a painter asking only for {@link #existing} maps never waits for one being made.
     */
    private StreetMap mapOf(int container) {
        StreetMap m = byContainerNumber.get(container + 1);
        return m != null ? m : madeMap(container);
    }

    private synchronized StreetMap madeMap(int container) {
        StreetMap m = byContainer.get(container);
        if (m == null) {
            int number = byNumber.length;
            m = container == PICTURE ? StreetMap.ofPicture(number, layout) : StreetMap.inside(number, layout.numbered(container));
            StreetMap[] more = Arrays.copyOf(byNumber, number + 1);
            more[number] = m;
            byNumber = more;
            byContainer.put(container, m); // after its number, so whoever finds it can look it up by number
            byContainerNumber.set(container + 1, m);
        }
        return m;
    }

    /** The streets inside a container if they were made (lines run there), else empty; never waits for a map being made. */
    Optional<StreetMap> existing(String containerId) {
        return Optional.ofNullable(byContainer.get(containerId.isEmpty() ? PICTURE : layout.number(containerId)));
    }

    /** How wide the streets inside a container (the empty id: between the top-level boxes) are, without making its map. */
    double streetWidth(String containerId) {
        Optional<StreetMap> made = existing(containerId);
        if (made.isPresent()) {
            return made.get().streetWidth();
        }
        return streetWidths.computeIfAbsent(containerId, id -> interiorStreetWidth(id));
    }

    private double interiorStreetWidth(String containerId) {
        return containerId.isEmpty() ? StreetPlan.streetWidth(Interior.of(0, 0, layout.width(), layout.height(), 0, layout.boxes()))
                : StreetPlan.streetWidth(Interior.of(layout.numbered(layout.number(containerId))));
    }

    /** The street maps made so far. */
    List<StreetMap> maps() {
        return List.of(byNumber);
    }

    /**
     * The steps of the best route from one box to another, neither holding the other; empty when
     * they do not meet in streets (inside one pod, or a box without doors).
     */
    Optional<long[]> route(DiagramBox source, DiagramBox target) {
        return route(layout.number(source.id()), layout.number(target.id()));
    }

    /** The steps of the best route between two boxes by their numbers. */
    Optional<long[]> route(int source, int target) {
        return routeParts(source, target).map(parts -> {
            long[] out = Arrays.copyOf(parts[0], parts[0].length + parts[1].length + parts[2].length);
            System.arraycopy(parts[1], 0, out, parts[0].length, parts[1].length);
            System.arraycopy(parts[2], 0, out, parts[0].length + parts[1].length, parts[2].length);
            return out;
        });
    }

    /**
     * The best route between two boxes by their numbers, in three parts, each shared by every
     * route that takes it, never changed: the climb out of the source to the container both share,
     * the way across it, and the descent to the target (hundreds of thousands of lines are routed
     * at a level of detail; one array each would be most of their memory).
     */
    Optional<long[][]> routeParts(int source, int target) {
        if (source == target || source < 0 || target < 0) {
            return Optional.empty();
        }
        int[] up = around[source];
        int[] down = around[target];
        int shared = Integer.MIN_VALUE;
        for (int c : up) {
            if (contains(down, c)) {
                shared = c;
                break;
            }
        }
        if (shared == Integer.MIN_VALUE) {
            return Optional.empty();
        }
        Optional<Climb> from = climb(source, shared);
        Optional<Climb> to = climb(target, shared);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        StreetMap meeting = mapOf(shared);
        int fromPlace = layout.place(from.get().box());
        int toPlace = layout.place(to.get().box());
        double best = Double.MAX_VALUE;
        int bestFrom = -1;
        int bestTo = -1;
        for (int a = 0; a < Doors.SIDES; a++) {
            int ta = meeting.door(fromPlace, a);
            if (ta < 0 || !StreetMap.reachable(from.get().cost()[a])) {
                continue;
            }
            for (int b = 0; b < Doors.SIDES; b++) {
                int tb = meeting.door(toPlace, b);
                if (tb < 0 || !StreetMap.reachable(to.get().cost()[b])) {
                    continue;
                }
                double d = meeting.distance(ta, tb);
                if (StreetMap.reachable(d) && from.get().cost()[a] + d + to.get().cost()[b] < best) {
                    best = from.get().cost()[a] + d + to.get().cost()[b];
                    bestFrom = a;
                    bestTo = b;
                }
            }
        }
        if (bestFrom < 0) {
            return Optional.empty();
        }
        long[] rise = from.get().up(bestFrom, this);
        long[] across = path(meeting, meeting.door(fromPlace, bestFrom), meeting.door(toPlace, bestTo));
        long[] descent = to.get().down(bestTo, this);
        return Optional.of(new long[][] {rise, across, descent});
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("not around the box: " + value);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The steps between two terminals of a map, worked out once. */
    private long[] path(StreetMap m, int from, int to) {
        long key = ((long) m.id << 40) | ((long) from << 20) | to;
        return paths.computeIfAbsent(key, k -> {
            List<Long> steps = new ArrayList<>();
            m.path(from, to, steps);
            return steps.stream().mapToLong(Long::longValue).toArray();
        });
    }

    private static long[] concat(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A step taken the other way. */
    private static long backwards(long step) {
        return StreetRoute.step(StreetRoute.map(step), StreetRoute.edge(step), !StreetRoute.reversed(step));
    }

    /**
     * The way up from a box to the container both ends share: at each level, the cost of leaving
     * through each door of the box of that level, and which door below that came from. Worked out
     * once per box and shared container.
     */
    private Optional<Climb> climb(int start, int shared) {
        int slot = climbStart[start] + indexOf(around[start], shared);
        Optional<Climb> known = climbs.get(slot);
        if (known != null) {
            return known;
        }
        Optional<Climb> fresh = Optional.ofNullable(climbFresh(start, shared));
        // one climb per slot even when two threads work it out at once: lines share its parts
        return climbs.compareAndSet(slot, null, fresh) ? fresh : climbs.get(slot);
    }

    private Climb climbFresh(int start, int shared) {
        double[] cost = new double[Doors.SIDES];
        int box = start;
        StreetMap first = mapOf(around[start][0]);
        for (int s = 0; s < Doors.SIDES; s++) {
            cost[s] = first.door(layout.place(box), s) >= 0 ? 0 : Double.MAX_VALUE;
        }
        List<Level> levels = new ArrayList<>();
        for (int container : around[start]) {
            if (container == shared) {
                return new Climb(box, cost, levels, new long[Doors.SIDES][], new long[Doors.SIDES][]);
            }
            if (container == PICTURE || !Doors.routesInside(layout.numbered(container))) {
                return null;
            }
            StreetMap m = mapOf(container);
            int place = layout.place(box);
            double[] next = new double[Doors.SIDES];
            int[] came = new int[Doors.SIDES];
            for (int q = 0; q < Doors.SIDES; q++) {
                next[q] = Double.MAX_VALUE;
                came[q] = -1;
                int portal = m.portal(q);
                if (portal < 0) {
                    continue;
                }
                for (int s = 0; s < Doors.SIDES; s++) {
                    int door = m.door(place, s);
                    if (door < 0 || !StreetMap.reachable(cost[s])) {
                        continue;
                    }
                    double d = m.distance(door, portal);
                    if (StreetMap.reachable(d) && cost[s] + d < next[q]) {
                        next[q] = cost[s] + d;
                        came[q] = s;
                    }
                }
            }
            levels.add(new Level(m, place, came));
            cost = next;
            box = container;
        }
        return null;
    }

    /** One level of a climb: the street map, the place of the box climbing out of it, and for each portal the box's door that leads there best. */
    private record Level(StreetMap map, int place, int[] came) {
    }

    /**
     * A climb to the shared container.
     *
     * @param box the number of the box that stands for the start in the shared container
     * @param cost the cost to leave the start through each door of that box
     * @param levels the levels climbed, innermost first
     * @param steps the steps up to each door of {@link #box}, worked out when first asked for
     * @param descents the same steps the other way, down from each door (last first, each step backwards), when first asked for
     */
    private record Climb(int box, double[] cost, List<Level> levels, long[][] steps, long[][] descents) {

        /** The steps down from the door {@code side} of {@link #box} to the start. */
        long[] down(int side, StreetRouter router) {
            long[] up = up(side, router);
            synchronized (descents) {
                if (descents[side] == null) {
                    long[] out = new long[up.length];
                    for (int i = 0; i < up.length; i++) {
                        out[i] = backwards(up[up.length - 1 - i]);
                    }
                    descents[side] = out;
                }
                return descents[side];
            }
        }

        /** The steps from the start up to the door {@code side} of {@link #box}. */
        long[] up(int side, StreetRouter router) {
            synchronized (steps) {
                if (steps[side] == null) {
                    steps[side] = climbSteps(side, router);
                }
                return steps[side];
            }
        }

        private long[] climbSteps(int side, StreetRouter router) {
            if (levels.isEmpty()) {
                return NO_STEPS;
            }
            int[] doors = new int[levels.size()];
            int exit = side;
            for (int i = levels.size() - 1; i >= 0; i--) {
                doors[i] = levels.get(i).came()[exit];
                exit = doors[i];
            }
            long[] out = NO_STEPS;
            for (int i = 0; i < levels.size(); i++) {
                Level level = levels.get(i);
                int portalSide = i + 1 < levels.size() ? doors[i + 1] : side;
                out = concat(out, router.path(level.map(), level.map().door(level.place(), doors[i]), level.map().portal(portalSide)));
            }
            return out;
        }
    }
}
