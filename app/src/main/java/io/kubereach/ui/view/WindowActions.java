package io.kubereach.ui.view;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * What the toolbar buttons, the menu items and the keyboard shortcuts do: one method per action,
 * shared by all three, so they cannot drift apart.
 */
public final class WindowActions {

    private final AppViewModel vm;
    private final FileDialogs dialogs;
    private final Window window;
    private final KubeconfigPicker kubeconfigPicker;
    private DiagramCanvas canvas;
    private TextField searchField;
    private Consumer<String> reveal = id -> { };
    private StackPane layers;

    WindowActions(AppViewModel vm, FileDialogs dialogs, Window window, KubeconfigPicker kubeconfigPicker) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.window = window;
        this.kubeconfigPicker = kubeconfigPicker;
    }

    /** The canvas and search field of the views now shown (they are rebuilt after a language switch). */
    void attach(DiagramCanvas currentCanvas, TextField currentSearch, Consumer<String> revealInDiagram) {
        this.canvas = currentCanvas;
        this.searchField = currentSearch;
        this.reveal = revealInDiagram;
    }

    /** The window's layers, where sheets such as the Export dialog are shown (rebuilt after a language switch). */
    void sheetsOn(StackPane windowLayers) {
        this.layers = windowLayers;
    }

    /** Opens or closes the what-if panel. */
    public void toggleWhatIf() {
        vm.whatIf().shownProperty().set(!vm.whatIf().shownProperty().get());
    }

    /** Saves the what-if's policies as YAML files and a patch summary into a folder the user picks; never to the cluster. */
    public void saveWhatIf() {
        dialogs.openFolder(window, Words.text("whatIf.save")).ifPresent(vm.whatIf()::saveInto);
    }

    /** Opens manifest files. */
    public void openManifests() {
        List<Path> files = dialogs.openFiles(window, Words.text("dialog.openManifests"));
        if (!files.isEmpty()) {
            vm.workspace().open(new ClusterSource.Manifests(files));
        }
    }

    /** Opens a folder of manifests. */
    public void openFolder() {
        dialogs.openFolder(window, Words.text("dialog.openFolder")).ifPresent(f -> vm.workspace().open(new ClusterSource.Manifests(List.of(f))));
    }

    /** Opens a snapshot file. */
    public void openSnapshot() {
        List<Path> files = dialogs.openFiles(window, Words.text("dialog.openSnapshot"));
        if (!files.isEmpty()) {
            vm.workspace().open(new ClusterSource.Snapshot(files.get(0)));
        }
    }

    /** Opens a context of a kubeconfig, chosen in a dialog. */
    public void openKubeconfig() {
        kubeconfigPicker.pick(window).ifPresent(vm.workspace()::open);
    }

    /** Shows the demo cluster. */
    public void openDemo() {
        vm.workspace().open(new ClusterSource.Demo());
    }

    /** Reads the source again. */
    public void refresh() {
        vm.workspace().refresh();
    }

    /** Stops what runs in the background. */
    public void cancel() {
        vm.workspace().cancel();
    }

    /** Opens the Export dialog, its level that of the picture shown; nothing while no picture is shown. */
    public void export() {
        DiagramLayout layout = vm.workspace().layoutProperty().get();
        if (layout == null || vm.workspace().analysisProperty().get() == null || layers == null) {
            return;
        }
        DetailLevel shown = canvas == null ? DetailLevel.NAMESPACE : DetailLevel.shownBy(layout.boxes(), canvas.detail());
        ExportDialog.show(layers, vm, dialogs, shown);
    }

    /** Puts the cursor in the search field. */
    public void find() {
        if (searchField != null) {
            searchField.requestFocus();
            searchField.selectAll();
        }
    }

    /** Selects and centres the next hit of the search. */
    public void findNext() {
        vm.search().next().ifPresent(id -> {
            vm.selection().select(id);
            reveal.accept(id);
        });
    }

    /** Zooms in one step. */
    public void zoomIn() {
        if (canvas != null) {
            canvas.zoomIn();
        }
    }

    /** Zooms out one step. */
    public void zoomOut() {
        if (canvas != null) {
            canvas.zoomOut();
        }
    }

    /** Fits the whole diagram in the view. */
    public void zoomToFit() {
        if (canvas != null) {
            canvas.zoomToFit();
        }
    }

    /** Lays the diagram out afresh, forgetting where its boxes were kept. */
    public void rearrange() {
        vm.workspace().rearrange();
    }

    /** Zooms to 100 %. */
    public void actualSize() {
        if (canvas != null) {
            canvas.actualSize();
        }
    }
}
