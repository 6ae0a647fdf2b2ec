package io.kubereach.diagram;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws the part of a layout a {@link Viewport} shows, at a level of detail, through a
 * {@link Pen}: the same picture on screen and in an export. Maps do it this way: a box too small
 * to show what is inside it is drawn closed, with its name and counts at a readable size (a group's
 * name always, centred, even when it is wider than the box); an open box draws its title band, the
 * boxes inside it, and the lines in its streets ({@link FlowPainter}). Texts never go below
 * {@link #MIN_TEXT} pixels (a group's name {@link #MIN_DETAIL}, the size of its counts, when
 * that writes it whole); they grow with the zoom beyond that. Only what the viewport shows is
 * drawn, so the cost of a frame follows what is on screen, not the size of the cluster.
 */
public final class PictureRenderer {

    /** The smallest title drawn, in pixels. */
    public static final double MIN_TEXT = 11;
    /** The smallest detail line drawn, in pixels. */
    static final double MIN_DETAIL = 10;
    /** A name written beside a small box shows at least this many characters of it (before its "…"), or is left out ("0.0.…" says nothing). */
    private static final int LEAST_SHOWN = 6;
    /** Kinds of small boxes whose names go below them when they do not fit inside. */
    /** Boxes narrower than this many pixels carry no readable name. */
    private static final double TINY = 24;
    private static final Set<BoxKind> SMALL = EnumSet.of(BoxKind.SERVICE, BoxKind.INGRESS, BoxKind.OUTSIDE, BoxKind.ADDRESS_BLOCK);

    private final DiagramLayout layout;
    private final DiagramStyle style;
    private final FlowPainter flows;
    private final ExposureMarks marks;
    private final Map<String, ExposureMarks.Mark> markOf;
    /** The words of the frame being drawn, so that none is written over another. */
    private LabelSpace space = new LabelSpace();

    /**
     * A renderer of a layout's boxes and of a set of its lines (worked out for the same or a
     * nearby level of detail: while the zoom moves, the lines of the last level stay valid).
     */
    public PictureRenderer(DiagramLayout layout, LineSet lines, DiagramStyle style, Emphasis emphasis) {
        this(layout, lines, style, emphasis, ExposureMarks.NONE);
    }

    /** The same, with the exposure layer's marks drawn over the boxes ({@link ExposureMarks#NONE}: none). */
    public PictureRenderer(DiagramLayout layout, LineSet lines, DiagramStyle style, Emphasis emphasis, ExposureMarks marks) {
        this.layout = layout;
        this.style = style;
        this.flows = new FlowPainter(layout, lines, style, emphasis);
        this.marks = marks;
        this.markOf = marks.isEmpty() ? Map.of() : marks.of(layout);
    }

    /** Draws what the viewport shows at a level of detail (the background is the caller's). */
    public void render(Pen pen, Viewport view, Detail detail) {
        space = new LabelSpace();
        for (DiagramBox b : layout.boxes()) {
            if (view.sees(b)) {
                box(pen, view, detail, b);
            }
        }
        flows.streets(pen, view, "");
        flows.emphasis(pen, view, detail);
        flows.labels(pen, view, space);
        if (!markOf.isEmpty()) {
            marks.paint(pen, view, detail, layout, style, markOf);
        }
        outsideRow(pen, view);
    }

