package io.kubereach.ui.view;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column of wrapped text that works out its height once per width: a {@link VBox} asks each
 * wrapped label to lay its text out again at every height query, and a details pane is asked
 * several times a layout pass (the scroll pane tries it with and without its scroll bar), and again
 * in every pass after a piece is added below it. Until something inside it changes (which marks it
 * for layout) or its width does, it answers with the height it worked out.
 */
final class SettledBox extends VBox {

    private double prefFor = Double.NaN;
    private double pref;
    private double minFor = Double.NaN;
    private double min;

    SettledBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (isNeedsLayout() || width != prefFor) {
            pref = super.computePrefHeight(width);
            prefFor = width;
        }
        return pref;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (isNeedsLayout() || width != minFor) {
            min = super.computeMinHeight(width);
            minFor = width;
        }
        return min;
    }
}
