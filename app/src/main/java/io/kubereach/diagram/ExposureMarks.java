package io.kubereach.diagram;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exposure layer drawn on the boxes: a mark on each box whose workload is exposed (reachable
 * from outside the cluster, from every namespace, or isolated by no policy), the same at every
 * level: a workload's box and each of its pods carry its mark; a namespace or node box that holds
 * exposed workloads carries their count. A mark is a bar down the box's left edge in the colour
 * of the worst reason (drawn at any zoom, however small the box) and, when the box has room, a tag
 * at its bottom right that says it in words ("outside", "3 exposed").
 *
 * @param byWorkload the reasons of each exposed workload, by workload vertex id
 */
public record ExposureMarks(Map<String, Set<Reason>> byWorkload) {

    /** No marks: the layer is off. */
    public static final ExposureMarks NONE = new ExposureMarks(Map.of());

    /** Why a workload is exposed, the worst first. */
    public enum Reason {
        /** Something outside the cluster may open connections to it. */
        OUTSIDE,
        /** Any pod of any namespace may open connections to it. */
        EVERY_NAMESPACE,
        /** No policy isolates it for ingress. */
        NOT_ISOLATED
    }

    /**
     * The mark of one box.
     *
     * @param worst the worst reason of the workloads it stands for
     * @param workloads how many exposed workloads it stands for (1 for a workload or pod)
     * @param group whether it is a group (namespace, node) that counts its workloads
     */
    public record Mark(Reason worst, int workloads, boolean group) {
    }

    public ExposureMarks {
        Map<String, Set<Reason>> copy = new HashMap<>();
        byWorkload.forEach((id, reasons) -> copy.put(id, Set.copyOf(reasons)));
        byWorkload = Map.copyOf(copy);
    }

    /** The marks of the exposed ones of some workloads' exposures, each workload with every reason it has. */
    public static ExposureMarks of(java.util.Collection<io.kubereach.report.Exposure> exposures) {
        Map<String, Set<Reason>> byWorkload = new java.util.LinkedHashMap<>();
        exposures.stream().filter(io.kubereach.report.Exposure::exposed)
                .forEach(e -> byWorkload.put(io.kubereach.graph.GraphVertex.WorkloadVertex.idOf(e.workload()), reasons(e)));
        return new ExposureMarks(byWorkload);
    }

    /** Why an exposed workload is marked, the worst first. */
    public static Set<Reason> reasons(io.kubereach.report.Exposure e) {
        Set<Reason> out = EnumSet.noneOf(Reason.class);
        if (e.reachableFromOutside()) {
            out.add(Reason.OUTSIDE);
        }
        if (e.reachableFromEveryNamespace()) {
            out.add(Reason.EVERY_NAMESPACE);
        }
        if (!e.ingressProtected()) {
            out.add(Reason.NOT_ISOLATED);
        }
        return out;
    }

    /** How many workloads carry a mark. */
    public int workloads() {
        return byWorkload.size();
    }

    /** Whether the layer draws nothing. */
    public boolean isEmpty() {
        return byWorkload.isEmpty();
    }

    /** The marks of every box of a layout, by box id: a box not in the map carries none. */
    public Map<String, Mark> of(DiagramLayout layout) {
        Map<String, Mark> out = new HashMap<>();
        for (DiagramBox b : layout.boxes()) {
            walk(b, Optional.empty(), out);
        }
        return out;
    }

    /** Marks a box and those inside it; returns the exposed workloads it holds, each with its worst reason. */
    private Map<String, Reason> walk(DiagramBox b, Optional<Reason> inherited, Map<String, Mark> out) {
        Map<String, Reason> held = new HashMap<>();
        Optional<Reason> own = inherited;
        if (b.kind() == BoxKind.WORKLOAD) {
            String workload = workloadId(b.id());
            own = Optional.ofNullable(byWorkload.get(workload)).map(ExposureMarks::worst);
            own.ifPresent(r -> held.put(workload, r));
        }
        for (DiagramBox c : b.children()) {
            held.putAll(walk(c, b.kind() == BoxKind.WORKLOAD || b.kind() == BoxKind.POD ? own : Optional.empty(), out));
        }
        boolean group = b.kind() == BoxKind.NAMESPACE || b.kind() == BoxKind.NODE;
        if (group && !held.isEmpty()) {
            out.put(b.id(), new Mark(worst(new HashSet<>(held.values())), held.size(), true));
        } else if ((b.kind() == BoxKind.WORKLOAD || b.kind() == BoxKind.POD) && own.isPresent()) {
            out.put(b.id(), new Mark(own.get(), 1, false));
        }
        return held;
    }

