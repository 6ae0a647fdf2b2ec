package io.kubereach.ui.view;

import io.kubereach.source.live.Environment;
import io.kubereach.source.live.KubeContext;
import io.kubereach.ui.model.ContextChooserViewModel;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.JobRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which context of the kubeconfig to open: every context (name, cluster, server, default
 * namespace), the current one chosen; another kubeconfig file can be picked.
 */
public final class ContextChooserDialog implements KubeconfigPicker {

    private final FileDialogs files;
    private final JobRunner runner;

    /** A chooser that picks other files with {@code files} and reads kubeconfigs with jobs of {@code runner}. */
    public ContextChooserDialog(FileDialogs files, JobRunner runner) {
        this.files = files;
        this.runner = runner;
    }

    @Override
    public Optional<ClusterSource.Kubeconfig> pick(Window owner) {
        ContextChooserViewModel vm = new ContextChooserViewModel(Environment.system(), runner);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Words.text("contexts.title"));
        dialog.setHeaderText(Words.text("contexts.header"));

        ListView<KubeContext> list = new ListView<>(vm.contexts());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KubeContext c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Words.text("contexts.item", c.name(), c.cluster(),
                        c.server().isEmpty() ? "?" : c.server(), c.namespace().isEmpty() ? "default" : c.namespace()));
            }
        });
        list.setPrefSize(560, 240);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.readingProperty())
                .then(Words.text("contexts.reading")).otherwise(""));
        list.setPlaceholder(placeholder);
        vm.chosenProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(vm.chosenProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.chosenProperty().set(now));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.chosenProperty().get() != null) {
                ((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0))).fire();
            }
        });

        Label from = new Label();
        from.textProperty().bind(vm.filesProperty());
        from.getStyleClass().addAll("text-muted", "text-small");
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        // a wrapped label is only as tall as its text when its width is known and its height may grow: the error and
        // the hint are never cut, and the dialog grows with them
        problem.setPrefWidth(560);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().addListener((obs, old, now) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Button other = new Button(Words.text("contexts.otherFile"));
        other.setOnAction(e -> {
            List<Path> chosen = files.openFiles(dialog.getDialogPane().getScene().getWindow(), Words.text("contexts.otherFile"));
            if (!chosen.isEmpty()) {
                vm.read(Optional.of(chosen.get(0)));
            }
        });
        HBox fileRow = new HBox(8, from, other);
        HBox.setHgrow(from, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        from.setWrapText(true);
        from.setMinHeight(Region.USE_PREF_SIZE);
        Label readOnly = new Label(Words.text("contexts.readOnly"));
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(560);
        readOnly.setPrefWidth(560);
        readOnly.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, list, fileRow, problem, readOnly));
        // buttons in the app's language, not the JVM's
        ButtonType open = new ButtonType(Words.text("contexts.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Words.text("statusbar.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(vm.chosenProperty().isNull());
        vm.read(Optional.empty()); // off the JavaFX thread; the list fills when the files are read
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(b -> b == open).flatMap(b -> vm.choice());
    }
}
