package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes lines through the streets of a layout, level by level: from a box out through the doors
 * of the containers around it, along the streets of the container both ends share (the picture
 * itself for two groups), and in through the doors of the containers around the other end. At
 * each level it chooses the doors that make the whole way shortest (a small dynamic program over
 * the routes each street map knows between its doors), so a line never crosses a box that holds
 * neither of its ends, and lines between the same containers share their streets.
 *
 * <p>Street maps are made when first needed and kept; safe to use from several threads.
 */
final class StreetRouter {

    private static final String PICTURE = "";

    private final DiagramLayout layout;
    private final Map<String, StreetMap> byContainer = new HashMap<>();
    private final List<StreetMap> byNumber = new ArrayList<>();

    StreetRouter(DiagramLayout layout) {
        this.layout = layout;
    }

    /** The street map of a number. */
    synchronized StreetMap map(int number) {
        return byNumber.get(number);
    }

    /** The streets inside a container (its id), or between the top-level boxes (the empty id). */
    synchronized StreetMap mapOf(String containerId) {
        StreetMap m = byContainer.get(containerId);
        if (m == null) {
            int number = byNumber.size();
            m = containerId.isEmpty() ? StreetMap.ofPicture(number, layout) : StreetMap.inside(number, layout.box(containerId).orElseThrow());
            byContainer.put(containerId, m);
            byNumber.add(m);
        }
        return m;
    }

    /** The streets inside a container if they were made (lines run there), else empty. */
    synchronized Optional<StreetMap> existing(String containerId) {
        return Optional.ofNullable(byContainer.get(containerId));
    }

    /** The street maps made so far. */
    synchronized List<StreetMap> maps() {
        return List.copyOf(byNumber);
    }

    /**
     * The steps of the best route from one box to another, neither holding the other; empty when
     * they do not meet in streets (inside one pod, or a box without doors).
     */
    Optional<long[]> route(DiagramBox source, DiagramBox target) {
        List<String> up = containers(source.id());
        List<String> down = containers(target.id());
        String shared = null;
        for (String c : up) {
            if (down.contains(c)) {
                shared = c;
                break;
            }
        }
        if (shared == null || source.id().equals(target.id()) || up.indexOf(shared) < 0) {
            return Optional.empty();
        }
        Climb from = climb(source.id(), up, shared);
        Climb to = climb(target.id(), down, shared);
        if (from == null || to == null) {
            return Optional.empty();
        }
        StreetMap meeting = mapOf(shared);
        double best = Double.MAX_VALUE;
        int bestFrom = -1;
        int bestTo = -1;
        for (int a = 0; a < Doors.SIDES; a++) {
            int ta = meeting.door(from.box(), a);
            if (ta < 0 || !StreetMap.reachable(from.cost()[a])) {
                continue;
            }
            for (int b = 0; b < Doors.SIDES; b++) {
                int tb = meeting.door(to.box(), b);
                if (tb < 0 || !StreetMap.reachable(to.cost()[b])) {
                    continue;
                }
                double d = meeting.distance(ta, tb);
                if (StreetMap.reachable(d) && from.cost()[a] + d + to.cost()[b] < best) {
                    best = from.cost()[a] + d + to.cost()[b];
                    bestFrom = a;
                    bestTo = b;
                }
            }
        }
        if (bestFrom < 0) {
            return Optional.empty();
        }
        List<Long> steps = new ArrayList<>();
        from.stepsUp(bestFrom, steps);
        meeting.path(meeting.door(from.box(), bestFrom), meeting.door(to.box(), bestTo), steps);
        List<Long> tail = new ArrayList<>();
        to.stepsUp(bestTo, tail);
        appendReversed(tail, steps);
        return Optional.of(steps.stream().mapToLong(Long::longValue).toArray());
    }

    /** The ids of the containers around a box, innermost first, ending with the picture. */
    private List<String> containers(String id) {
        List<String> out = new ArrayList<>();
        Optional<DiagramBox> parent = layout.parent(id);
        while (parent.isPresent()) {
            out.add(parent.get().id());
            parent = layout.parent(parent.get().id());
        }
        out.add(PICTURE);
        return out;
    }

    /**
     * The way up from a box to the container both ends share: at each level, the cost of leaving
     * through each door of the box of that level, and which door below that came from.
     */
    private Climb climb(String start, List<String> containers, String shared) {
        double[] cost = new double[Doors.SIDES];
        String box = start;
        StreetMap first = mapOf(containers.get(0));
        for (int s = 0; s < Doors.SIDES; s++) {
            cost[s] = first.door(box, s) >= 0 ? 0 : Double.MAX_VALUE;
        }
        List<Level> levels = new ArrayList<>();
        for (String container : containers) {
            if (container.equals(shared)) {
                return new Climb(box, cost, levels);
            }
            if (container.isEmpty() || !Doors.routesInside(layout.box(container).orElseThrow())) {
                return null;
            }
            StreetMap m = mapOf(container);
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
                    int door = m.door(box, s);
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
            levels.add(new Level(m, box, came));
            cost = next;
            box = container;
        }
        return null;
    }

    private static void appendReversed(List<Long> tail, List<Long> out) {
        for (int i = tail.size() - 1; i >= 0; i--) {
            long step = tail.get(i);
            out.add(StreetRoute.step(StreetRoute.map(step), StreetRoute.edge(step), !StreetRoute.reversed(step)));
        }
    }

    /** One level of a climb: the street map, the box climbing out of it, and for each portal the box's door that leads there best. */
    private record Level(StreetMap map, String box, int[] came) {
    }

    /**
     * A climb to the shared container.
     *
     * @param box the box that stands for the start in the shared container
     * @param cost the cost to leave the start through each door of that box
     * @param levels the levels climbed, innermost first
     */
    private record Climb(String box, double[] cost, List<Level> levels) {

        /** Appends the steps from the start up to the door {@code side} of {@link #box}. */
        void stepsUp(int side, List<Long> out) {
            int[] doors = new int[levels.size()];
            int exit = side;
            for (int i = levels.size() - 1; i >= 0; i--) {
                doors[i] = levels.get(i).came()[exit];
                exit = doors[i];
            }
            for (int i = 0; i < levels.size(); i++) {
                Level level = levels.get(i);
                int portalSide = i + 1 < levels.size() ? doors[i + 1] : side;
                level.map().path(level.map().door(level.box(), doors[i]), level.map().portal(portalSide), out);
            }
        }
    }
}
