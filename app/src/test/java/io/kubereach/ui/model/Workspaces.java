package io.kubereach.ui.model;

import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.Optional;

/** View models over the demo cluster with a direct runner and in-memory preferences, for tests. */
final class Workspaces {

    private Workspaces() {
    }

    /** The whole app's view models, started on the demo, then opened on a manifest file or folder as a user would. */
    static AppViewModel opened(java.nio.file.Path manifests) {
        AppViewModel vm = demoApp();
        ClusterSource source = new ClusterSource.Manifests(java.util.List.of(manifests));
        vm.workspace().open(source);
        if (!vm.workspace().sourceProperty().get().equals(source)) {
            throw new IllegalStateException(manifests + " did not open: " + vm.workspace().problemProperty().get());
        }
        return vm;
    }

    /** The whole app's view models, started on the demo (a demo that did not open fails here, naming why, not in the test after). */
    static AppViewModel demoApp() {
        AppViewModel vm = new AppViewModel(new ClusterSourceLoader(), new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()));
        vm.start(Optional.empty());
        if (vm.workspace().analysisProperty().get() == null) {
            throw new IllegalStateException("the demo did not open: " + vm.workspace().problemProperty().get());
        }
        return vm;
    }
}
