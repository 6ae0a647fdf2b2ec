package io.kubereach.diagram;

import java.util.Set;

/**
 * What the picture stresses: boxes framed, lines drawn on their own along their whole way (the
 * ids of graph edges, or of lines merged at the level shown), the rest of the lines faded; and
 * the one selected element, framed strongly. Empty: nothing stressed, nothing faded.
 *
 * @param boxes the ids of the boxes to frame
 * @param lines the ids of the lines to trace
 * @param selected the id of the selected box or line; empty for none
 */
public record Emphasis(Set<String> boxes, Set<String> lines, String selected) {

    /** Nothing stressed. */
    public static final Emphasis NONE = new Emphasis(Set.of(), Set.of(), "");

    public Emphasis {
        boxes = Set.copyOf(boxes);
        lines = Set.copyOf(lines);
    }

    /** Whether something is stressed, so the rest is faded. */
    public boolean fades() {
        return !boxes.isEmpty() || !lines.isEmpty();
    }
}
