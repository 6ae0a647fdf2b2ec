package io.kubereach.diagram;

import java.util.Map;

/**
 * Which boxes are open on screen: a box opens once the zoom makes what is inside it readable
 * ({@link DiagramLayout#openZoom}), box by box, so the detail follows what the user looks at; a box
 * the user expanded or collapsed (double-click, Enter) stays so at any zoom.
 *
 * @param layout the picture
 * @param zoom pixels per unit
 * @param chosen the boxes the user expanded ({@code true}) or collapsed ({@code false}), by id
 */
public record ZoomDetail(DiagramLayout layout, double zoom, Map<String, Boolean> chosen) implements Detail {

    public ZoomDetail {
        chosen = Map.copyOf(chosen);
    }

    @Override
    public boolean open(DiagramBox container) {
        Boolean mine = chosen.get(container.id());
        return mine != null ? mine : zoom >= layout.openZoom(container);
    }

    /**
     * A number that changes exactly when the set of open boxes does (the zoom crossing the zoom at
     * which some box opens, or the user's choices changing), so lines are worked out again only then.
     */
    public long key() {
        return layout.boxesOpenAt(zoom) * 1_000_003L + chosen.hashCode();
    }
}
