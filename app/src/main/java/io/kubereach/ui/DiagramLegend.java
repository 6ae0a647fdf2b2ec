package io.kubereach.ui;

import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** The legend beside the diagram: what each line colour and mark means. */
public final class DiagramLegend extends VBox {

    /** A legend in the language of {@code text}. */
    public DiagramLegend(DiagramText text) {
        super(8);
        setPadding(new Insets(12));
        setPrefWidth(250);
        Label title = new Label(text.get("legend.title"));
        title.getStyleClass().add("title-4");
        getChildren().add(title);
        getChildren().add(row(line(DiagramStyle.ALLOWED, false), text.get("legend.allowed")));
        getChildren().add(row(line(DiagramStyle.PARTIAL, false), text.get("legend.partial")));
        getChildren().add(row(line(DiagramStyle.BLOCKED, false), text.get("legend.blocked")));
        getChildren().add(row(line(DiagramStyle.BACKS, true), text.get("legend.backs")));
        getChildren().add(row(line(DiagramStyle.ROUTES, true), text.get("legend.routes")));
        getChildren().add(row(line(DiagramStyle.LOOPBACK, false), text.get("legend.loopback")));
        Rectangle badge = new Rectangle(30, 12, color(0xB71C1C));
        badge.setArcWidth(6);
        badge.setArcHeight(6);
        getChildren().add(row(badge, text.get("legend.isolated")));
    }

    private static HBox row(javafx.scene.Node sample, String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        HBox box = new HBox(10, sample, label);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Line line(int rgb, boolean dashed) {
        Line l = new Line(0, 0, 30, 0);
        l.setStroke(color(rgb));
        l.setStrokeWidth(3);
        if (dashed) {
            l.getStrokeDashArray().setAll(6.0, 4.0);
        }
        return l;
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
