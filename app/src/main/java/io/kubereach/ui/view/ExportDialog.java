package io.kubereach.ui.view;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.ExportViewModel;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Export dialog (Ctrl+E): the choices of {@code kubereach export} — format, level (that of the
 * picture shown), only the selection, which lines, exposure marks, dark colours — and the file,
 * prefilled; Enter exports. Drawn by JavaFX: the platform's file chooser held the JavaFX thread
 * 110–900 ms each time it opened (GTK), so it opens only when "Browse…" asks for it. The picture is
 * written off the JavaFX thread; the dialog shows progress, closes when the file is written (the
 * status bar names it) and stays open with one line when it is not.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    /** Opens the dialog over the window, for the picture shown at a level; returns at once. */
    static Dialog<ButtonType> show(Window owner, AppViewModel vm, FileDialogs files, DetailLevel shown) {
        ExportViewModel export = vm.export();
        export.open(shown);
        ViewScope scope = new ViewScope();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Words.text("dialog.export"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("export-dialog");
        pane.getStylesheets().add(ExportDialog.class.getResource("/io/kubereach/ui/app.css").toExternalForm());
        pane.getStyleClass().add(vm.themeProperty().get().isDark() ? "theme-dark" : "theme-light");
        if (vm.languageProperty().get() == Language.SIMPLIFIED_CHINESE) {
            CjkFont.family().ifPresent(f -> pane.setStyle("-fx-font-family: \"" + f + "\";"));
        }

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
            browse(files, pane.getScene().getWindow(), export);
            file.requestFocus(); // Enter now exports
        });
        HBox fileRow = new HBox(8, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(6, label("export.file"), fileRow);

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
            if (pane.getScene() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
        grid.add(new HBox(8, progress, line), 0, 7, 2, 1);
        pane.setContent(grid);

        ButtonType write = new ButtonType(Words.text("export.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Words.text("export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().addAll(write, close);
        Button writeButton = (Button) pane.lookupButton(write);
        writeButton.setId("export-write");
        writeButton.disableProperty().bind(export.runningProperty().or(export.fileProperty().isEmpty()));
        // Export (and Enter) starts writing and keeps the dialog open; it closes once the file is written
        writeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            export.export();
        });
        scope.listen(export.writtenProperty(), (obs, old, now) -> dialog.close());
        dialog.setOnHidden(e -> scope.dispose());
        dialog.show();
        file.requestFocus();
        file.positionCaret(file.getText().length());
        return dialog;
    }

    /**
     * Gives the first opening a head start: loads the dialog's controls, skins and dialog classes on a
     * background thread (nodes may be made off the JavaFX thread while no window shows them), so the
     * first Ctrl+E does not load ~190 classes on the JavaFX thread (≈150 ms on a loaded 2-core machine).
     */
    static void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                new DialogPane().getButtonTypes().add(ButtonType.CLOSE);
                new GridPane().getChildren().addAll(new ChoiceBox<String>(), new CheckBox(), new TextField(), new ProgressBar(), new Button());
                for (String name : new String[] {"javafx.scene.control.HeavyweightDialog", "javafx.scene.control.skin.ChoiceBoxSkin",
                        "javafx.scene.control.skin.CheckBoxSkin", "javafx.scene.control.skin.TextFieldSkin",
                        "javafx.scene.control.skin.ProgressBarSkin", "javafx.scene.control.skin.ButtonBarSkin"}) {
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
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        scope.bindBoth(box.valueProperty(), model);
        return box;
    }
}
