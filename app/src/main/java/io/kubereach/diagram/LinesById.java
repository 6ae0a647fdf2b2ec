package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a line of a picture by its id, with its path and words, whatever level of detail it was
 * drawn at: a graph edge's id gives the line between its own boxes; a merged line's id
 * ({@code KIND:SOURCE>TARGET}, as {@link LineSet} names them) gives every connection of that kind
 * from inside the one box to inside the other, merged.
 */
final class LinesById {

    private LinesById() {
    }

    /** The line of an id in a picture; empty when the picture has no such line. */
    static Optional<DiagramLine> line(DiagramLayout layout, String id) {
        Optional<Connection> single = layout.connection(id);
        if (single.isPresent()) {
            return Optional.of(lineOf(layout, List.of(single.get()), single.get().sourceId(), single.get().targetId(), id));
        }
        int colon = id.indexOf(':');
        int arrow = id.indexOf('>');
        if (colon < 0 || arrow < colon) {
            return Optional.empty();
        }
        String kind = id.substring(0, colon);
        Optional<DiagramBox> from = layout.box(id.substring(colon + 1, arrow));
        Optional<DiagramBox> to = layout.box(id.substring(arrow + 1));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        List<Connection> parts = new ArrayList<>();
        for (Connection c : layout.connections()) {
            if (c.edge().kind().equals(kind) && within(layout, c.sourceId(), from.get().id()) && within(layout, c.targetId(), to.get().id())) {
                parts.add(c);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(lineOf(layout, parts, from.get().id(), to.get().id(), id));
    }

    private static DiagramLine lineOf(DiagramLayout layout, List<Connection> parts, String from, String to, String id) {
        LineClass combined = parts.get(0).lineClass();
        for (Connection c : parts) {
            combined = combined.and(c.lineClass());
        }
        long[] steps = layout.router().route(layout.box(from).orElseThrow(), layout.box(to).orElseThrow()).orElse(null);
        DrawnLine drawn = new DrawnLine(id, parts.get(0).kind(), combined, parts, from, to, steps);
        return LineSet.none(layout).diagramLine(drawn, layout.text());
    }

    /** Whether a box is another or lies inside it. */
    private static boolean within(DiagramLayout layout, String boxId, String outerId) {
        Optional<String> at = Optional.of(boxId);
        while (at.isPresent()) {
            if (at.get().equals(outerId)) {
                return true;
            }
            at = layout.parent(at.get()).map(DiagramBox::id);
        }
        return false;
    }
}
