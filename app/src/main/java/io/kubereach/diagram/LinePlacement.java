package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.TrafficVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the lines of a placed layout their paths: a line between two top-level boxes is routed
 * around the others ({@link LineRouter}), each pair of top-level boxes spreading its lines over
 * parallel lanes; a line inside one group is a short curve ({@link LineGeometry}), routed among
 * the group's boxes ({@link LineRouter#inside}) when the curve would cross one of them (not a
 * Service's lines to its backends, which stay curves).
 */
final class LinePlacement {

    /**
     * A line to draw, before it has a path.
     *
     * @param id the id of the graph edge it draws
     * @param kind what it stands for
     * @param verdict the verdict of a traffic line, empty for other lines
     * @param allowed the connections a traffic line allows, empty for other lines and for a line that stands for several
     * @param label its short text
     * @param sourceId the box it starts at
     * @param targetId the box it ends at
     */
    record Wanted(String id, LineKind kind, Optional<TrafficVerdict> verdict, Optional<ConnectionSet> allowed, String label,
            String sourceId, String targetId) {
    }

    private final DiagramLayout placed;
    private final LineRouter router;
    private final Map<String, Integer> lanesUsed = new HashMap<>();
    private final Map<String, LineRouter> inners = new HashMap<>();

    LinePlacement(DiagramLayout placed) {
        this.placed = placed;
        this.router = new LineRouter(placed.boxes());
    }

    /** The lines with their paths, in the order given. */
    List<DiagramLine> place(List<Wanted> wanted) {
        List<DiagramLine> out = new ArrayList<>(wanted.size());
        for (Wanted w : wanted) {
            DiagramBox a = placed.box(w.sourceId()).orElseThrow();
            DiagramBox b = placed.box(w.targetId()).orElseThrow();
            out.add(new DiagramLine(w.id(), w.kind(), w.verdict(), w.allowed(), path(w.kind(), a, b), w.label(), a.id(), b.id()));
        }
        return out;
    }

    private LinePath path(LineKind kind, DiagramBox a, DiagramBox b) {
        boolean forward = a.id().compareTo(b.id()) < 0;
        Optional<DiagramBox> topA = router.topOf(a);
        Optional<DiagramBox> topB = router.topOf(b);
        if (topA.isPresent() && topA.equals(topB)) {
            LinePath curve = LineGeometry.within(a, b, forward, topA.get());
            if (kind == LineKind.BACKS || !crossesSibling(curve, topA.get(), a, b)) {
                return curve; // a Service's many lines to its pods stay light curves
            }
            LineRouter inner = inners.computeIfAbsent(topA.get().id(), id -> LineRouter.inside(topA.get()));
            String pair = topA.get().id() + "/" + (forward ? a.id() + ">" + b.id() : b.id() + ">" + a.id());
            int used = lanesUsed.merge(pair, 1, Integer::sum) - 1;
            return inner.route(a, b, used).orElse(curve);
        }
        if (topA.isEmpty() || topB.isEmpty()) {
            return LineGeometry.between(a, b, forward);
        }
        String pair = forward ? topA.get().id() + ">" + topB.get().id() : topB.get().id() + ">" + topA.get().id();
        int used = lanesUsed.merge(pair, 1, Integer::sum) - 1;
        return router.route(a, b, used + Math.floorMod(pair.hashCode(), 7)).orElseGet(() -> LineGeometry.between(a, b, forward));
    }

    /** Whether a path inside a group runs across one of the group's boxes that holds neither end. */
    private static boolean crossesSibling(LinePath path, DiagramBox group, DiagramBox a, DiagramBox b) {
        for (DiagramBox sibling : group.children()) {
            if (sibling.contains(a.centerX(), a.centerY()) || sibling.contains(b.centerX(), b.centerY())) {
                continue;
            }
            for (int i = 0; i <= 16; i++) {
                DiagramPoint p = path.pointAt(i / 16.0);
                if (p.x() > sibling.x() && p.x() < sibling.x() + sibling.width() && p.y() > sibling.y()
                        && p.y() < sibling.y() + sibling.height()) {
                    return true;
                }
            }
        }
        return false;
    }
}
