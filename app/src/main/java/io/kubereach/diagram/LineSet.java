package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of a layout at one level of detail: each connection's ends lifted to the boxes that
 * are drawn (a workload inside a closed namespace is drawn as that namespace), connections of one
 * kind between the same two drawn boxes merged into one line (its class combines theirs, its
 * count says how many), each line routed through the streets, and the {@link Flows} that the
 * painters draw. Connections inside one closed box are not drawn.
 */
public final class LineSet {

    private final DiagramLayout layout;
    private final Detail detail;
    private final List<DrawnLine> lines;
    private final Map<String, DrawnLine> byId = new HashMap<>();
    private final Map<String, String> drawnAs = new HashMap<>();
    private final Flows flows = new Flows();
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    private LineSet(DiagramLayout layout, Detail detail) {
        this.layout = layout;
        this.detail = detail;
        this.lines = List.of();
    }

    private LineSet(DiagramLayout layout, Detail detail, boolean withFlows) {
        this.layout = layout;
        this.detail = detail;
        Map<String, List<Connection>> merged = new LinkedHashMap<>();
        List<DrawnLine> out = new ArrayList<>();
        for (Connection c : layout.connections()) {
            String from = drawnAs(c.sourceId());
            String to = drawnAs(c.targetId());
            if (from.equals(to)) {
                continue;
            }
            if (c.kind() == LineKind.LOOPBACK) {
                if (from.equals(c.sourceId()) && to.equals(c.targetId())) {
                    out.add(new DrawnLine(c.id(), LineKind.LOOPBACK, LineClass.LOOPBACK, List.of(c), from, to, null));
                }
                continue;
            }
            merged.computeIfAbsent(DrawnLine.mergedId(c.kind(), from, to), k -> new ArrayList<>()).add(c);
        }
        StreetRouter router = layout.router();
        for (List<Connection> parts : merged.values()) {
            Connection first = parts.get(0);
            String from = drawnAs(first.sourceId());
            String to = drawnAs(first.targetId());
            LineClass combined = first.lineClass();
            for (Connection c : parts) {
                combined = combined.and(c.lineClass());
            }
            long[] steps = router.route(layout.box(from).orElseThrow(), layout.box(to).orElseThrow()).orElse(null);
            String id = parts.size() == 1 ? first.id() : DrawnLine.mergedId(first.kind(), from, to);
            out.add(new DrawnLine(id, first.kind(), combined, parts, from, to, steps));
        }
        // blocked lines first, allowed ones on top, so the most telling colours show where strokes touch
        out.sort(Comparator.comparing((DrawnLine l) -> paintOrder(l.lineClass())).thenComparing(DrawnLine::id));
        this.lines = List.copyOf(out);
        for (DrawnLine l : lines) {
            byId.put(l.id(), l);
            if (withFlows) {
                flows.add(l, router);
            }
        }
    }

    /** The lines of a layout at a level of detail. */
    public static LineSet of(DiagramLayout layout, Detail detail) {
        return new LineSet(layout, detail, true);
    }

    /** No lines (while a picture's lines are being worked out). */
    public static LineSet none(DiagramLayout layout) {
        return new LineSet(layout, Detail.everything());
    }

    private static int paintOrder(LineClass c) {
        return switch (c) {
            case BLOCKED -> 0;
            case UNKNOWN -> 1;
            case PARTIAL -> 2;
            case ALLOWED -> 3;
            case BACKS -> 4;
            case ROUTES -> 5;
            case LOOPBACK -> 6;
        };
    }

    /** The drawn box that stands for a box: the outermost closed box around it, or itself. */
    public String drawnAs(String boxId) {
        String known = drawnAs.get(boxId);
        if (known != null) {
            return known;
        }
        List<DiagramBox> around = new ArrayList<>();
        Optional<DiagramBox> parent = layout.parent(boxId);
        while (parent.isPresent()) {
            around.add(parent.get());
            parent = layout.parent(parent.get().id());
        }
        String out = boxId;
        for (int i = around.size() - 1; i >= 0; i--) {
            if (!detail.open(around.get(i))) {
                out = around.get(i).id();
                break;
            }
        }
        drawnAs.put(boxId, out);
        return out;
    }

    /** The lines, blocked ones first. */
    public List<DrawnLine> lines() {
        return lines;
    }

    /** The line of an id. */
    public Optional<DrawnLine> line(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What runs along the streets. */
    public Flows flows() {
        return flows;
    }

    /** The layout whose lines these are. */
    public DiagramLayout layout() {
        return layout;
    }

    /** The level of detail. */
    public Detail detail() {
        return detail;
    }

    /** A line with its corners and words worked out. */
    public DiagramLine diagramLine(DrawnLine l, DiagramText text) {
        return new DiagramLine(l.id(), l.kind(), l.lineClass(), l.count(), path(l), label(l, text), l.sourceId(), l.targetId());
    }

    /** Where a line runs: its route, or a straight hop between two boxes side by side (a pod's pause and a container). */
    public LinePath path(DrawnLine l) {
        if (l.routed()) {
            return LinePath.polyline(StreetRoute.corners(l.steps(), layout.router()));
        }
        DiagramBox a = layout.box(l.sourceId()).orElseThrow();
        DiagramBox b = layout.box(l.targetId()).orElseThrow();
        DiagramBox narrower = a.height() <= b.height() ? a : b;
        double y = Math.max(Math.max(a.y(), b.y()), Math.min(Math.min(a.y() + a.height(), b.y() + b.height()), narrower.centerY()));
        boolean rightwards = a.centerX() <= b.centerX();
        return LinePath.polyline(List.of(new DiagramPoint(rightwards ? a.x() + a.width() : a.x(), y),
                new DiagramPoint(rightwards ? b.x() : b.x() + b.width(), y)));
    }

    /** The words of a line in the layout's language, worked out once. */
    public String label(DrawnLine l) {
        return labels.computeIfAbsent(l.id(), id -> label(l, layout.text()));
    }

    /** The words of a line: the ports its traffic may use, the Service's port mappings, a route's hosts, {@code lo}. */
    public static String label(DrawnLine l, DiagramText text) {
        return switch (l.kind()) {
            case TRAFFIC -> {
                if (l.lineClass() == LineClass.BLOCKED) {
                    yield "";
                }
                ConnectionSet allowed = ConnectionSet.none();
                for (Connection c : l.parts()) {
                    allowed = allowed.union(((GraphEdge.Traffic) c.edge()).allowed());
                }
                yield text.connections(allowed);
            }
            case BACKS -> joined(l, c -> ((GraphEdge.Backs) c.edge()).ports());
            case ROUTES -> joined(l, c -> ((GraphEdge.Routes) c.edge()).label());
            case LOOPBACK -> "lo";
        };
    }

    private static String joined(DrawnLine l, java.util.function.Function<Connection, String> words) {
        TreeSet<String> distinct = new TreeSet<>();
        for (Connection c : l.parts()) {
            String w = words.apply(c);
            if (!w.isEmpty()) {
                distinct.addAll(List.of(w.split(", ")));
            }
        }
        return String.join(", ", distinct);
    }
}
