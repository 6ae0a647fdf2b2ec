package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramStyle;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.MatrixViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The matrix tab: namespace × namespace or workload × workload, computed when the tab is open;
 * hovering a cell tells the allowed ports, clicking it selects the row in the diagram.
 */
final class MatrixView extends BorderPane {

    MatrixView(AppViewModel vm, ViewScope scope) {
        MatrixViewModel matrix = vm.matrix();
        ToggleGroup levels = new ToggleGroup();
        HBox bar = new HBox(12);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        for (MatrixViewModel.Level level : MatrixViewModel.Level.values()) {
            RadioButton radio = new RadioButton(Words.level(level));
            radio.setToggleGroup(levels);
            radio.setUserData(level);
            radio.setId("matrix-" + level.name());
            radio.setSelected(matrix.levelProperty().get() == level);
            radio.setMinWidth(RadioButton.USE_PREF_SIZE);
            bar.getChildren().add(radio);
        }
        levels.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                matrix.levelProperty().set((MatrixViewModel.Level) now.getUserData());
            }
        });
        Label hint = new Label(Words.text("matrix.hint"));
        hint.getStyleClass().addAll("text-small", "text-muted");
        hint.setWrapText(true);

        MatrixCanvas canvas = new MatrixCanvas(id -> vm.selection().select(id));
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> canvas.setDiagramStyle(DiagramStyle.of(now.isDark())));
        ScrollPane scroll = new ScrollPane(canvas);
        ProgressIndicator computing = new ProgressIndicator();
        computing.setMaxSize(48, 48);
        StackPane centre = new StackPane(scroll, computing);
        scope.listenNow(matrix.matrixProperty(), (obs, old, now) -> {
            canvas.show(now);
            computing.setVisible(now == null);
        });
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, bar, hint);
        top.setPadding(new Insets(0, 8, 8, 8));
        setTop(top);
        setCenter(centre);
        setId("matrix-view");
    }
}
