package io.kubereach.diagram;

import io.kubereach.graph.TrafficVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the lines of a placed layout their paths: a line between two top-level boxes is routed
 * around the others ({@link LineRouter}), each pair of top-level boxes spreading its lines over
 * parallel lanes; a line inside one group is a short curve ({@link LineGeometry}).
 */
final class LinePlacement {

    /**
     * A line to draw, before it has a path.
     *
     * @param id the id of the graph edge it draws
     * @param kind what it stands for
     * @param verdict the verdict of a traffic line, empty for other lines
     * @param label its short text
     * @param sourceId the box it starts at
     * @param targetId the box it ends at
     */
    record Wanted(String id, LineKind kind, Optional<TrafficVerdict> verdict, String label, String sourceId, String targetId) {
    }

    private final DiagramLayout placed;
    private final LineRouter router;
    private final Map<String, Integer> lanesUsed = new HashMap<>();

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
            out.add(new DiagramLine(w.id(), w.kind(), w.verdict(), path(a, b), w.label(), a.id(), b.id()));
        }
        return out;
    }

    private LinePath path(DiagramBox a, DiagramBox b) {
        boolean forward = a.id().compareTo(b.id()) < 0;
        Optional<DiagramBox> topA = router.topOf(a);
        Optional<DiagramBox> topB = router.topOf(b);
        if (topA.isPresent() && topA.equals(topB)) {
            return LineGeometry.within(a, b, forward, topA.get());
        }
        if (topA.isEmpty() || topB.isEmpty()) {
            return LineGeometry.between(a, b, forward);
        }
        String pair = forward ? topA.get().id() + ">" + topB.get().id() : topB.get().id() + ">" + topA.get().id();
        int used = lanesUsed.merge(pair, 1, Integer::sum) - 1;
        return router.route(a, b, used + Math.floorMod(pair.hashCode(), 7)).orElseGet(() -> LineGeometry.between(a, b, forward));
    }
}
