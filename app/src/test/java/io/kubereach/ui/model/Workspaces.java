package io.kubereach.ui.model;

import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.Optional;

/** View models over the demo cluster with a direct runner and in-memory preferences, for tests. */
final class Workspaces {

    private Workspaces() {
    }

    /** The whole app's view models, started on the demo. */
    static AppViewModel demoApp() {
        AppViewModel vm = new AppViewModel(new ClusterSourceLoader(), new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()));
        vm.start(Optional.empty());
        return vm;
    }
}