    /** A workload box's workload: its id, less the node it stands on when the diagram groups by node. */
    private static String workloadId(String boxId) {
        int at = boxId.indexOf("@node:");
        return at < 0 ? boxId : boxId.substring(0, at);
    }

    private static Reason worst(Set<Reason> reasons) {
        return EnumSet.copyOf(reasons).iterator().next();
    }

    /** The mark's colour in a style: red for outside, orange for every namespace, amber for no policy (lighter on dark). */
    public static int color(Reason reason, DiagramStyle style) {
        return switch (reason) {
            case OUTSIDE -> style.dark() ? 0xFF6E6E : 0xC62828;
            case EVERY_NAMESPACE -> style.dark() ? 0xFFAB40 : 0xE65100;
            case NOT_ISOLATED -> style.dark() ? 0xE0C060 : 0x9A7B00;
        };
    }

    /** The words of a mark's tag, in the language of {@code text}. */
    static String words(Mark mark, DiagramText text) {
        if (mark.group()) {
            return text.format("mark.exposed", mark.workloads());
        }
        return text.get(switch (mark.worst()) {
            case OUTSIDE -> "mark.OUTSIDE";
            case EVERY_NAMESPACE -> "mark.EVERY_NAMESPACE";
            case NOT_ISOLATED -> "mark.NOT_ISOLATED";
        });
    }

    /** Draws the marks of the boxes a viewport shows, over the picture. */
    void paint(Pen pen, Viewport view, Detail detail, DiagramLayout layout, DiagramStyle style, Map<String, Mark> marks) {
        for (DiagramBox b : layout.boxes()) {
            paint(pen, view, detail, layout, style, marks, b);
        }
    }

    private void paint(Pen pen, Viewport view, Detail detail, DiagramLayout layout, DiagramStyle style, Map<String, Mark> marks,
            DiagramBox b) {
        if (!view.sees(b)) {
            return;
        }
        Mark mark = marks.get(b.id());
        if (mark != null) {
            tag(pen, view, layout, style, b, mark);
        }
        if (!b.children().isEmpty() && detail.open(b)) {
            for (DiagramBox c : b.children()) {
                paint(pen, view, detail, layout, style, marks, c);
            }
        }
    }

    private static void tag(Pen pen, Viewport view, DiagramLayout layout, DiagramStyle style, DiagramBox b, Mark mark) {
        double x = view.sx(b.x());
        double y = view.sy(b.y());
        double w = b.width() * view.zoom();
        double h = b.height() * view.zoom();
        int color = color(mark.worst(), style);
        double bar = Math.max(3, Math.min(6, w * 0.06));
        pen.fillRect(x, y, bar, Math.max(h, 4), 0, color, 1);
        String words = words(mark, layout.text());
        double size = PictureRenderer.MIN_DETAIL;
        double tw = TextFit.measure(words, size, true) + 8;
        if (tw < w * 0.8 && h > size * 3) {
            // bottom right, where a box's title, details and badges never are: inside a workload or pod,
            // across the bottom edge of a group (whose inside holds boxes)
            double top = mark.group() ? y + h - size * 0.8 : y + h - size * 1.6 - Math.max(2, 3 * view.zoom());
            double left = x + w - tw - Math.max(3, 6 * view.zoom());
            pen.fillRect(left, top, tw, size * 1.6, 6, color, 1);
            pen.text(words, left + 4, top + size * 1.2, size, true, 0xFFFFFF);
        }
    }
}
