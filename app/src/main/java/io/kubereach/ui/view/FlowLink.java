package io.kubereach.ui.view;

import io.kubereach.ui.model.LineBreaks;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.TextFlow;

/**
 * A link inside a sentence ({@link TextFlow}) that never runs past the sentence's width: a text
 * flow gives its links their preferred width whatever room is left, so a long policy name
 * ("checkout-prod-71/default-deny-ingress") ran off the details panel; this one, as wide as the
 * flow at most, wraps where its name may break (after {@code -}, {@code /}).
 */
final class FlowLink extends Hyperlink {

    private double room = Double.MAX_VALUE;

    FlowLink(String text, Runnable action) {
        super(LineBreaks.soft(text));
        setOnAction(e -> action.run());
        setPadding(new Insets(0));
        setWrapText(true);
    }

    /** Keeps this link as wide as {@code flow} at most. */
    void fitTo(TextFlow flow) {
        room(flow.getWidth());
        flow.widthProperty().addListener((obs, old, now) -> room(now.doubleValue()));
    }

    private void room(double width) {
        room = width > 0 ? width : Double.MAX_VALUE;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(super.computePrefWidth(height), room - 2);
    }

    @Override
    protected double computePrefHeight(double width) {
        // a text flow asks without a width: the height of the text wrapped at the width it will have
        return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
    }
}
