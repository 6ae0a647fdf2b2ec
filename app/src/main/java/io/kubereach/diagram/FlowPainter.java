package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Draws the lines of a {@link LineSet} as flows along the streets: on each street edge, one
 * stroke per class of line that runs there, in the class's own lane, as wide as the number of
 * connections it carries says (so parallel lines of one class merge into one stroke, and lines
 * between the same groups bundle along their shared streets); an arrowhead per class at each door
 * where lines arrive. Stressed lines ({@link Emphasis}) are traced on their own over the faded
 * rest; line words (ports) go where a street has room for them.
 */
final class FlowPainter {

    private static final LineClass[] LANES = {LineClass.ROUTES, LineClass.BACKS, LineClass.ALLOWED, LineClass.PARTIAL, LineClass.UNKNOWN,
        LineClass.BLOCKED, LineClass.BECAME_ALLOWED, LineClass.PORTS_CHANGED, LineClass.BECAME_BLOCKED};
    /** In a what-if picture, the lines the edits leave as they are fade to this, so the changes stand out. */
    private static final double UNCHANGED = 0.22;
    /** Lines fade to this when others are stressed. */
    private static final double FADED = 0.15;
    /** At most this many line labels in one frame. */
    private static final int MAX_LABELS = 150;

    private final DiagramLayout layout;
    private final LineSet lines;
    private final DiagramStyle style;
    private final Emphasis emphasis;
    /** The stressed lines, in the order they are drawn. */
    private final List<DrawnLine> stressed = new ArrayList<>();
    /** The number of the selected line (the line of the selected id, or the one drawing the selected connection); -1 for none. */
    private final int selectedLine;
    /** The street maps drawn in the frame under way, for the labels after them. */
    private final List<StreetMap> drawn = new ArrayList<>();

    FlowPainter(DiagramLayout layout, LineSet lines, DiagramStyle style, Emphasis emphasis) {
        this.layout = layout;
        this.lines = lines;
        this.style = style;
        this.emphasis = emphasis;
        // made on the JavaFX thread whenever the selection, the highlight or the level of lines shown changes: each id
        // stressed finds its line through the line set's indices, so the cost follows what is stressed, never the
        // number of lines and connections drawn (a third of a million at 10,000 pods)
        this.selectedLine = emphasis.selected().isEmpty() ? -1 : lines.numberOf(emphasis.selected());
        BitSet marked = new BitSet();
        for (String id : emphasis.lines()) {
            int number = lines.numberOf(id);
            if (number >= 0) {
                marked.set(number);
            }
        }
        if (selectedLine >= 0) {
            marked.set(selectedLine);
        }
        for (int i = marked.nextSetBit(0); i >= 0; i = marked.nextSetBit(i + 1)) {
            stressed.add(lines.lines().get(i));
        }
    }

    /** The classes in the order of their lanes across a street. */
    static LineClass[] lanes() {
        return LANES.clone();
    }

    /**
     * Where each class's lane lies across the streets of a map, in lane widths from the middle:
     * only the classes that run somewhere in the map get a lane, in the fixed order, centred, so
     * a flow keeps its lane along every street of the map. {@code NaN} for a class without a lane.
     */
    static double[] slots(int[][] weights) {
        boolean[] present = new boolean[LineClass.values().length];
        int n = 0;
        for (LineClass c : LANES) {
            for (int w : weights[c.ordinal()]) {
                if (w > 0) {
                    present[c.ordinal()] = true;
                    n++;
                    break;
                }
            }
        }
        double[] out = new double[LineClass.values().length];
        java.util.Arrays.fill(out, Double.NaN);
        int i = 0;
        for (LineClass c : LANES) {
            if (present[c.ordinal()]) {
                out[c.ordinal()] = i++ - (n - 1) / 2.0;
            }
        }
        return out;
    }

