package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
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
    private volatile Map<String, DrawnLine> byId;
    private static final int UNKNOWN = -2;
    private final int[] drawnNumbers;
    private final Flows flows = new Flows();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private volatile int[][] labelPlaces;

    private LineSet(DiagramLayout layout, Detail detail) {
        this.layout = layout;
        this.detail = detail;
        this.lines = List.of();
        this.drawnNumbers = new int[layout.boxCount()];
        Arrays.fill(drawnNumbers, UNKNOWN);
    }

    private LineSet(DiagramLayout layout, Detail detail, boolean withFlows) {
        this.layout = layout;
        this.detail = detail;
        int boxes = layout.boxCount();
        this.drawnNumbers = new int[boxes];
        Arrays.fill(drawnNumbers, UNKNOWN);
        Map<Long, Bucket> merged = new LinkedHashMap<>();
        List<DrawnLine> out = new ArrayList<>();
        List<Connection> connections = layout.connections();
        for (int i = 0; i < connections.size(); i++) {
            int a = layout.sourceNumber(i);
            int b = layout.targetNumber(i);
            if (a < 0 || b < 0) {
                continue;
            }
            int from = drawnNumber(a);
            int to = drawnNumber(b);
            if (from == to) {
                continue;
            }
            Connection c = connections.get(i);
            LineKind kind = c.kind();
            if (kind == LineKind.LOOPBACK) {
                if (from == a && to == b) {
                    out.add(new DrawnLine(c.id(), LineKind.LOOPBACK, LineClass.LOOPBACK, List.of(c), c.sourceId(), c.targetId(), null));
                }
                continue;
            }
            long key = ((long) from * boxes + to) * LineKind.values().length + kind.ordinal();
            Bucket bucket = merged.get(key);
            if (bucket == null) {
                merged.put(key, new Bucket(c, from, to));
            } else {
                bucket.add(c);
            }
        }
        StreetRouter router = layout.router();
        for (Bucket bucket : merged.values()) {
            List<Connection> parts = bucket.parts();
            Connection first = parts.get(0);
            LineClass combined = first.lineClass();
            for (Connection c : parts) {
                combined = combined.and(c.lineClass());
            }
            DiagramBox fromBox = layout.numbered(bucket.from);
            DiagramBox toBox = layout.numbered(bucket.to);
            long[] steps = router.route(bucket.from, bucket.to).orElse(null);
            String id = DrawnLine.edgesOf(parts) == 1 ? first.id() : DrawnLine.mergedId(first.kind(), fromBox.id(), toBox.id());
            out.add(new DrawnLine(id, first.kind(), combined, parts, fromBox.id(), toBox.id(), steps));
        }
        // blocked lines first, allowed ones on top, so the most telling colours show where strokes touch
        out.sort(Comparator.comparing((DrawnLine l) -> paintOrder(l.lineClass())).thenComparing(DrawnLine::id));
        this.lines = List.copyOf(out);
        if (withFlows) {
            for (DrawnLine l : lines) {
                flows.add(l, router);
            }
        }
    }

    /** The connections merged into one line, in the order they came. */
    private static final class Bucket {
        private final int from;
        private final int to;
        private final Connection first;
        private List<Connection> all;

        Bucket(Connection first, int from, int to) {
            this.first = first;
            this.from = from;
            this.to = to;
        }

        void add(Connection c) {
            if (all == null) {
                all = new ArrayList<>();
                all.add(first);
            }
            all.add(c);
        }

        List<Connection> parts() {
            return all == null ? List.of(first) : all;
        }
    }

    /** The number of the drawn box standing for box {@code number}: the outermost closed box around it, or itself. */
    private int drawnNumber(int number) {
        int known = drawnNumbers[number];
        if (known != UNKNOWN) {
            return known;
        }
        int parent = layout.parentNumber(number);
        int out;
        if (parent < 0) {
            out = number;
        } else {
            int drawnParent = drawnNumber(parent);
            out = drawnParent != parent ? drawnParent : detail.open(layout.numbered(parent)) ? number : parent;
        }
        drawnNumbers[number] = out;
        return out;
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
            // the what-if's changes on top of everything
            case PORTS_CHANGED -> 7;
            case BECAME_BLOCKED -> 8;
            case BECAME_ALLOWED -> 9;
        };
    }

    /** The drawn box that stands for a box: the outermost closed box around it, or itself. */
    public String drawnAs(String boxId) {
        int number = layout.number(boxId);
        return number < 0 ? boxId : layout.numbered(drawnNumber(number)).id();
    }

    /** The lines, blocked ones first. */
    public List<DrawnLine> lines() {
        return lines;
    }

    /** The line of an id. */
    public Optional<DrawnLine> line(String id) {
        Map<String, DrawnLine> index = byId;
        if (index == null) {
            index = new HashMap<>(lines.size() * 2);
            for (DrawnLine l : lines) {
                index.put(l.id(), l);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
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
        return new DiagramLine(l.id(), l.kind(), l.lineClass(), l.count(), l.allowed(), path(l), label(l, text), l.sourceId(), l.targetId());
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

    /**
     * For each street map (by number), the lines whose words may be written in it: along one of
     * the last horizontal streets before the door they arrive at. Worked out once, when first asked.
     */
    int[][] labelPlaces() {
        int[][] places = labelPlaces;
        if (places == null) {
            synchronized (this) {
                places = labelPlaces;
                if (places == null) {
                    places = findLabelPlaces();
                    labelPlaces = places;
                }
            }
        }
        return places;
    }

    private int[][] findLabelPlaces() {
        StreetRouter router = layout.router();
        List<List<Integer>> byMap = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DrawnLine l = lines.get(i);
            boolean worth = l.kind() == LineKind.ROUTES || l.kind() == LineKind.TRAFFIC && l.lineClass() != LineClass.BLOCKED;
            long[] steps = l.steps();
            if (!worth || steps.length < 2) {
                continue;
            }
            for (int k = steps.length - 2, tried = 0; k >= 0 && tried < 4; k--, tried++) {
                StreetMap m = router.map(StreetRoute.map(steps[k]));
                if (m.horizontal(StreetRoute.edge(steps[k]))) {
                    while (byMap.size() <= m.id) {
                        byMap.add(new ArrayList<>());
                    }
                    byMap.get(m.id).add(i);
                    break;
                }
            }
        }
        int[][] out = new int[byMap.size()][];
        for (int m = 0; m < out.length; m++) {
            out[m] = byMap.get(m).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Works out now where the labels go and their words, as the first frame that draws them
     * would: for the thread that made this set, so that the JavaFX thread only draws. Returns this set.
     */
    public LineSet withLabelsReady() {
        for (int[] onMap : labelPlaces()) {
            for (int i : onMap) {
                label(lines.get(i));
            }
        }
        return this;
    }

    /** The words of a line in the layout's language, worked out once. */
    public String label(DrawnLine l) {
        return labels.computeIfAbsent(l.id(), id -> label(l, layout.text()));
    }

    /** The badge of a traffic line: the kinds of policy tier that decided it ({@link DecidedBadge}); empty for other lines. */
    public String badge(DrawnLine l) {
        return l.kind() == LineKind.TRAFFIC ? DecidedBadge.of(l, layout.text()) : "";
    }

    /**
     * The words of a line: the ports its traffic may use (none for a blocked line or one that allows
     * nothing for sure) and the kinds of
     * policy tier that decided it ("TCP 8443 · NP", "Admin"); the Service's port mappings, a route's
     * hosts, {@code lo}.
     */
    public static String label(DrawnLine l, DiagramText text) {
        return switch (l.kind()) {
            case TRAFFIC -> {
                // a blocked line, or one that cannot be judged and allows nothing for sure, has no ports to name
                ConnectionSet allowed = l.allowed().orElseThrow();
                String ports = l.lineClass() == LineClass.BLOCKED || allowed.isEmpty() ? "" : text.connections(allowed);
                String badge = DecidedBadge.of(l, text);
                yield ports.isEmpty() || badge.isEmpty() ? ports + badge : ports + " · " + badge;
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
