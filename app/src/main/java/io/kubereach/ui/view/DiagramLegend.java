package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramPalette;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.LineClass;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** The legend beside the diagram: what each line colour and mark means. */
public final class DiagramLegend extends VBox {

    private final Line allowed = line(false);
    private final Line partial = line(false);
    private final Line blocked = line(false);
    private final Line backs = line(true);
    private final Line routes = line(true);
    private final Line loopback = line(false);
    private final Line unknown = line(true);
    private final Rectangle badge = new Rectangle(30, 12);
    private final Rectangle exposed = new Rectangle(30, 12);

    /** A legend whose words are the keys' of the diagram's bundle in {@code text} (they may change language), in the light colours until {@link #show} says otherwise. */
    public DiagramLegend(Function<String, ObservableValue<String>> text) {
        super(8);
        setPadding(new Insets(12));
        setPrefWidth(250);
        Label title = new Label();
        title.textProperty().bind(text.apply("legend.title"));
        title.getStyleClass().add("title-4");
        getChildren().add(title);
        getChildren().add(row(allowed, text.apply("legend.allowed")));
        getChildren().add(row(partial, text.apply("legend.partial")));
        getChildren().add(row(blocked, text.apply("legend.blocked")));
        getChildren().add(row(unknown, text.apply("legend.unknown")));
        getChildren().add(row(backs, text.apply("legend.backs")));
        getChildren().add(row(routes, text.apply("legend.routes")));
        getChildren().add(row(loopback, text.apply("legend.loopback")));
        badge.setArcWidth(6);
        badge.setArcHeight(6);
        getChildren().add(row(badge, text.apply("legend.isolated")));
        Label word = new Label();
        word.textProperty().bind(text.apply("badge.NETWORK_POLICY"));
        word.setMinWidth(30);
        getChildren().add(row(word, text.apply("legend.decidedBy")));
        exposed.setArcWidth(6);
        exposed.setArcHeight(6);
        HBox exposedRow = row(exposed, text.apply("legend.exposed"));
        exposedRow.setId("legend-exposed");
        getChildren().add(exposedRow);
        show(DiagramStyle.DEFAULT);
    }

    /** Shows the colours of a style (light or dark), as the diagram beside it draws them. */
    public void show(DiagramStyle style) {
        DiagramPalette p = style.palette();
        allowed.setStroke(color(p.allowed()));
        partial.setStroke(color(p.partial()));
        blocked.setStroke(color(p.blocked()));
        unknown.setStroke(color(style.classColor(LineClass.UNKNOWN)));
        backs.setStroke(color(p.backs()));
        routes.setStroke(color(p.routes()));
        loopback.setStroke(color(p.loopback()));
        badge.setFill(color(p.badge()));
        exposed.setFill(color(io.kubereach.diagram.ExposureMarks.color(io.kubereach.diagram.ExposureMarks.Reason.OUTSIDE, style)));
    }

    private static HBox row(javafx.scene.Node sample, ObservableValue<String> words) {
        Label label = new Label();
        label.textProperty().bind(words);
        label.setWrapText(true);
        HBox box = new HBox(10, sample, label);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Line line(boolean dashed) {
        Line l = new Line(0, 0, 30, 0);
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