    /**
     * When the outside world and the address blocks (top level) are drawn too small to carry their
     * names, as at fit on a large cluster, the outside box's name is written once above their row,
     * so the lines running there end at something named.
     */
    private void outsideRow(Pen pen, Viewport view) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        String name = "";
        for (DiagramBox b : layout.boxes()) {
            boolean outside = b.kind() == BoxKind.OUTSIDE || b.kind() == BoxKind.ADDRESS_BLOCK;
            if (!outside || !view.sees(b) || b.width() * view.zoom() >= TINY) {
                continue;
            }
            left = Math.min(left, view.sx(b.x()));
            top = Math.min(top, view.sy(b.y()));
            if (b.kind() == BoxKind.OUTSIDE) {
                name = b.label();
            }
        }
        if (name.isEmpty()) {
            return;
        }
        double w = TextFit.measure(name, MIN_TEXT, true);
        double x = left; // from the row's left end (it starts at the diagram's left edge)
        double y = top - MIN_TEXT * 1.3 - 2;
        if (space.claim(x - 2, y, w + 4, MIN_TEXT * 1.3)) {
            pen.fillRect(x - 2, y, w + 4, MIN_TEXT * 1.3, 3, style.labelHalo(), 0.85);
            pen.text(name, x, y + MIN_TEXT, MIN_TEXT, true, style.text());
        }
    }

    private void box(Pen pen, Viewport view, Detail detail, DiagramBox b) {
        double x = view.sx(b.x());
        double y = view.sy(b.y());
        double w = b.width() * view.zoom();
        double h = b.height() * view.zoom();
        boolean group = b.kind() == BoxKind.NAMESPACE || b.kind() == BoxKind.NODE;
        double arc = Math.min(DiagramStyle.CORNER, DiagramStyle.CORNER * view.zoom() * 2);
        pen.fillRect(x, y, w, h, arc, style.fill(layout, b), 1);
        boolean dashed = b.kind() == BoxKind.ADDRESS_BLOCK || b.kind() == BoxKind.OUTSIDE;
        pen.strokeRect(x, y, w, h, arc, style.stroke(layout, b), group ? 2 : 1.2, dashed, 1);
        boolean open = !b.children().isEmpty() && detail.open(b);
        if (!open) {
            closed(pen, view, b, x, y, w, h, group && !b.children().isEmpty());
            return;
        }
        header(pen, view, b, x, y, w, Math.min(h, b.header() * view.zoom()));
        for (DiagramBox c : b.children()) {
            if (view.sees(c)) {
                box(pen, view, detail, c);
            }
        }
        if (b.kind() == BoxKind.POD) {
            flows.loopbacks(pen, view, b);
        } else {
            flows.streets(pen, view, b.id());
        }
        if (group && b.header() * view.zoom() < Math.max(MIN_TEXT, style.titleSize(b.kind()) * view.zoom()) + Math.max(3, 8 * view.zoom())) {
            groupName(pen, view, b, x, y, w, h, true); // opened at a scale too small for its title band: its name over it
        }
    }

    /**
     * A closed box: a group's name (on up to four lines, broken where Kubernetes names break)
     * and counts centred, anything else's title, details and badges at the top.
     */
    private void closed(Pen pen, Viewport view, DiagramBox b, double x, double y, double w, double h, boolean group) {
        if (!group) {
            List<String> details = b.details().isEmpty() ? insideWords(b) : b.details();
            header(pen, view, b, x, y, w, h, details);
            return;
        }
        groupName(pen, view, b, x, y, w, h, false);
    }

    /**
     * A group's name and counts centred over its box, on a halo when they pass its edges; over an
     * opened group ({@code over}) its name alone on one line at the top, on a halo.
     */
    private void groupName(Pen pen, Viewport view, DiagramBox b, double x, double y, double w, double h, boolean over) {
        // the name keeps to its box and half the street on each side, so it never meets a neighbour's
        double street = layout.router().streetWidth(layout.parent(b.id()).map(DiagramBox::id).orElse("")) * view.zoom();
        NameLines.Room room = new NameLines.Room() {
            @Override
            public double width(double size) {
                // (a hyphen may hang past a line's end: its width is kept free for it)
                return w - 2 + Math.min(street * 0.8, 14) - TextFit.measure("-", size, true);
            }

            @Override
            public int lines(double size) {
                // up to four lines, over the box and half the streets above and below it when the box is shorter
                return (int) Math.max(1, Math.min(4, Math.floor((h - 4 + Math.min(street * 0.8, 6)) / (size * 1.15))));
            }
        };
        // as large as the zoom makes it, but smaller (down to the least readable size) rather than broken inside a word
        double size = NameLines.size(b.label(), Math.max(MIN_TEXT, Math.min(style.titleSize(b.kind()) * view.zoom(),
                Math.max(MIN_TEXT, h * 0.25))), MIN_TEXT, true, room);
        size = NameLines.orSmaller(b.label(), size, MIN_DETAIL, true, room); // the counts' size rather than a word shortened
        double lineHeight = size * 1.15;
        // over an opened group its name takes one line at its top, where its title band is: in the middle it would lie
        // over the names of the boxes inside
        List<String> name = NameLines.of(b.label(), size, true, room.width(size), over ? 1 : room.lines(size));
        String counts = b.details().isEmpty() ? "" : counts(b.details().get(0), w - 6);
        boolean withCounts = !over && !counts.isEmpty() && h >= name.size() * lineHeight + MIN_DETAIL * 1.6 + 6;
        double block = name.size() * lineHeight + (withCounts ? MIN_DETAIL * 1.5 : 0);
        double top = over ? y + 1 : y + (h - block) / 2;
        double widest = 0;
        for (String line : name) {
            widest = Math.max(widest, TextFit.measure(line, size, true));
        }
        if (over || widest > w - 4 || block > h) {
            pen.fillRect(x + w / 2 - widest / 2 - 3, top - 2, widest + 6, name.size() * lineHeight + 4, 4, style.labelHalo(), 0.85);
        }
        space.take(x + w / 2 - widest / 2, top, widest, name.size() * lineHeight);
        double baseline = top + size * 0.95;
        for (String line : name) {
            pen.text(line, x + w / 2 - TextFit.measure(line, size, true) / 2, baseline, size, true, style.text());
            baseline += lineHeight;
        }
        if (withCounts) {
            double cw = TextFit.measure(counts, MIN_DETAIL, false);
            pen.text(counts, x + w / 2 - cw / 2, baseline - size * 0.95 + MIN_DETAIL * 1.35, MIN_DETAIL, false, style.detailText());
        }
    }

    /** As many of the counts ("10 workloads · 100 pods · 10 Services") as fit a width, whole. */
    private static String counts(String all, double width) {
        return TextFit.wholeParts(all, MIN_DETAIL, width);
    }

    /** What a closed pod says of its inside: its pause container's addresses. */
    private static List<String> insideWords(DiagramBox b) {
        for (DiagramBox c : b.children()) {
            if (c.kind() == BoxKind.PAUSE && !c.details().isEmpty()) {
                return List.of(c.details().get(0));
            }
        }
        return List.of();
    }

    private void header(Pen pen, Viewport view, DiagramBox b, double x, double y, double w, double h) {
        header(pen, view, b, x, y, w, h, b.details());
    }

    /** The title, detail lines and badges at the top of a box, as many as its band holds at a readable size. */
    private void header(Pen pen, Viewport view, DiagramBox b, double x, double y, double w, double h, List<String> details) {
        double z = view.zoom();
        boolean bold = b.kind() == BoxKind.NAMESPACE || b.kind() == BoxKind.NODE || b.kind() == BoxKind.WORKLOAD
                || b.kind() == BoxKind.SERVICE;
        double size = Math.max(MIN_TEXT, style.titleSize(b.kind()) * z);
        double pad = Math.max(3, 8 * z);
        boolean small = b.children().isEmpty() && SMALL.contains(b.kind());
        boolean cramped = small && TextFit.measure(b.label(), size, bold) > w - 2 * pad;
        if (cramped) {
            // zoomed in, a small box is large enough for its name a little smaller than the zoom makes it: inside, with its
            // type and ports under it, rather than below an empty box
            double smaller = size * (w - 2 * pad) / TextFit.measure(b.label(), size, bold);
            if (smaller >= Math.max(MIN_TEXT, size * 0.6) && h >= smaller + pad) {
                size = smaller;
                cramped = false;
            }
        }
        if (small && (h < size + pad || cramped) && (below(pen, view, b, x, y, w, h, size, bold) || h < size + pad)) {
            return; // named below it, or too small for a name (else named inside, shortened, as a workload is)
        }
        if (h < size + pad) {
            return;
        }
        double badges = badges(pen, b, x, y, w, z, size);
        // too long, its middle is left out: pods of one workload differ at the end ("gateway-nbnw…-55b27")
        String title = NameLines.of(b.label(), size, bold, w - 2 * pad - badges, 1).get(0);
        if (title.isEmpty() || cramped && shownLetters(title) < Math.min(LEAST_SHOWN, b.label().length())) {
            return; // "…" or "po…" names nothing
        }
        double baseline = y + pad + size;
        pen.text(title, x + pad, baseline, size, bold, style.text());
        double detail = Math.max(MIN_DETAIL, DiagramStyle.DETAIL_SIZE * z);
        for (String d : details) {
            baseline += detail * 1.4;
            if (baseline > y + h - 2) {
                return;
            }
            String line = TextFit.parts(d, detail, w - 2 * pad);
            if (!line.isEmpty()) {
                pen.text(line, x + pad, baseline, detail, false, style.detailText());
            }
        }
    }

    /**
     * The name of a small box too small to hold it, written in the street below it (as a map
     * writes a village's name beside its dot), as wide as the box and half the streets beside it;
     * returns whether it was written.
     */
    private boolean below(Pen pen, Viewport view, DiagramBox b, double x, double y, double w, double h, double size, boolean bold) {
        String parent = layout.parent(b.id()).map(DiagramBox::id).orElse("");
        double street = layout.router().streetWidth(parent) * view.zoom(); // never makes a map on the painter's thread
        if (street < size + 2) {
            return false;
        }
        String name = TextFit.fit(b.label(), size, bold, w + street * 0.9);
        if (name.length() < b.label().length() && name.length() - 1 < Math.min(LEAST_SHOWN, b.label().length())) {
            return false;
        }
        double nw = TextFit.measure(name, size, bold);
        double left = x + w / 2 - nw / 2;
        if (!space.claim(left - 2, y + h + 1, nw + 4, size * 1.3)) {
            return true; // a neighbour's name is written there, over the street: this one is left out rather than written inside
        }
        pen.fillRect(left - 2, y + h + 1, nw + 4, size * 1.3, 3, style.labelHalo(), 0.8);
        pen.text(name, left, y + h + size + 1, size, bold, style.text());
        return true;
    }

    /** How many letters of a name a shortened title shows (its "…" aside). */
    private static int shownLetters(String title) {
        return title.replace("…", "").length();
    }

    /** How many pixels wide a box must be to show its whole title at the smallest size, with its badges. */
    static double titleRoomNeeded(DiagramBox b) {
        double badges = 0;
        for (String badge : b.badges()) {
            badges += TextFit.measure(badge, MIN_DETAIL, true) + 12;
        }
        return TextFit.measure(b.label(), MIN_TEXT, true) + 2 * 8 + badges + 2;
    }

    /** The badges at the top right, when the title keeps room for them; returns the width they take. */
    private double badges(Pen pen, DiagramBox b, double x, double y, double w, double z, double titleSize) {
        if (b.badges().isEmpty()) {
            return 0;
        }
        double size = Math.max(MIN_DETAIL, DiagramStyle.DETAIL_SIZE * z);
        double total = 0;
        for (String badge : b.badges()) {
            total += TextFit.measure(badge, size, true) + 12;
        }
        if (total > w * 0.55) {
            return 0;
        }
        double right = x + w - Math.max(3, 6 * z);
        double top = y + Math.max(3, 6 * z);
        for (int i = b.badges().size() - 1; i >= 0; i--) {
            String badge = b.badges().get(i);
            double bw = TextFit.measure(badge, size, true) + 8;
            pen.fillRect(right - bw, top, bw, size * 1.6, 8, style.badge(), 1);
            pen.text(badge, right - bw + 4, top + size * 1.2, size, true, 0xFFFFFF);
            right -= bw + 4;
        }
        return total;
    }

    /** The innermost box drawn at a point of the picture at a level of detail. */
    public Optional<DiagramBox> boxAt(double x, double y, Detail detail) {
        return layout.boxAt(x, y, detail);
    }
}
