package io.kubereach.ui.view;

import io.kubereach.graph.PairVerdict;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What a reused cell of a details list shows: a verdict chip and a link, a muted note under them
 * across the whole width, made once per cell and given another {@link DetailRow} as the list
 * scrolls. A row too long for the panel ends in an ellipsis; the whole of it is in the cell's
 * tooltip and copied with Ctrl+C.
 */
final class RowGraphic extends VBox {

    private final Label chip = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Label note = new Label();
    private DetailRow row = DetailRow.link("", () -> { });

    RowGraphic() {
        super(1);
        getStyleClass().add("detail-row");
        chip.getStyleClass().add("verdict");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        link.setPadding(Insets.EMPTY);
        link.setMinWidth(0);
        // the list has the focus and Enter follows its row: the link inside is for the mouse only
        link.setFocusTraversable(false);
        link.setOnAction(e -> row.follow().run());
        note.getStyleClass().addAll("text-muted", "text-small");
        note.setMinWidth(0);
        HBox first = new HBox(8, chip, link);
        first.setAlignment(Pos.CENTER_LEFT);
        first.setMinWidth(0);
        getChildren().addAll(first, note);
        setMinWidth(0);
    }

    void show(DetailRow shown) {
        row = shown;
        chip.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        shown.verdict().ifPresent(v -> chip.getStyleClass().add(style(v)));
        chip.setText(shown.verdict().map(Words::pairVerdict).orElse(""));
        setVisibleManaged(chip, shown.verdict().isPresent());
        link.setText(shown.text());
        note.setText(shown.note());
        setVisibleManaged(note, !shown.note().isEmpty());
        link.setVisited(false);
    }

    private static String style(PairVerdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT);
    }

    private static void setVisibleManaged(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
