package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    /** The keys ({@link #key}) of the lines, sorted, and the number of the line of each: a line found by its ends and kind. */
    private final long[] sortedKeys;
    private final int[] lineOfKey;
    /** The number of the line drawing each connection (by its number in the layout), -1 for one not drawn. */
    private final int[] lineOfConnection;
    private static final int UNKNOWN = -2;
    private final int[] drawnNumbers;
    private final Flows flows = new Flows();
    private volatile int[][] labelPlaces;

    private LineSet(DiagramLayout layout, Detail detail) {
        this.layout = layout;
        this.detail = detail;
        this.lines = List.of();
        this.drawnNumbers = new int[layout.boxCount()];
        Arrays.fill(drawnNumbers, UNKNOWN);
        this.sortedKeys = new long[0];
        this.lineOfKey = new int[0];
        this.lineOfConnection = new int[0];
    }

    /**
     * The lines at a level of detail; lines of {@code base} (of the same layout) whose connections
     * all end at the same drawn boxes at this level, with no other connection joining them, are
     * taken over as they are, routes and words included: zooming in opens a few boxes a notch, and
     * only the lines of what opened are worked out again (a level of 10,000 pods has a third of a
     * million lines, whose garbage made the collector stop the JavaFX thread).
     */
    private LineSet(DiagramLayout layout, Detail detail, LineSet base) {
        this.layout = layout;
        this.detail = detail;
        int boxes = layout.boxCount();
        this.drawnNumbers = new int[boxes];
        Arrays.fill(drawnNumbers, UNKNOWN);
        boolean incremental = base.layout == layout && !base.lines.isEmpty();
        List<Connection> connections = layout.connections();
        int n = connections.size();
        long[] keys = new long[n];
        long[] moved = new long[16];
        int movedCount = 0;
        for (int i = 0; i < n; i++) {
            int a = layout.sourceNumber(i);
            int b = layout.targetNumber(i);
            keys[i] = a < 0 || b < 0 ? NO_KEY : key(drawnNumber(a), drawnNumber(b), connections.get(i).kind(), boxes);
            if (incremental && a >= 0 && b >= 0) {
                long was = key(base.drawnNumber(a), base.drawnNumber(b), connections.get(i).kind(), boxes);
                if (was != keys[i]) {
                    if (movedCount + 2 > moved.length) {
                        moved = Arrays.copyOf(moved, moved.length * 2);
                    }
                    moved[movedCount++] = was;
                    moved[movedCount++] = keys[i];
                }
            }
        }
        // the keys of the lines worked out again, sorted for a binary search (no boxed keys: there may be a million)
        long[] redone = Arrays.copyOf(moved, movedCount);
        Arrays.sort(redone);
        List<DrawnLine> out = new ArrayList<>();
        if (incremental) {
            for (DrawnLine l : base.lines) {
                if (Arrays.binarySearch(redone, key(layout.number(l.sourceId()), layout.number(l.targetId()), l.kind(), boxes)) < 0) {
                    out.add(l);
                }
            }
        }
        // the connections to merge, sorted by the line they belong to (in the order they came within one): no map, no
        // object per line but the line itself, since a level may have a third of a million lines
        int[] merging = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            if (key == NO_KEY || incremental && Arrays.binarySearch(redone, key) < 0) {
                continue;
            }
            int from = drawnNumber(layout.sourceNumber(i));
            int to = drawnNumber(layout.targetNumber(i));
            if (from == to) {
                continue;
            }
            Connection c = connections.get(i);
            if (c.kind() == LineKind.LOOPBACK) {
                if (from == layout.sourceNumber(i) && to == layout.targetNumber(i)) {
                    out.add(new DrawnLine(c.id(), LineKind.LOOPBACK, LineClass.LOOPBACK, List.of(c), c.sourceId(), c.targetId(), NO_ROUTE));
                }
                continue;
            }
            merging[m++] = i;
        }
        merging = ByKey.sorted(Arrays.copyOf(merging, m), keys);
        StreetRouter router = layout.router();
        for (int start = 0, end; start < m; start = end) {
            end = start + 1;
            while (end < m && keys[merging[end]] == keys[merging[start]]) {
                end++;
            }
            Connection[] parts = new Connection[end - start];
            LineClass combined = connections.get(merging[start]).lineClass();
            for (int k = start; k < end; k++) {
                parts[k - start] = connections.get(merging[k]);
                combined = combined.and(parts[k - start].lineClass());
            }
            int from = drawnNumber(layout.sourceNumber(merging[start]));
            int to = drawnNumber(layout.targetNumber(merging[start]));
            Connection first = parts[0];
            DiagramBox fromBox = layout.numbered(from);
            DiagramBox toBox = layout.numbered(to);
            long[][] steps = router.routeParts(from, to).orElse(NO_ROUTE);
            List<Connection> merged = List.of(parts);
            String id = DrawnLine.edgesOf(merged) == 1 ? first.id() : DrawnLine.mergedId(first.kind(), fromBox.id(), toBox.id());
            out.add(new DrawnLine(id, first.kind(), combined, merged, fromBox.id(), toBox.id(), steps));
        }
        // blocked lines first, allowed ones on top, so the most telling colours show where strokes touch
        out.sort(Comparator.comparing((DrawnLine l) -> paintOrder(l.lineClass())).thenComparing(DrawnLine::id));
        this.lines = List.copyOf(out);
        for (DrawnLine l : lines) {
            flows.add(l, router);
        }
        // a line found by id or by a connection it draws without a scan of all lines and their parts (the JavaFX thread
        // looks lines up on every selection and highlight; a level of 10,000 pods has a third of a million lines)
        long[] lineKeys = new long[lines.size()];
        int[] order = new int[lines.size()];
        for (int j = 0; j < lineKeys.length; j++) {
            DrawnLine l = lines.get(j);
            lineKeys[j] = key(layout.number(l.sourceId()), layout.number(l.targetId()), l.kind(), boxes);
            order[j] = j;
        }
        this.lineOfKey = ByKey.sorted(order, lineKeys);
        this.sortedKeys = new long[lineKeys.length];
        for (int k = 0; k < sortedKeys.length; k++) {
            sortedKeys[k] = lineKeys[lineOfKey[k]];
        }
        this.lineOfConnection = new int[n];
        for (int i = 0; i < n; i++) {
            lineOfConnection[i] = keys[i] == NO_KEY ? -1 : lineOfKey(keys[i]);
        }
    }

    /** The number of the line of a key, -1 when there is none. */
    private int lineOfKey(long key) {
        int k = Arrays.binarySearch(sortedKeys, key);
        return k < 0 ? -1 : lineOfKey[k];
    }

    private static final long NO_KEY = -1;
    private static final long[][] NO_ROUTE = {{}, {}, {}};
    private static final int KINDS = LineKind.values().length;

    /** The key of the line a connection of a kind between two drawn boxes belongs to. */
    private static long key(int from, int to, LineKind kind, int boxes) {
        return ((long) from * boxes + to) * KINDS + kind.ordinal();
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
        return new LineSet(layout, detail, none(layout));
    }

    /**
     * The lines of a layout at a level of detail, taking over those of {@code base} that stay as
     * they were (every line is as {@link #of} would make it).
     */
    public static LineSet of(DiagramLayout layout, Detail detail, LineSet base) {
        return new LineSet(layout, detail, base);
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
        int number = numberOf(id);
        return number >= 0 && lines.get(number).id().equals(id) ? Optional.of(lines.get(number)) : Optional.empty();
    }

    /** The line that draws the connection of a graph edge's id (alone, or merged with others); empty when none does. */
    public Optional<DrawnLine> carrying(String connectionId) {
        int number = carrierOf(connectionId);
        return number < 0 ? Optional.empty() : Optional.of(lines.get(number));
    }

    /**
     * The number of the line an id stands for, -1 for none: the line of that id, or the line drawing
     * the connection of that id. Found through indices, never by a walk over the lines.
     */
    int numberOf(String id) {
        int carrier = carrierOf(id);
        if (carrier >= 0) {
            return carrier;
        }
        // a merged line: KIND:SOURCE>TARGET
        int colon = id.indexOf(':');
        int arrow = id.indexOf('>', colon + 1);
        if (colon < 0 || arrow < 0) {
            return -1;
        }
        int from = layout.number(id.substring(colon + 1, arrow));
        int to = layout.number(id.substring(arrow + 1));
        if (from < 0 || to < 0) {
            return -1;
        }
        for (LineKind kind : LineKind.values()) {
            int number = lineOfKey(key(from, to, kind, layout.boxCount()));
            if (number >= 0 && lines.get(number).id().equals(id)) {
                return number;
            }
        }
        return -1;
    }

    private int carrierOf(String connectionId) {
        int connection = layout.connectionNumber(connectionId);
        return connection < 0 || connection >= lineOfConnection.length ? -1 : lineOfConnection[connection];
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
        return new DiagramLine(l.id(), l.kind(), l.lineClass(), l.count(), l.allowed(), path(l), LineWords.of(l, text), l.sourceId(), l.targetId());
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
                    places = LineWords.places(lines, layout.router());
                    labelPlaces = places;
                }
            }
        }
        return places;
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
        return l.label(layout.text());
    }

    /** The badge of a traffic line: the kinds of policy tier that decided it ({@link DecidedBadge}); empty for other lines. */
    public String badge(DrawnLine l) {
        return l.kind() == LineKind.TRAFFIC ? DecidedBadge.of(l, layout.text()) : "";
    }

    /**
     * The ports a traffic line's connections may use, in words; empty for a blocked line, or one
     * that cannot be judged and allows nothing for sure.
     */
    public static String ports(DrawnLine l, DiagramText text) {
        ConnectionSet allowed = l.allowed().orElseThrow();
        return l.lineClass() == LineClass.BLOCKED || allowed.isEmpty() ? "" : text.connections(allowed);
    }
}
