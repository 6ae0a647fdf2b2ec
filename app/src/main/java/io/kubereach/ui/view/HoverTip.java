package io.kubereach.ui.view;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A reused cell's tooltip, made the first time the mouse enters the cell and kept for every row the cell
 * shows after. A {@link Tooltip} is a popup window with a scene of its own, styled as it is made: a details
 * list making one with each of its few dozen cells held the JavaFX thread for a frame over 100 ms at 10,000 pods.
 */
final class HoverTip {

    private final Control cell;
    private Tooltip tip;
    private String text = "";

    HoverTip(Control cell) {
        this.cell = cell;
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install());
    }

    /** The text the cell's tooltip shows from now on; the tooltip itself waits for the mouse. */
    void show(String text) {
        this.text = text;
        if (tip != null) {
            tip.setText(text);
            cell.setTooltip(tip);
        }
    }

    /** The cell shows no tooltip (an empty cell, or a row that needs none). */
    void clear() {
        text = "";
        cell.setTooltip(null);
    }

    /** Whether the cell has made its tooltip (the mouse entered it with a text to show). */
    boolean made() {
        return tip != null;
    }

    private void install() {
        if (text.isEmpty() || cell.getTooltip() != null) {
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
        }
        tip.setText(text);
        cell.setTooltip(tip);
    }
}
