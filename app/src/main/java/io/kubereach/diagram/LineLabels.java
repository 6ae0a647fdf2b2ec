package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.TrafficVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Which lines get a label painted at their middle, and where: traffic lines with specific
 * ports and routes, each only where it overlaps no label already placed, so labels never pile
 * up. Both painters use it, so the screen and the export label the same lines.
 */
public final class LineLabels {

    /** Beyond this many lines the picture has no line labels at all (tooltips still tell). */
    static final int MAX_LINES = 400;

    /**
     * A placed label.
     *
     * @param line the line it belongs to
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     */
    public record Placed(DiagramLine line, double x, double y, double width, double height) {
    }

    /** A rectangle a label must not cover. */
    private record Area(double x, double y, double width, double height) {
        boolean overlaps(Placed p) {
            return x < p.x() + p.width() && x + width > p.x() && y < p.y() + p.height() && y + height > p.y();
        }
    }

    private LineLabels() {
    }

    /** The labels of a layout, in drawing order. */
    public static List<Placed> of(DiagramLayout layout) {
        List<Placed> out = new ArrayList<>();
        if (layout.lines().size() > MAX_LINES) {
            return out;
        }
        List<Area> obstacles = obstacles(layout);
        for (DiagramLine l : layout.lines()) {
            if (!worthLabel(l)) {
                continue;
            }
            double w = TextMeasure.width(l.label(), DiagramStyle.DETAIL_SIZE) + 6;
            double h = DiagramStyle.DETAIL_SIZE * 1.5;
            for (double t : PLACES) {
                DiagramPoint at = l.pointAt(t);
                Placed p = new Placed(l, at.x() - w / 2, at.y() - h / 2, w, h);
                if (out.stream().noneMatch(o -> overlaps(o, p)) && obstacles.stream().noneMatch(o -> o.overlaps(p))) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    /** Where along a line a label may go, tried in this order. */
    private static final double[] PLACES = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

    /** What a label must not cover: every small box, and the title strip of every group box. */
    private static List<Area> obstacles(DiagramLayout layout) {
        List<Area> out = new ArrayList<>();
        for (DiagramBox b : layout.allBoxes()) {
            boolean group = b.kind() == BoxKind.NODE || b.kind() == BoxKind.NAMESPACE || b.kind() == BoxKind.WORKLOAD;
            double h = group ? Math.min(b.height(), 22 + b.details().size() * DiagramStyle.DETAIL_SIZE * 1.4) : b.height();
            if (b.kind() != BoxKind.POD) {
                out.add(new Area(b.x(), b.y(), b.width(), h));
            }
        }
        return out;
    }

    private static boolean worthLabel(DiagramLine l) {
        if (l.label().isEmpty()) {
            return false;
        }
        if (l.kind() == LineKind.ROUTES) {
            return true;
        }
        // green with every port is said by the colour; a label adds only specific ports
        return l.kind() == LineKind.TRAFFIC && !(l.verdict().orElse(TrafficVerdict.BLOCKED) == TrafficVerdict.ALLOWED
                && l.allowed().map(ConnectionSet::isAll).orElse(false));
    }

    private static boolean overlaps(Placed a, Placed b) {
        return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
    }
}
