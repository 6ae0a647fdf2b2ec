package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The picture of a graph view as plain geometry: boxes (nested, absolute coordinates) and lines,
 * with no toolkit types, so the screen and the PNG/SVG painters draw exactly the same picture.
 * Immutable.
 */
public final class DiagramLayout {

    private final List<DiagramBox> boxes;
    private final List<DiagramLine> lines;
    private final List<String> namespaces;
    private final List<String> colourOrder;
    private final double width;
    private final double height;
    private final Map<String, DiagramBox> boxesById = new LinkedHashMap<>();
    private final Map<String, DiagramLine> linesById = new LinkedHashMap<>();

    /**
     * A layout.
     *
     * @param boxes the top-level boxes, each with the boxes inside it
     * @param lines the lines, in drawing order
     * @param namespaces the namespaces shown, in order; a namespace's colour is its place here
     * @param width the width of the whole picture
     * @param height the height of the whole picture
     */
    public DiagramLayout(List<DiagramBox> boxes, List<DiagramLine> lines, List<String> namespaces, double width, double height) {
        this(boxes, lines, namespaces, namespaces, width, height);
    }

    private DiagramLayout(List<DiagramBox> boxes, List<DiagramLine> lines, List<String> namespaces, List<String> colourOrder, double width,
            double height) {
        this.boxes = List.copyOf(boxes);
        this.lines = List.copyOf(lines);
        this.namespaces = List.copyOf(namespaces);
        this.colourOrder = List.copyOf(colourOrder);
        this.width = width;
        this.height = height;
        for (DiagramBox b : allBoxes()) {
            boxesById.put(b.id(), b);
        }
        for (DiagramLine l : lines) {
            linesById.put(l.id(), l);
        }
    }

    /** An empty picture. */
    public static DiagramLayout empty() {
        return new DiagramLayout(List.of(), List.of(), List.of(), 0, 0);
    }

    /** The top-level boxes. */
    public List<DiagramBox> boxes() {
        return boxes;
    }

    /** Every box, each before the boxes inside it. */
    public List<DiagramBox> allBoxes() {
        if (!boxesById.isEmpty()) {
            return List.copyOf(boxesById.values());
        }
        List<DiagramBox> out = new ArrayList<>();
        collect(boxes, out);
        return Collections.unmodifiableList(out);
    }

    private static void collect(List<DiagramBox> level, List<DiagramBox> out) {
        for (DiagramBox b : level) {
            out.add(b);
            collect(b.children(), out);
        }
    }

    /** The lines. */
    public List<DiagramLine> lines() {
        return lines;
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
        return new DiagramLayout(boxes, lines, namespaces, order, width, height);
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

    /** The line of an id. */
    public Optional<DiagramLine> line(String id) {
        return Optional.ofNullable(linesById.get(id));
    }

    /** The innermost box at a point, if any. */
    public Optional<DiagramBox> boxAt(double x, double y) {
        DiagramBox found = null;
        List<DiagramBox> level = boxes;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (DiagramBox b : level) {
                if (b.contains(x, y)) {
                    found = b;
                    level = b.children();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The line nearest to a point within {@code tolerance}, if any. */
    public Optional<DiagramLine> lineAt(double x, double y, double tolerance) {
        DiagramLine best = null;
        double bestDistance = tolerance;
        for (DiagramLine l : lines) {
            if (!near(l, x, y, tolerance)) {
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

    private static boolean near(DiagramLine l, double x, double y, double tolerance) {
        return l.path().near(x, y, tolerance);
    }
}
