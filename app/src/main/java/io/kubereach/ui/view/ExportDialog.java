package io.kubereach.ui.view;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.ExportViewModel;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Export dialog (Ctrl+E): the choices of {@code kubereach export} — format, level (that of the
 * picture shown), only the selection, which lines, exposure marks, dark colours — and the file,
 * prefilled; under the choices, the picture's level and size as soon as they are chosen (worked out
 * off the JavaFX thread), a picture too large said there with Export disabled; Enter exports,
 * Escape closes. It is a sheet over the window's own scene, not a window:
 * the platform's file chooser (GTK) took 80–100 ms of the JavaFX thread's CPU each time it opened
 * and a new window about as much the first time, so "Browse…" opens the chooser only when asked.
 * The picture is written off the JavaFX thread; the sheet shows progress, closes when the file is
 * written (the status bar names it) and stays open with one line when it is not.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    /** Shows the sheet over the window's layers, for the picture shown at a level; returns at once. Nothing when one is shown. */
    static void show(StackPane layers, AppViewModel vm, FileDialogs files, DetailLevel shown) {
        if (layers.lookup("#export-dialog") != null) {
            return;
        }
        ExportViewModel export = vm.export();
        export.open(shown);
        ViewScope scope = new ViewScope();
        Node focusedBefore = layers.getScene() == null ? null : layers.getScene().getFocusOwner();
        Region scrim = new Region();
        scrim.getStyleClass().add("export-scrim");
        scrim.setOnMouseClicked(javafx.event.Event::consume);
        VBox sheet = new VBox(12);
        sheet.setId("export-dialog");
        sheet.getStyleClass().add("export-sheet");
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Runnable close = () -> {
            export.close();
            layers.getChildren().removeAll(scrim, sheet);
            scope.dispose();
            if (focusedBefore != null && focusedBefore.getScene() != null) {
                focusedBefore.requestFocus();
            }
        };

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("export.format"), choice("export-format", ExportViewModel.Format.values(), Words::format, export.formatProperty(), scope));
        grid.addRow(1, label("export.level"), choice("export-level", PictureLevel.values(), ExportWords::level, export.levelProperty(), scope));
        grid.addRow(2, label("export.traffic"), choice("export-traffic", TrafficShown.values(), ExportWords::traffic, export.trafficProperty(), scope));
        String selected = export.selectionNameProperty().get();
        CheckBox focus = check("export-focus", selected.isEmpty() ? Words.text("export.focus.none") : Words.text("export.focus", selected),
                export.focusOnSelectionProperty(), scope);
        focus.setDisable(selected.isEmpty());
        grid.add(focus, 1, 3);
        grid.add(check("export-exposure", Words.text("export.exposure"), export.exposureProperty(), scope), 1, 4);
        grid.add(check("export-dark", Words.text("export.darkColours"), export.darkColoursProperty(), scope), 1, 5);

        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(40);
        scope.bindBoth(file.textProperty(), export.fileProperty());
        Button browse = new Button(Words.text("export.browse"));
        browse.setId("export-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            browse(files, layers.getScene().getWindow(), export);
            file.requestFocus(); // Enter now exports
        });
        HBox fileRow = new HBox(8, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        Label size = new Label();
        size.setId("export-size");
        size.setWrapText(true);
        size.setPrefWidth(520);
        size.setMinHeight(Region.USE_PREF_SIZE);
        scope.listenNow(export.sizeProperty(), (obs, old, now) -> {
            size.setText(ExportWords.size(now));
            size.getStyleClass().setAll("label", now.filter(s -> !s.fits()).isPresent() ? "danger" : "text-muted");
        });
        grid.add(size, 1, 6);
        grid.addRow(7, label("export.file"), fileRow);

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(export.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label line = new Label();
        line.setId("export-line");
        line.setWrapText(true);
        line.setPrefWidth(520);
        line.setMinHeight(Region.USE_PREF_SIZE);
        scope.listenNow(export.runningProperty(), (obs, old, now) -> line.setText(now ? Words.text("export.writing") : line.getText()));
        scope.listenNow(export.problemProperty(), (obs, old, now) -> {
            line.setText(now.map(ExportWords::problem).orElse(""));
            line.getStyleClass().setAll("label", now.isPresent() ? "danger" : "text-muted");
        });
        grid.add(new HBox(8, progress, line), 0, 8, 2, 1);
        Label title = new Label(Words.text("dialog.export"));
        title.getStyleClass().add("title-4");
        Button write = new Button(Words.text("export.export"));
        write.setId("export-write");
        write.getStyleClass().add("accent");
        write.disableProperty().bind(export.runningProperty().or(export.fileProperty().isEmpty()).or(export.tooLargeProperty()));
        write.setOnAction(e -> export.export());
        Button closeButton = new Button(Words.text("export.close"));
        closeButton.setId("export-close");
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(8, closeButton, write);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        sheet.getChildren().addAll(title, grid, buttons);
        // Enter exports (a text field or check box does not take it), Escape closes: before the window's own shortcuts
        sheet.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !write.isDisabled()) {
                export.export();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        scope.listen(export.writtenProperty(), (obs, old, now) -> close.run());
        layers.getChildren().addAll(scrim, sheet);
        file.requestFocus();
        file.positionCaret(file.getText().length());
    }

    /**
     * Gives the first opening a head start: loads the sheet's controls and skins on a background
     * thread (nodes may be made off the JavaFX thread while no window shows them), so the first
     * Ctrl+E does not load them all on the JavaFX thread.
     */
    static void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                new GridPane().getChildren().addAll(new ChoiceBox<String>(), new CheckBox(), new TextField(), new ProgressBar(), new Button());
                for (String name : new String[] {"javafx.scene.control.skin.ChoiceBoxSkin", "javafx.scene.control.skin.CheckBoxSkin",
                        "javafx.scene.control.skin.TextFieldSkin", "javafx.scene.control.skin.ProgressBarSkin"}) {
                    Class.forName(name, true, ExportDialog.class.getClassLoader());
                }
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                // only a head start: the first opening loads what is missing
            }
        }, "kubereach-export-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void browse(FileDialogs files, Window owner, ExportViewModel export) {
        ExportViewModel.Format format = export.formatProperty().get();
        files.saveFile(owner, Words.text("dialog.export"), Path.of(export.fileProperty().get().trim()), format.extension())
                .ifPresent(chosen -> export.fileProperty().set(chosen.toString()));
    }

    private static Label label(String key) {
        Label label = new Label(Words.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE); // never cut to "…"
        return label;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty model, ViewScope scope) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        scope.bindBoth(box.selectedProperty(), model);
        return box;
    }

    private static <T> Node choice(String id, T[] values, Function<T, String> words, javafx.beans.property.ObjectProperty<T> model, ViewScope scope) {
        ChoiceBox<T> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(Words.converter(words));
        scope.bindBoth(box.valueProperty(), model);
        return box;
    }
}
