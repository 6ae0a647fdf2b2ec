package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DrawnLine;
import io.kubereach.diagram.FlowHit;
import io.kubereach.diagram.LineSet;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * What is under a point of a {@link DiagramCanvas}: the id a click selects, and the tooltip (a
 * line's pairs and verdicts, a box's kind, name and details) that follows the mouse while it
 * shows; nothing over empty space.
 */
final class CanvasPointer {

    private final DiagramCanvas canvas;
    private TooltipText words;
    private final Tooltip tooltip = new Tooltip();
    private double mouseX;
    private double mouseY;

    /** Speaks the language of {@code text} from the next tooltip on. */
    void speak(DiagramText text) {
        this.words = new TooltipText(text);
    }

    /** Installs the tooltip on {@code canvas}, following the mouse over its {@code surface}. */
    CanvasPointer(DiagramCanvas canvas, Canvas surface, DiagramText text) {
        this.canvas = canvas;
        this.words = new TooltipText(text);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setOnShowing(e -> {
            tooltip.setText(describe(mouseX, mouseY));
            if (tooltip.getText().isEmpty()) {
                Platform.runLater(tooltip::hide);
            }
        });
        Tooltip.install(canvas, tooltip);
        surface.setOnMouseMoved(e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            if (tooltip.isShowing()) {
                tooltip.setText(describe(mouseX, mouseY));
            }
        });
    }

    /** The id of the line or innermost drawn box at a point of the canvas; empty when there is nothing. */
    String idAt(double x, double y) {
        LineSet lines = canvas.lineSet();
        DiagramLayout layout = canvas.getDiagram();
        Optional<FlowHit> flow = FlowHit.at(lines, layout, canvas.viewport(), canvas.detail(), x, y, 5);
        if (flow.isPresent()) {
            return flow.get().lines(lines, 1).stream().findFirst().map(DrawnLine::id).orElse("");
        }
        Point2D d = canvas.localToDiagram(x, y);
        return layout.boxAt(d.getX(), d.getY(), canvas.detail()).map(DiagramBox::id).orElse("");
    }

    /** The tooltip text of what is at a point of the canvas: the kind, the name and the details or verdict. */
    String describe(double x, double y) {
        LineSet lines = canvas.lineSet();
        DiagramLayout layout = canvas.getDiagram();
        Optional<FlowHit> flow = FlowHit.at(lines, layout, canvas.viewport(), canvas.detail(), x, y, 5);
        if (flow.isPresent()) {
            return words.of(flow.get(), lines);
        }
        Point2D d = canvas.localToDiagram(x, y);
        return layout.boxAt(d.getX(), d.getY(), canvas.detail()).map(words::of).orElse("");
    }
}
