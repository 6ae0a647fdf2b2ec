package io.kubereach.ui.view;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column of wrapped text that works out its height once per width: a {@link VBox} asks each
 * wrapped label to lay its text out again at every height query, and a details pane is asked
 * several times a layout pass (the scroll pane tries it at two widths, with and without its scroll
 * bar), and again in every pass after a piece is added below it. Until something inside it changes
 * (which marks it for layout), it answers with the heights it worked out for the last two widths.
 */
final class SettledBox extends VBox {

    private final Heights pref = new Heights();
    private final Heights min = new Heights();

    SettledBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (isNeedsLayout()) {
            pref.forget();
        }
        double known = pref.at(width);
        return Double.isNaN(known) ? pref.put(width, super.computePrefHeight(width)) : known;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (isNeedsLayout()) {
            min.forget();
        }
        double known = min.at(width);
        return Double.isNaN(known) ? min.put(width, super.computeMinHeight(width)) : known;
    }

    /** The heights worked out for the last two widths asked. */
    private static final class Heights {
        private final double[] widths = {Double.NaN, Double.NaN};
        private final double[] heights = new double[2];
        private int older;

        double at(double width) {
            for (int i = 0; i < 2; i++) {
                if (widths[i] == width) {
                    return heights[i];
                }
            }
            return Double.NaN;
        }

        double put(double width, double height) {
            widths[older] = width;
            heights[older] = height;
            older = 1 - older;
            return height;
        }

        void forget() {
            widths[0] = Double.NaN;
            widths[1] = Double.NaN;
        }
    }
}
