package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * The marks drawn over the diagram for what is highlighted (faint) and selected (strong): a
 * rounded frame around a box, a wide translucent stroke under a line.
 */
final class SelectionMarks {

    private SelectionMarks() {
    }

    /** The marks of the highlighted ids and of the selected one (none when it is empty), in the style's colour. */
    static List<Node> of(DiagramLayout layout, Set<String> highlighted, String selected, DiagramStyle style) {
        List<Node> marks = new ArrayList<>();
        for (String id : highlighted) {
            mark(layout, id, style.highlight(), 0.6, marks);
        }
        if (!selected.isEmpty()) {
            mark(layout, selected, style.highlight(), 1, marks);
        }
        return marks;
    }

    private static void mark(DiagramLayout layout, String id, int rgb, double opacity, List<Node> out) {
        layout.box(id).ifPresent(b -> {
            Rectangle r = new Rectangle(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6);
            r.setArcWidth(DiagramStyle.CORNER + 4);
            r.setArcHeight(DiagramStyle.CORNER + 4);
            r.setFill(null);
            r.setStroke(DiagramShapes.color(rgb));
            r.setStrokeWidth(3);
            r.setOpacity(opacity);
            out.add(r);
        });
        layout.line(id).ifPresent(line -> {
            Path c = DiagramShapes.path(line.path());
            c.setFill(null);
            c.setStroke(DiagramShapes.color(rgb));
            c.setStrokeWidth(DiagramStyle.TRAFFIC_WIDTH + 4);
            c.setOpacity(0.45 * opacity);
            out.add(c);
        });
    }
}
