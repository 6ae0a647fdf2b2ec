package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the hand does on a {@link DiagramCanvas}: drag to pan, click to select, double-click (or
 * Enter on the selection) to expand or collapse in place, arrow keys to pan (Shift: farther), the
 * wheel to zoom around the cursor (a notch is a step of the zoom buttons; a touchpad glides).
 */
final class CanvasGestures {

    /** An arrow key pans by this share of the view; with Shift, by {@link #FAST_PAN} times as much. */
    static final double PAN_STEP = 0.1;
    static final double FAST_PAN = 4;
    /** The scroll delta of one notch of a mouse wheel. */
    private static final double WHEEL_NOTCH = 40;
    /** A press moved farther than this (pixels) is a drag, not a click. */
    private static final double DRAG_SLOP = 3;

    private final DiagramCanvas canvas;
    private double pressX;
    private double pressY;
    private boolean dragged;

    CanvasGestures(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        canvas.requestFocus();
        // the tab pane around would take the focus back on the press, and then Left/Right switch tabs
        e.consume();
    }

    void drag(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (dragged || Math.hypot(dx, dy) > DRAG_SLOP) {
            dragged = true;
            canvas.panBy(dx, dy);
            pressX = e.getX();
            pressY = e.getY();
        }
    }

    void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
            canvas.select(canvas.idAt(e.getX(), e.getY()));
        }
    }

    void clicked(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() % 2 == 0) {
            Point2D d = canvas.localToDiagram(e.getX(), e.getY());
            canvas.getDiagram().boxAt(d.getX(), d.getY(), canvas.detail()).ifPresent(canvas::toggleAround);
        }
    }

    void key(KeyEvent e) {
        String selected = canvas.getSelectedId();
        if (e.getCode() == KeyCode.ENTER && !selected.isEmpty()) {
            canvas.getDiagram().box(selected).ifPresent(canvas::toggleAround);
            e.consume();
            return;
        }
        double step = PAN_STEP * (e.isShiftDown() ? FAST_PAN : 1);
        double dx = switch (e.getCode()) {
            case LEFT, KP_LEFT -> canvas.getWidth() * step;
            case RIGHT, KP_RIGHT -> -canvas.getWidth() * step;
            default -> 0;
        };
        double dy = switch (e.getCode()) {
            case UP, KP_UP -> canvas.getHeight() * step;
            case DOWN, KP_DOWN -> -canvas.getHeight() * step;
            default -> 0;
        };
        if (dx != 0 || dy != 0) {
            // the picture moves the other way: Left shows what lies to the left
            canvas.panBy(dx, dy);
            e.consume();
        }
    }

    void scroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            canvas.wheelTurning();
            // a notch of a mouse wheel (40 units) is a step of the zoom buttons; a touchpad's small deltas glide
            canvas.zoomAt(Math.pow(DiagramLayout.ZOOM_STEP, e.getDeltaY() / WHEEL_NOTCH), e.getX(), e.getY());
            e.consume();
        }
    }
}
