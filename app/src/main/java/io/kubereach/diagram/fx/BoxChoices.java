package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.ZoomDetail;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The boxes the user expanded ({@code true}) or collapsed ({@code false}) against what the zoom
 * says, kept at any zoom and across pictures that still have those boxes.
 */
final class BoxChoices {

    private Map<String, Boolean> chosen = Map.of();

    /** The choices, by box id. */
    Map<String, Boolean> asMap() {
        return chosen;
    }

    /** Takes these choices, leaving out boxes the layout does not have. */
    void take(DiagramLayout layout, Map<String, Boolean> choices) {
        chosen = keptFor(layout, choices);
    }

    /** Whether the user collapsed this box. */
    private boolean collapsed(String id) {
        return Boolean.FALSE.equals(chosen.get(id));
    }

    /** The zoom at which every box around {@code id} is drawn open, boxes the user collapsed left out; 0 when none needs it. */
    double zoomToOpenAround(DiagramLayout layout, String id) {
        double wanted = 0;
        Optional<DiagramBox> p = layout.box(id).flatMap(b -> layout.parent(b.id()));
        while (p.isPresent()) {
            wanted = Math.max(wanted, collapsed(p.get().id()) ? 0 : layout.openZoom(p.get()) * 1.02);
            p = layout.parent(p.get().id());
        }
        return wanted;
    }

    /** Which boxes of a layout are open at a zoom. */
    ZoomDetail detail(DiagramLayout layout, double zoom) {
        return new ZoomDetail(layout, zoom, chosen);
    }

    /** Opens a closed box or closes an open one at this zoom; false when there is no such box or it holds nothing. */
    boolean toggle(DiagramLayout layout, String id, double zoom) {
        Optional<DiagramBox> box = layout.box(id);
        if (box.isEmpty() || box.get().children().isEmpty()) {
            return false;
        }
        boolean open = detail(layout, zoom).open(box.get());
        boolean byZoom = zoom >= layout.openZoom(box.get());
        Map<String, Boolean> next = new HashMap<>(chosen);
        if (!open == byZoom) {
            next.remove(id); // back to what the zoom says
        } else {
            next.put(id, !open);
        }
        chosen = Map.copyOf(next);
        return true;
    }

    /** Whether a box is drawn open at this zoom: it holds something, is open, and so is every box around it. */
    boolean drawnOpen(DiagramLayout layout, String id, double zoom) {
        ZoomDetail detail = detail(layout, zoom);
        return layout.box(id).map(b -> !b.children().isEmpty() && detail.open(b) && drawn(layout, detail, b)).orElse(false);
    }

    private static boolean drawn(DiagramLayout layout, ZoomDetail detail, DiagramBox b) {
        Optional<DiagramBox> p = layout.parent(b.id());
        while (p.isPresent()) {
            if (!detail.open(p.get())) {
                return false;
            }
            p = layout.parent(p.get().id());
        }
        return true;
    }

    /** The expanded and collapsed boxes that a layout still has. */
    static Map<String, Boolean> keptFor(DiagramLayout layout, Map<String, Boolean> choices) {
        Map<String, Boolean> kept = new HashMap<>();
        choices.forEach((id, open) -> {
            if (layout.box(id).isPresent()) {
                kept.put(id, open);
            }
        });
        return Map.copyOf(kept);
    }
}