    /** The flows in the streets of a container (the empty id: between the top-level boxes). */
    void streets(Pen pen, Viewport view, String containerId) {
        Optional<StreetMap> found = layout.router().existing(containerId);
        if (found.isEmpty()) {
            return;
        }
        StreetMap m = found.get();
        int[][] weights = lines.flows().weights(m.id);
        if (weights == null) {
            return;
        }
        drawn.add(m);
        double z = view.zoom();
        double street = m.streetWidth() * z;
        double lane = Math.max(1.2, Math.min(4.5, street * 0.13));
        double[] slot = slots(weights);
        double alpha = emphasis.fades() ? FADED : 1;
        for (int e = 0; e < m.edges(); e++) {
            int a = m.from(e);
            int b = m.to(e);
            double x0 = view.sx(m.x(a));
            double y0 = view.sy(m.y(a));
            double x1 = view.sx(m.x(b));
            double y1 = view.sy(m.y(b));
            if (Math.max(x0, x1) < -8 || Math.min(x0, x1) > view.width() + 8 || Math.max(y0, y1) < -8 || Math.min(y0, y1) > view.height() + 8) {
                continue;
            }
            boolean horizontal = m.horizontal(e);
            for (int k = 0; k < LANES.length; k++) {
                LineClass c = LANES[k];
                int count = weights[c.ordinal()][e];
                if (count == 0) {
                    continue;
                }
                double w = width(count, street);
                double offset = slot[c.ordinal()] * lane;
                double extendA = m.degree(a) > 1 ? Math.abs(offset) + w / 2 : 0;
                double extendB = m.degree(b) > 1 ? Math.abs(offset) + w / 2 : 0;
                double[] p = lane(x0, y0, x1, y1, horizontal, offset, extendA, extendB);
                double classAlpha = layout.showsChanges() && !c.change() ? alpha * UNCHANGED : alpha;
                double drawnWidth = c.change() ? w + 1.5 : w;
                pen.line(p[0], p[1], p[2], p[3], style.classColor(c), drawnWidth, style.dashed(c), classAlpha);
                int arriving = lines.flows().arrivals(m.id, c, e);
                if (arriving > 0) {
                    // a door's stub runs from the box's border (its start) out to the street
                    arrow(pen, x1 + (horizontal ? 0 : offset), y1 + (horizontal ? offset : 0), x0 + (horizontal ? 0 : offset),
                            y0 + (horizontal ? offset : 0), 2.5 + width(arriving, street) * 1.4, style.classColor(c), classAlpha);
                }
            }
        }
    }

    /** The stroke width of a flow of {@code count} connections, in pixels, within a street {@code street} pixels wide. */
    static double width(int count, double street) {
        return Math.max(1, Math.min(Math.min(7, street * 0.35), 1.3 + 1.1 * Math.log(count)));
    }

    private static double[] lane(double x0, double y0, double x1, double y1, boolean horizontal, double offset, double extendA,
            double extendB) {
        if (horizontal) {
            double dir = Math.signum(x1 - x0);
            return new double[] {x0 - dir * extendA, y0 + offset, x1 + dir * extendB, y1 + offset};
        }
        double dir = Math.signum(y1 - y0);
        return new double[] {x0 + offset, y0 - dir * extendA, x1 + offset, y1 + dir * extendB};
    }

    /** A filled triangle with its tip at ({@code tipX}, {@code tipY}), pointing away from ({@code fromX}, {@code fromY}). */
    private static void arrow(Pen pen, double fromX, double fromY, double tipX, double tipY, double size, int rgb, double alpha) {
        double dx = tipX - fromX;
        double dy = tipY - fromY;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double back = Math.min(size * 1.6, len);
        pen.polygon(new double[] {tipX, tipX - ux * back - uy * size * 0.7, tipX - ux * back + uy * size * 0.7},
                new double[] {tipY, tipY - uy * back + ux * size * 0.7, tipY - uy * back - ux * size * 0.7}, rgb, alpha);
    }

    /** The {@code lo} lines of an open pod: from its pause container to each app container. */
    void loopbacks(Pen pen, Viewport view, DiagramBox pod) {
        DiagramBox pause = null;
        for (DiagramBox c : pod.children()) {
            if (c.kind() == BoxKind.PAUSE) {
                pause = c;
            }
        }
        if (pause == null) {
            return;
        }
        double z = view.zoom();
        for (DiagramBox c : pod.children()) {
            if (c.kind() != BoxKind.CONTAINER) {
                continue;
            }
            double y = view.sy(c.centerY());
            double x0 = view.sx(pause.x() + pause.width());
            double x1 = view.sx(c.x());
            pen.line(x0, y, x1, y, style.classColor(LineClass.LOOPBACK), Math.max(1, 1.3 * Math.min(1, z)), false, 1);
            double size = DiagramStyle.DETAIL_SIZE * z;
            if (size >= PictureRenderer.MIN_DETAIL * 0.9 && x1 - x0 > size * 1.6) {
                pen.text("lo", (x0 + x1) / 2 - size * 0.45, y - 3, size, false, style.classColor(LineClass.LOOPBACK));
            }
        }
    }

    /** The stressed lines along their whole way, over the faded flows, and the frames of stressed and selected boxes. */
    void emphasis(Pen pen, Viewport view, Detail detail) {
        for (DrawnLine l : stressed) {
            trace(pen, view, l, selectedLine >= 0 && l == lines.lines().get(selectedLine));
        }
        for (String id : emphasis.boxes()) {
            frame(pen, view, id, detail, 0.6);
        }
        if (!emphasis.selected().isEmpty()) {
            frame(pen, view, emphasis.selected(), detail, 1);
        }
    }

