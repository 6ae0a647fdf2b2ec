package io.kubereach.diagram;

import java.util.Optional;

/** For tests: the outermost box around a box of a laid-out picture. */
public final class OutermostBox {

    private OutermostBox() {
    }

    /** The id of the outermost box around box {@code id} (itself for a top-level one). */
    public static String of(DiagramLayout layout, String id) {
        String at = id;
        Optional<DiagramBox> parent = layout.parent(at);
        while (parent.isPresent()) {
            at = parent.get().id();
            parent = layout.parent(at);
        }
        return at;
    }
}
