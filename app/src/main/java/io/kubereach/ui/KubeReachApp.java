package io.kubereach.ui;

import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.JavaPreferenceStore;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.prefs.PreferenceStore;
import io.kubereach.ui.source.ClusterReader;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.FxJobRunner;
import io.kubereach.ui.view.ContextChooserDialog;
import io.kubereach.ui.view.FxFileDialogs;
import io.kubereach.ui.view.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: reads clusters with {@link ClusterReader}, runs the work on background
 * threads ({@link FxJobRunner}), remembers its settings with java.util.prefs, and shows the
 * {@link MainWindow}, on the manifest paths given as arguments, else on the last source, else on
 * the demo. Start it through {@link KubeReachLauncher} (or {@code kubereach} with no
 * arguments). The hidden system property {@code kubereach.prefs=memory} keeps the settings in
 * memory only (screenshots, benchmarks).
 */
public final class KubeReachApp extends Application {

    @Override
    public void start(Stage stage) {
        PreferenceStore store = "memory".equals(System.getProperty("kubereach.prefs")) ? new MemoryPreferenceStore() : new JavaPreferenceStore();
        FxJobRunner runner = new FxJobRunner();
        AppViewModel vm = new AppViewModel(new ClusterReader(), runner, new AppPreferences(store));
        FxFileDialogs dialogs = new FxFileDialogs();
        MainWindow window = new MainWindow(stage, vm, dialogs, new ContextChooserDialog(dialogs, runner));
        List<Path> paths = getParameters().getRaw().stream().map(Path::of).toList();
        window.show(paths.isEmpty() ? Optional.empty() : Optional.of(new ClusterSource.Manifests(paths)));
    }
}
