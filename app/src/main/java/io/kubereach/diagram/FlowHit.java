package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stroke of a flow under a point of the screen: which street edge, which class of line, and
 * how many connections of each class run along that edge. Lines are found through it only when
 * asked (a click), since a street may carry hundreds of thousands of them.
 *
 * @param map the street map's number
 * @param edge the edge
 * @param lineClass the class of the stroke hit
 * @param counts how many connections of each class run along the edge
 */
public record FlowHit(int map, int edge, LineClass lineClass, Map<LineClass, Integer> counts) {

    /** The flow stroke nearest to a point of the surface within {@code tolerance} pixels, among the streets drawn open. */
    public static Optional<FlowHit> at(LineSet lines, DiagramLayout layout, Viewport view, Detail detail, double px, double py,
            double tolerance) {
        FlowHit best = null;
        double bestDistance = tolerance;
        LineClass[] lanes = FlowPainter.lanes();
        for (StreetMap m : layout.router().maps()) {
            int[][] weights = lines.flows().weights(m.id);
            if (weights == null || !drawnOpen(layout, lines, detail, m.containerId)) {
                continue;
            }
            double lane = Math.max(1.2, Math.min(4.5, m.streetWidth() * view.zoom() * 0.13));
            double[] slot = FlowPainter.slots(weights);
            for (int e = 0; e < m.edges(); e++) {
                double x0 = view.sx(m.x(m.from(e)));
                double y0 = view.sy(m.y(m.from(e)));
                double x1 = view.sx(m.x(m.to(e)));
                double y1 = view.sy(m.y(m.to(e)));
                if (px < Math.min(x0, x1) - tolerance - 12 || px > Math.max(x0, x1) + tolerance + 12 || py < Math.min(y0, y1) - tolerance - 12
                        || py > Math.max(y0, y1) + tolerance + 12) {
                    continue;
                }
                for (int k = 0; k < lanes.length; k++) {
                    LineClass c = lanes[k];
                    if (weights[c.ordinal()][e] == 0) {
                        continue;
                    }
                    double offset = slot[c.ordinal()] * lane;
                    double d = m.horizontal(e) ? segment(px, py, x0, y0 + offset, x1, y1 + offset)
                            : segment(px, py, x0 + offset, y0, x1 + offset, y1);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        Map<LineClass, Integer> counts = new EnumMap<>(LineClass.class);
                        for (LineClass any : LineClass.values()) {
                            if (weights[any.ordinal()][e] > 0) {
                                counts.put(any, weights[any.ordinal()][e]);
                            }
                        }
                        best = new FlowHit(m.id, e, c, counts);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean drawnOpen(DiagramLayout layout, LineSet lines, Detail detail, String containerId) {
        if (containerId.isEmpty()) {
            return true;
        }
        Optional<DiagramBox> box = layout.box(containerId);
        if (box.isEmpty() || !detail.open(box.get())) {
            return false;
        }
        Optional<DiagramBox> parent = layout.parent(containerId);
        while (parent.isPresent()) {
            if (!detail.open(parent.get())) {
                return false;
            }
            parent = layout.parent(parent.get().id());
        }
        return true;
    }

    /** The lines of its class running along its edge, the one standing for most connections first; at most {@code limit}. */
    public List<DrawnLine> lines(LineSet lines, int limit) {
        List<DrawnLine> out = new ArrayList<>();
        for (DrawnLine l : lines.lines()) {
            if (l.lineClass() != lineClass) {
                continue;
            }
            for (int k = 0, n = l.stepCount(); k < n; k++) {
                long step = l.step(k);
                if (StreetRoute.map(step) == map && StreetRoute.edge(step) == edge) {
                    out.add(l);
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(DrawnLine::count).reversed().thenComparing(DrawnLine::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static double segment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        return Math.hypot(x0 + f * dx - px, y0 + f * dy - py);
    }
}
