package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramStyle;
import io.kubereach.graph.PairVerdict;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.MatrixViewModel;
import io.kubereach.ui.prefs.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The matrix tab: namespace × namespace or workload × workload, with a legend of its colours
 * (unknown among them); the grid is virtualised ({@link MatrixGrid}), hovering a cell tells its
 * pair and ports, clicking it shows the pair's answer in the details.
 */
final class MatrixView extends BorderPane {

    private static final double SWATCH = 12;

    MatrixView(AppViewModel vm, ViewScope scope) {
        MatrixViewModel matrix = vm.matrix();
        MatrixGrid grid = new MatrixGrid(MatrixTiles::onPainterThread, palette(vm.themeProperty().get()), matrix::select,
                cell -> matrix.facts(cell).map(f -> MatrixWords.tooltip(f, matrix.levelProperty().get() == MatrixViewModel.Level.NAMESPACES))
                        .orElse(""));
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("matrix-legend");
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> {
            MatrixPalette colours = palette(now);
            grid.setPalette(colours);
            fillLegend(legend, colours);
        });
        scope.retext(() -> fillLegend(legend, palette(vm.themeProperty().get())));

        Label hint = scope.texted(new Label(), "matrix.hint");
        hint.getStyleClass().addAll("text-small", "text-muted");
        hint.setWrapText(true);
        VBox top = new VBox(6, bar(scope, matrix, grid), legend, hint);
        top.setPadding(new Insets(0, 8, 8, 8));

        ProgressIndicator computing = new ProgressIndicator();
        computing.setMaxSize(48, 48);
        computing.setMouseTransparent(true);
        StackPane centre = new StackPane(grid, computing);
        scope.listenNow(matrix.matrixProperty(), (obs, old, now) -> {
            grid.show(now);
            computing.setVisible(now == null);
        });
        scope.listenNow(matrix.selectedCellProperty(), (obs, old, now) -> grid.setSelected(now));
        setTop(top);
        setCenter(centre);
        setId("matrix-view");
    }

    private static MatrixPalette palette(Theme theme) {
        return new MatrixPalette(DiagramStyle.of(theme.isDark()));
    }

    private static HBox bar(ViewScope scope, MatrixViewModel matrix, MatrixGrid grid) {
        ToggleGroup levels = new ToggleGroup();
        HBox bar = new HBox(12);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        for (MatrixViewModel.Level level : MatrixViewModel.Level.values()) {
            RadioButton radio = new RadioButton();
            radio.textProperty().bind(scope.words(() -> Words.level(level)));
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
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        Button out = zoomButton(scope, "matrix-zoom-out", AppIcon.MAGNIFY_MINUS_OUTLINE, "matrix.zoomOut",
                () -> grid.zoom(grid.cellSize() - Math.max(1, grid.cellSize() / 4), 0, 0));
        Button in = zoomButton(scope, "matrix-zoom-in", AppIcon.MAGNIFY_PLUS_OUTLINE, "matrix.zoomIn",
                () -> grid.zoom(grid.cellSize() + Math.max(1, grid.cellSize() / 4), 0, 0));
        bar.getChildren().addAll(gap, out, in);
        return bar;
    }

    private static Button zoomButton(ViewScope scope, String id, AppIcon icon, String tooltipKey, Runnable action) {
        Button b = new Button("", Icons.of(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(scope.tooltip(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** One swatch per verdict, unknown included, and the faded colour of "no policy involved". */
    private static void fillLegend(FlowPane legend, MatrixPalette colours) {
        legend.getChildren().clear();
        for (PairVerdict v : PairVerdict.values()) {
            legend.getChildren().add(entry("matrix-legend-" + v.name(), colours.cell(v, true), Words.pairVerdict(v)));
        }
        legend.getChildren().add(entry("matrix-legend-no-policy", colours.cell(PairVerdict.ALLOWED, false), Words.text("matrix.legend.noPolicy")));
    }

    private static HBox entry(String id, int argb, String text) {
        Region swatch = new Region();
        swatch.setMinSize(SWATCH, SWATCH);
        swatch.setMaxSize(SWATCH, SWATCH);
        swatch.setBackground(new Background(new BackgroundFill(MatrixPalette.color(argb & 0xFFFFFF), null, null)));
        swatch.setBorder(new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(Color.gray(0.5, 0.5),
                javafx.scene.layout.BorderStrokeStyle.SOLID, null, new javafx.scene.layout.BorderWidths(0.5))));
        Label label = new Label(text);
        label.getStyleClass().add("text-small");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox entry = new HBox(5, swatch, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setId(id);
        return entry;
    }
}
