package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays down the streets of a container's {@link Interior}: an avenue above, between and below its
 * rows, an alley between each two boxes of a row, a road along each side, and a stub from each
 * door of each child to the street it faces (and from the container's own doors, its portals, in to
 * its roads). The junctions and stretches make the {@link StreetMap} that routes run on.
 */
final class StreetPlan {

    private StreetPlan() {
    }

    /** The streets of a container's interior, its children's doors and its portals ({@code null} sides: none), as map {@code id}. */
    static StreetMap build(int id, String containerId, Interior inside, List<DiagramBox> children, double[][] portals) {
        Builder b = new Builder(children);
        List<Row> rows = new ArrayList<>();
        for (Interior.Row row : inside.rows()) {
            List<double[][]> doors = new ArrayList<>();
            for (DiagramBox child : row.boxes()) {
                doors.add(Doors.of(child));
            }
            rows.add(new Row(row, doors));
        }
        double[] avenue = inside.avenues();
        int last = avenue.length - 1;
        List<TreeSet<Double>> avenueStops = new ArrayList<>();
        for (double y : avenue) {
            avenueStops.add(new TreeSet<>(List.of(inside.leftRoad(), inside.rightRoad())));
        }
        TreeSet<Double> leftStops = new TreeSet<>();
        TreeSet<Double> rightStops = new TreeSet<>();
        for (double y : avenue) {
            leftStops.add(y);
            rightStops.add(y);
        }
        List<double[]> alleys = new ArrayList<>(); // {x, row, leftY, rightY}: a vertical street and the door heights on it
        List<TreeSet<Double>> alleyStops = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<DiagramBox> boxes = row.row().boxes();
            for (int i = 0; i < boxes.size(); i++) {
                DiagramBox box = boxes.get(i);
                double[][] door = row.doors().get(i);
                int index = b.child(box.id());
                double leftX = i == 0 ? inside.leftRoad() : alleyX(boxes.get(i - 1), box);
                double rightX = i == boxes.size() - 1 ? inside.rightRoad() : alleyX(box, boxes.get(i + 1));
                if (door[Doors.TOP] != null) {
                    avenueStops.get(r).add(door[Doors.TOP][0]);
                    b.door(index, Doors.TOP, door[Doors.TOP], door[Doors.TOP][0], avenue[r]);
                }
                if (door[Doors.BOTTOM] != null) {
                    avenueStops.get(r + 1).add(door[Doors.BOTTOM][0]);
                    b.door(index, Doors.BOTTOM, door[Doors.BOTTOM], door[Doors.BOTTOM][0], avenue[r + 1]);
                }
                b.door(index, Doors.LEFT, door[Doors.LEFT], leftX, door[Doors.LEFT][1]);
                b.door(index, Doors.RIGHT, door[Doors.RIGHT], rightX, door[Doors.RIGHT][1]);
                if (i == 0) {
                    leftStops.add(door[Doors.LEFT][1]);
                } else {
                    alleyStops.get(alleyStops.size() - 1).add(door[Doors.LEFT][1]);
                }
                if (i == boxes.size() - 1) {
                    rightStops.add(door[Doors.RIGHT][1]);
                } else {
                    double x = rightX;
                    alleys.add(new double[] {x, r});
                    TreeSet<Double> stops = new TreeSet<>(List.of(avenue[r], avenue[r + 1], door[Doors.RIGHT][1]));
                    alleyStops.add(stops);
                    avenueStops.get(r).add(x);
                    avenueStops.get(r + 1).add(x);
                }
            }
        }
        if (portals[Doors.LEFT] != null) {
            leftStops.add(portals[Doors.LEFT][1]);
            b.portal(Doors.LEFT, portals[Doors.LEFT], inside.leftRoad(), portals[Doors.LEFT][1]);
            rightStops.add(portals[Doors.RIGHT][1]);
            b.portal(Doors.RIGHT, portals[Doors.RIGHT], inside.rightRoad(), portals[Doors.RIGHT][1]);
            avenueStops.get(last).add(portals[Doors.BOTTOM][0]);
            b.portal(Doors.BOTTOM, portals[Doors.BOTTOM], portals[Doors.BOTTOM][0], avenue[last]);
        }
        for (int r = 0; r <= last; r++) {
            b.horizontal(avenue[r], avenueStops.get(r));
        }
        b.vertical(inside.leftRoad(), leftStops);
        b.vertical(inside.rightRoad(), rightStops);
        for (int a = 0; a < alleys.size(); a++) {
            b.vertical(alleys.get(a)[0], alleyStops.get(a));
        }
        b.linkStubs();
        return new StreetMap(id, containerId, b, streetWidth(inside));
    }

    /** The width of the streets: the space between the avenue above the first row and that row, twice. */
    static double streetWidth(Interior inside) {
        return inside.rows().isEmpty() ? 20 : 2 * (inside.rows().get(0).top() - inside.firstAvenue());
    }

    private static double alleyX(DiagramBox left, DiagramBox right) {
        return (left.x() + left.width() + right.x()) / 2;
    }

    /** A row with the door points of its boxes. */
    private record Row(Interior.Row row, List<double[][]> doors) {
    }

    /** Collects nodes (deduplicated by position), edges and terminals while the streets are laid down; the map reads them. */
    static final class Builder {
        final List<Double> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        private final Map<Long, Integer> nodes = new HashMap<>();
        final List<Integer> from = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<int[]> doorTerminal = new ArrayList<>();
        final int[] portalTerminal = {-1, -1, -1, -1};
        final List<Integer> terminals = new ArrayList<>();
        private final Map<String, Integer> childIndex = new HashMap<>();

        Builder(List<DiagramBox> children) {
            for (int i = 0; i < children.size(); i++) {
                childIndex.put(children.get(i).id(), i);
                doorTerminal.add(new int[] {-1, -1, -1, -1});
            }
        }
        private final List<double[]> stubs = new ArrayList<>(); // {borderX, borderY, streetX, streetY}

        int child(String id) {
            return childIndex.get(id);
        }

        void door(int child, int side, double[] border, double streetX, double streetY) {
            doorTerminal.get(child)[side] = terminal(border, streetX, streetY);
        }

        void portal(int side, double[] border, double streetX, double streetY) {
            portalTerminal[side] = terminal(border, streetX, streetY);
        }

        private int terminal(double[] border, double streetX, double streetY) {
            // border nodes are made apart from street nodes, even where they touch
            int node = xs.size();
            xs.add(border[0]);
            ys.add(border[1]);
            terminals.add(node);
            stubs.add(new double[] {node, streetX, streetY});
            return terminals.size() - 1;
        }

        void horizontal(double y, TreeSet<Double> stops) {
            Integer prev = null;
            for (double x : stops) {
                int n = node(x, y);
                if (prev != null && prev != n) {
                    edge(prev, n);
                }
                prev = n;
            }
        }

        void vertical(double x, TreeSet<Double> stops) {
            Integer prev = null;
            for (double y : stops) {
                int n = node(x, y);
                if (prev != null && prev != n) {
                    edge(prev, n);
                }
                prev = n;
            }
        }

        void linkStubs() {
            for (double[] stub : stubs) {
                edge((int) stub[0], node(stub[1], stub[2]));
            }
        }

        private int node(double x, double y) {
            long key = Math.round(x * 100) * 4_000_000_007L + Math.round(y * 100);
            return nodes.computeIfAbsent(key, k -> {
                xs.add(x);
                ys.add(y);
                return xs.size() - 1;
            });
        }

        private void edge(int a, int b) {
            from.add(a);
            to.add(b);
        }
    }
}
