package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A box while it is being laid out: its size, and its place relative to its parent. Turned into
 * an immutable {@link DiagramBox} with absolute coordinates at the end.
 */
final class DraftBox {

    final String id;
    final BoxKind kind;
    final String label;
    final List<String> details;
    final List<String> badges;
    final String namespace;
    final List<DraftBox> children = new ArrayList<>();
    double x;
    double y;
    double width;
    double height;
    /** The height of the title band; the children start below it (by default what the words need). */
    double header;

    DraftBox(String id, BoxKind kind, String label, List<String> details, List<String> badges, String namespace) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.details = List.copyOf(details);
        this.badges = List.copyOf(badges);
        this.namespace = namespace;
        this.header = headerHeight(kind, this.details.size());
    }

    /** The height of the title band at the top of the box. */
    double headerHeight() {
        return header;
    }

    /** The height of the title and detail lines at the top of a box of a kind. */
    static double headerHeight(BoxKind kind, int detailLines) {
        double title = DiagramStyle.DEFAULT.titleSize(kind) * 1.45;
        return Layout.PADDING + title + detailLines * DiagramStyle.DETAIL_SIZE * 1.4;
    }

    /** The width the title, details and badges need. */
    double headerWidth() {
        double w = TextMeasure.boldWidth(label, DiagramStyle.DEFAULT.titleSize(kind));
        for (String d : details) {
            w = Math.max(w, TextMeasure.width(d, DiagramStyle.DETAIL_SIZE));
        }
        double badgeWidth = 0;
        for (String b : badges) {
            badgeWidth += TextMeasure.boldWidth(b, DiagramStyle.DETAIL_SIZE) + Layout.BADGE_PADDING * 2 + 4;
        }
        return 2 * Layout.PADDING + w + (badgeWidth > 0 ? badgeWidth + Layout.GAP : 0);
    }

    /** Turns this shape and its children into boxes, placed at its parent's absolute position. */
    DiagramBox toBox(double parentX, double parentY) {
        double ax = parentX + x;
        double ay = parentY + y;
        List<DiagramBox> inner = new ArrayList<>(children.size());
        for (DraftBox c : children) {
            inner.add(c.toBox(ax, ay));
        }
        return new DiagramBox(id, kind, label, details, badges, namespace, round(ax), round(ay), round(width), round(height), round(header), inner);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Spacing constants of the layout. */
    static final class Layout {
        static final double PADDING = 8;
        static final double GAP = 10;
        static final double GROUP_GAP = 18;
        static final double BADGE_PADDING = 4;
        static final double LO_GAP = 26;

        private Layout() {
        }
    }
}
