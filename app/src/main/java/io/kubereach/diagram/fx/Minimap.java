package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * A small map of the whole picture in the canvas's corner: the top-level boxes in their colours
 * and a frame where the view is. Pressing or dragging in it moves the view there. Shown only while
 * the view does not hold the whole picture.
 */
final class Minimap extends Canvas {

    private static final double MAX_WIDTH = 200;
    private static final double MAX_HEIGHT = 140;
    private static final double MARGIN = 10;

    private final DiagramCanvas owner;
    private double scale = 1;

    Minimap(DiagramCanvas owner) {
        this.owner = owner;
        setId("minimap");
        setVisible(false);
        setOnMousePressed(this::moveView);
        setOnMouseDragged(this::moveView);
        setOnMouseReleased(MouseEvent::consume);
        setOnMouseClicked(MouseEvent::consume);
    }

    private void moveView(MouseEvent e) {
        owner.centerAt(e.getX() / scale, e.getY() / scale);
        e.consume();
    }

    /** Puts it in the bottom-right corner of a canvas of this size. */
    void place(double width, double height) {
        relocate(Math.max(0, width - getWidth() - MARGIN), Math.max(0, height - getHeight() - MARGIN));
    }

    /** Draws the picture and the view's frame; hidden while the view shows the whole picture. */
    void paint(DiagramLayout layout, DiagramStyle style, Viewport view, double fitZoom) {
        boolean wanted = layout.width() > 0 && view.zoom() > fitZoom * 1.05;
        setVisible(wanted);
        if (!wanted) {
            return;
        }
        scale = Math.min(MAX_WIDTH / layout.width(), MAX_HEIGHT / layout.height());
        double w = Math.ceil(layout.width() * scale);
        double h = Math.ceil(layout.height() * scale);
        if (getWidth() != w || getHeight() != h) {
            setWidth(w);
            setHeight(h);
            place(view.width(), view.height());
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(FxPen.color(style.background(), 0.92));
        g.fillRect(0, 0, w, h);
        for (DiagramBox b : layout.boxes()) {
            g.setFill(FxPen.color(style.stroke(layout, b), 0.55));
            g.fillRect(b.x() * scale, b.y() * scale, Math.max(1, b.width() * scale), Math.max(1, b.height() * scale));
        }
        g.setStroke(FxPen.color(style.detailText(), 1));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        double x0 = Math.max(0, -view.panX() / view.zoom() * scale);
        double y0 = Math.max(0, -view.panY() / view.zoom() * scale);
        double x1 = Math.min(w, (view.width() - view.panX()) / view.zoom() * scale);
        double y1 = Math.min(h, (view.height() - view.panY()) / view.zoom() * scale);
        g.setStroke(FxPen.color(style.highlight(), 1));
        g.setLineWidth(2);
        g.strokeRect(x0, y0, Math.max(2, x1 - x0), Math.max(2, y1 - y0));
    }
}
