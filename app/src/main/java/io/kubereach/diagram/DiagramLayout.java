package io.kubereach.diagram;

import io.kubereach.graph.IdIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The picture of a graph view as plain geometry, every box laid out at full detail (nested,
 * absolute coordinates), and the connections between them, with no toolkit types: the screen
 * and the PNG/SVG painters draw exactly this picture, each at the detail it chooses
 * ({@link #lineSet}). Immutable (the streets and lines worked out from it are kept once asked for).
 */
public final class DiagramLayout {

    /**
     * A box opens (shows what is inside) once its typical child is at least this many pixels
     * wide on screen: wide enough for a name.
     */
    public static final double OPEN_PX = 96;
    /** The factor between two zoom steps (the zoom buttons'): boxes open on these steps. */
    public static final double ZOOM_STEP = 1.25;

    private final List<DiagramBox> boxes;
    private final List<Connection> connections;
    private final List<String> namespaces;
    private final List<String> colourOrder;
    private final double width;
    private final double height;
    private final DiagramText text;
    private final Map<String, DiagramBox> boxesById;
    private final Map<String, DiagramBox> parents;
    /** Every box by its number (each before the boxes inside it), and the number of the box it lies in (-1 at the top). */
    private final DiagramBox[] numbered;
    private final int[] parentNumber;
    private final int[] places;
    private final Map<String, Integer> numbers;
    /** The numbers of the boxes each connection starts and ends at. */
    private final int[] sourceNumber;
    private final int[] targetNumber;
    private volatile IdIndex<Connection> connectionsById;
    private volatile StreetRouter router;
    private volatile List<DiagramLine> fullLines;
    private final OpeningZooms openings;
    /** Whether this is a what-if picture: lines a what-if changed stand out, the others are dimmed. */
    private boolean showsChanges;

    /**
     * A layout.
     *
     * @param boxes the top-level boxes, each with the boxes inside it
     * @param connections the graph's edges between the boxes
     * @param namespaces the namespaces shown, in order; a namespace's colour is its place here
     * @param width the width of the whole picture
     * @param height the height of the whole picture
     * @param text the words its lines are labelled in
     */
    public DiagramLayout(List<DiagramBox> boxes, List<Connection> connections, List<String> namespaces, double width, double height,
            DiagramText text) {
        this(boxes, connections, namespaces, namespaces, width, height, text);
    }

    /**
     * A layout whose namespaces take their colours from another order (see {@link #withColourOrder}).
     *
     * @param colourOrder the namespaces in colour order, hidden ones included
     */
    public DiagramLayout(List<DiagramBox> boxes, List<Connection> connections, List<String> namespaces, List<String> colourOrder,
            double width, double height, DiagramText text) {
        this.boxes = List.copyOf(boxes);
        this.connections = List.copyOf(connections);
        this.namespaces = List.copyOf(namespaces);
        this.colourOrder = List.copyOf(colourOrder);
        this.width = width;
        this.height = height;
        this.text = text;
        List<DiagramBox> all = new ArrayList<>();
        List<Integer> up = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        number(this.boxes, -1, all, up, at);
        this.numbered = all.toArray(new DiagramBox[0]);
        this.parentNumber = up.stream().mapToInt(Integer::intValue).toArray();
        this.places = at.stream().mapToInt(Integer::intValue).toArray();
        this.boxesById = new LinkedHashMap<>(numbered.length * 2);
        this.parents = new HashMap<>(numbered.length * 2);
        this.numbers = new HashMap<>(numbered.length * 2);
        for (int i = 0; i < numbered.length; i++) {
            boxesById.put(numbered[i].id(), numbered[i]);
            numbers.put(numbered[i].id(), i);
            if (parentNumber[i] >= 0) {
                parents.put(numbered[i].id(), numbered[parentNumber[i]]);
            }
        }
        this.sourceNumber = new int[this.connections.size()];
        this.targetNumber = new int[this.connections.size()];
        for (int i = 0; i < sourceNumber.length; i++) {
            sourceNumber[i] = numbers.getOrDefault(this.connections.get(i).sourceId(), -1);
            targetNumber[i] = numbers.getOrDefault(this.connections.get(i).targetId(), -1);
        }
        this.openings = new OpeningZooms(List.of(numbered));
    }

    private static void number(List<DiagramBox> level, int parent, List<DiagramBox> all, List<Integer> up, List<Integer> at) {
        for (int i = 0; i < level.size(); i++) {
            DiagramBox b = level.get(i);
            int n = all.size();
            all.add(b);
            up.add(parent);
            at.add(i);
            number(b.children(), n, all, up, at);
        }
    }

    /** An empty picture. */
    public static DiagramLayout empty() {
        return new DiagramLayout(List.of(), List.of(), List.of(), 0, 0, DiagramText.of(java.util.Locale.ENGLISH));
    }

    /** The top-level boxes. */
    public List<DiagramBox> boxes() {
        return boxes;
    }

    /** Every box, each before the boxes inside it. */
    public List<DiagramBox> allBoxes() {
        return Collections.unmodifiableList(new ArrayList<>(boxesById.values()));
    }

    /** The graph's edges between the boxes, before any line is drawn. */
    public List<Connection> connections() {
        return connections;
    }

    /** The connection of a graph edge's id. */
    public Optional<Connection> connection(String id) {
        int number = connectionNumber(id);
        return number < 0 ? Optional.empty() : Optional.of(connections.get(number));
    }

    /** The number of the connection of a graph edge's id (its place in {@link #connections()}), -1 when there is none. */
    int connectionNumber(String id) {
        IdIndex<Connection> byId = connectionsById;
        if (byId == null) {
            byId = IdIndex.of(connections, Connection::id);
            connectionsById = byId;
        }
        return byId.position(id);
    }

    /** How many boxes there are. */
    public int boxCount() {
        return numbered.length;
    }

    /** The number of a box, -1 when there is no such box. */
    int number(String id) {
        return numbers.getOrDefault(id, -1);
    }

    /** The box of a number. */
    DiagramBox numbered(int number) {
        return numbered[number];
    }

    /** A box's place among the children of the box it lies in (among the top-level boxes for one of them). */
    int place(int number) {
        return places[number];
    }

    /** The number of the box a box lies in, -1 for a top-level box. */
    int parentNumber(int number) {
        return parentNumber[number];
    }

    /** The number of the box a connection starts at (-1 when the picture has no such box). */
    int sourceNumber(int connection) {
        return sourceNumber[connection];
    }

    /** The number of the box a connection ends at (-1 when the picture has no such box). */
    int targetNumber(int connection) {
        return targetNumber[connection];
    }

    /** The words its lines are labelled in. */
    public DiagramText text() {
        return text;
    }

    /** The lines at a level of detail (worked out anew: keep it). */
    public LineSet lineSet(Detail detail) {
        return LineSet.of(this, detail);
    }

    /** The lines with every box open, with their paths and words. */
    public List<DiagramLine> lines() {
        List<DiagramLine> l = fullLines;
        if (l == null) {
            LineSet all = lineSet(Detail.everything());
            l = all.lines().stream().map(d -> all.diagramLine(d, text)).toList();
            fullLines = l;
        }
        return l;
    }

    /**
     * The line of an id, with its path and words: of a graph edge, between its own boxes; of a
     * merged line ({@code KIND:SOURCE>TARGET}, as {@link LineSet} names them), every connection of
     * that kind from inside the one box to inside the other.
     */
    public Optional<DiagramLine> line(String id) {
        return LinesById.line(this, id);
    }

    /** The namespaces shown, in colour order. */
    public List<String> namespaces() {
        return namespaces;
    }

    /**
     * This layout with the namespaces' colours taken from another order: the order of the
     * pictures before it, hidden namespaces included, so that a namespace keeps its colour when
     * another one is hidden.
     */
    public DiagramLayout withColourOrder(List<String> order) {
        DiagramLayout copy = new DiagramLayout(boxes, connections, namespaces, order, width, height, text);
        copy.showsChanges = showsChanges;
        return copy;
    }

    /**
     * This picture as a what-if's difference: the same boxes in the same places, every traffic
     * line the edits changed marked with how ({@link LineClass#BECAME_ALLOWED},
     * {@link LineClass#BECAME_BLOCKED}, {@link LineClass#PORTS_CHANGED}) and drawn from the
     * judgement after the edits (before them for a line that became blocked), changed lines this
     * picture does not draw added between the boxes of their ends; the lines left as they are
     * are dimmed. A change whose end has no box here (an address block only the edits name) is
     * not drawn.
     */
    public DiagramLayout withChanges(io.kubereach.graph.TrafficChanges changes) {
        Map<String, String> anchors = new HashMap<>();
        for (Connection c : connections) {
            anchors.putIfAbsent(c.edge().sourceId(), c.sourceId());
            anchors.putIfAbsent(c.edge().targetId(), c.targetId());
        }
        List<Connection> out = new ArrayList<>(connections.size());
        java.util.Set<String> marked = new java.util.HashSet<>();
        for (Connection c : connections) {
            Optional<io.kubereach.graph.TrafficChanges.EdgeChange> change = c.edge() instanceof io.kubereach.graph.GraphEdge.Traffic
                    ? changes.change(c.id()) : Optional.empty();
            if (change.isPresent()) {
                out.add(changed(change.get(), c.sourceId(), c.targetId()));
                marked.add(c.id());
            } else {
                out.add(c);
            }
        }
        for (io.kubereach.graph.TrafficChanges.EdgeChange change : changes.changes()) {
            String a = anchors.getOrDefault(change.sourceId(), change.sourceId());
            String b = anchors.getOrDefault(change.targetId(), change.targetId());
            if (!marked.contains(change.edgeId()) && boxesById.containsKey(a) && boxesById.containsKey(b) && !a.equals(b)) {
                out.add(changed(change, a, b));
            }
        }
        DiagramLayout copy = new DiagramLayout(boxes, out, namespaces, colourOrder, width, height, text);
        copy.showsChanges = true;
        return copy;
    }

    private static Connection changed(io.kubereach.graph.TrafficChanges.EdgeChange change, String sourceBox, String targetBox) {
        LineClass how = LineClass.ofChange(change.kind()).orElseThrow();
        io.kubereach.graph.GraphEdge.Traffic edge = (how == LineClass.BECAME_BLOCKED ? change.before().or(change::after)
                : change.after().or(change::before)).orElseThrow();
        return new Connection(change.edgeId(), edge, sourceBox, targetBox, Optional.of(how));
    }

    /** Whether this is a what-if picture (see {@link #withChanges}). */
    public boolean showsChanges() {
        return showsChanges;
    }

    /** The namespaces in colour order: a namespace's colour is its place here (by default the namespaces shown). */
    public List<String> colourOrder() {
        return colourOrder;
    }

    /** The place of a namespace's colour, -1 for none (cluster-wide things). */
    public int colourIndex(String namespace) {
        return colourOrder.indexOf(namespace);
    }

    /** The width of the whole picture. */
    public double width() {
        return width;
    }

    /** The height of the whole picture. */
    public double height() {
        return height;
    }

    /** The box of an id. */
    public Optional<DiagramBox> box(String id) {
        return Optional.ofNullable(boxesById.get(id));
    }

    /** The box a box lies in; empty for a top-level box. */
    public Optional<DiagramBox> parent(String id) {
        return Optional.ofNullable(parents.get(id));
    }

    /**
     * The zoom (screen pixels per unit) from which a box shows what is inside it: when its
     * typical child (its typical box that holds boxes, else any) is {@link #OPEN_PX} wide.
     * Infinite for a box with nothing inside.
     */
    public double openZoom(DiagramBox box) {
        return openings.of(box);
    }

    /** How many boxes open by themselves at a zoom (have an {@link #openZoom} at or below it). */
    public int boxesOpenAt(double zoom) {
        return openings.openAt(zoom);
    }

    /** The innermost box at a point, if any. */
    public Optional<DiagramBox> boxAt(double x, double y) {
        return boxAt(x, y, Detail.everything());
    }

    /** The innermost drawn box at a point at a level of detail (boxes inside a closed box are not drawn), if any. */
    public Optional<DiagramBox> boxAt(double x, double y, Detail detail) {
        DiagramBox found = null;
        List<DiagramBox> level = boxes;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (DiagramBox b : level) {
                if (b.contains(x, y)) {
                    found = b;
                    level = detail.open(b) ? b.children() : List.of();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The line nearest to a point within {@code tolerance} with every box open, if any. */
    public Optional<DiagramLine> lineAt(double x, double y, double tolerance) {
        DiagramLine best = null;
        double bestDistance = tolerance;
        for (DiagramLine l : lines()) {
            if (!l.path().near(x, y, tolerance)) {
                continue;
            }
            double d = l.distanceTo(x, y);
            if (d <= bestDistance) {
                best = l;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The streets of this picture (made when first asked for). */
    StreetRouter router() {
        StreetRouter r = router;
        if (r == null) {
            synchronized (this) {
                r = router;
                if (r == null) {
                    r = new StreetRouter(this);
                    router = r;
                }
            }
        }
        return r;
    }
}