    private void trace(Pen pen, Viewport view, DrawnLine l, boolean selected) {
        List<DiagramPoint> corners = lines.path(l).points();
        double[] xs = new double[corners.size()];
        double[] ys = new double[corners.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = view.sx(corners.get(i).x());
            ys[i] = view.sy(corners.get(i).y());
        }
        double w = Math.max(2, Math.min(7, 1.3 + 1.1 * Math.log(l.count())));
        // the selected line is told by a wider, stronger halo, never by a colour of its own: it keeps its verdict's
        pen.polyline(xs, ys, style.highlight(), selected ? w + 12 : w + 6, false, selected ? 0.6 : 0.3);
        int rgb = style.classColor(l.lineClass());
        pen.polyline(xs, ys, rgb, w, style.dashed(l.lineClass()), 1);
        int n = xs.length;
        if (l.kind() != LineKind.LOOPBACK && n >= 2) {
            arrow(pen, xs[n - 2], ys[n - 2], xs[n - 1], ys[n - 1], 3 + w * 1.4, rgb, 1);
        }
    }

    /**
     * A frame around a drawn box (a box inside a closed one is framed by the box drawn for it). Which box that is follows
     * the level the boxes are drawn at, never the level of the lines shown: after a reveal zooms in, the lines of the
     * level it opens take the lines thread seconds at 10,000 pods, and the box found must be framed at once.
     */
    private void frame(Pen pen, Viewport view, String id, Detail detail, double alpha) {
        Optional<DiagramBox> box = drawnBox(id, detail);
        if (box.isEmpty() || !view.sees(box.get())) {
            return;
        }
        DiagramBox b = box.get();
        pen.strokeRect(view.sx(b.x()) - 3, view.sy(b.y()) - 3, b.width() * view.zoom() + 6, b.height() * view.zoom() + 6,
                DiagramStyle.CORNER + 4, style.highlight(), 3, false, alpha);
    }

    /** The box drawn for a box at a level of detail: itself, or the outermost closed box it lies in; empty for no box. */
    private Optional<DiagramBox> drawnBox(String id, Detail detail) {
        int number = layout.number(id);
        if (number < 0) {
            return Optional.empty();
        }
        int drawn = number;
        for (int p = layout.parentNumber(number); p >= 0; p = layout.parentNumber(p)) {
            if (!detail.open(layout.numbered(p))) {
                drawn = p;
            }
        }
        return Optional.of(layout.numbered(drawn));
    }

    /**
     * The words of lines (their ports), each along a horizontal street shortly before the door
     * it arrives at, where the street is tall enough for them and long enough; never over a box.
     */
    void labels(Pen pen, Viewport view, LabelSpace placed) {
        double size = PictureRenderer.MIN_DETAIL;
        double h = size * 1.5;
        int[][] places = lines.labelPlaces();
        int before = placed.size();
        for (StreetMap m : drawn) {
            if (m.id >= places.length || m.streetWidth() * view.zoom() < h + 2) {
                continue;
            }
            for (int index : places[m.id]) {
                if (placed.size() - before >= MAX_LABELS) {
                    drawn.clear();
                    return;
                }
                label(pen, view, lines.lines().get(index), m, placed, size, h);
            }
        }
        drawn.clear();
    }

    /** The words of one line along the last horizontal street of map {@code m} on its way, if they fit there. */
    private void label(Pen pen, Viewport view, DrawnLine l, StreetMap m, LabelSpace placed, double size, double h) {
        for (int i = l.stepCount() - 2, tried = 0; i >= 0 && tried < 4; i--, tried++) {
            long step = l.step(i);
            int e = StreetRoute.edge(step);
            if (StreetRoute.map(step) != m.id || !m.horizontal(e)) {
                continue;
            }
            double x0 = view.sx(m.x(m.from(e)));
            double x1 = view.sx(m.x(m.to(e)));
            double cy = view.sy(m.y(m.from(e)));
            double cx = (x0 + x1) / 2;
            if (cx < 0 || cy < 0 || cx > view.width() || cy > view.height()) {
                return;
            }
            // a line allowed on every port is drawn with its badge alone: its ports would say nothing
            boolean everything = l.lineClass() == LineClass.ALLOWED && l.allowed().map(ConnectionSet::isAll).orElse(false);
            String words = everything ? lines.badge(l) : lines.label(l);
            if (words.isEmpty()) {
                return;
            }
            double w = TextFit.measure(words, size, false) + 6;
            if (Math.abs(x1 - x0) < w + 8) {
                return;
            }
            double[] r = {Math.max(0, Math.min(view.width() - w, cx - w / 2)), cy - h / 2, w, h};
            if (!placed.claim(r[0], r[1], r[2], r[3])) {
                return;
            }
            pen.fillRect(r[0], r[1], r[2], r[3], 6, style.labelHalo(), 0.88);
            pen.text(words, r[0] + 3, r[1] + h - 4, size, false, DiagramPalette.mix(style.classColor(l.lineClass()), style.text(), 0.35));
            return;
        }
    }
}
