package io.kubereach.ui;

import io.kubereach.ui.model.OpenTimings;
import javafx.application.Application;

/**
 * Starts the desktop app. A separate class that does not extend {@link Application}, because
 * JavaFX on the class path (not the module path) refuses to start from a main class that does.
 * The first source starts being read before the JavaFX toolkit starts (see {@link KubeReachApp#readAhead}).
 */
public final class KubeReachLauncher {

    private KubeReachLauncher() {
    }

    /** Opens the window (on the manifest files or folders given, if any) and returns when it closes. */
    public static void main(String[] args) {
        OpenTimings.startStep("command line read");
        KubeReachApp.readAhead(args);
        Application.launch(KubeReachApp.class, args);
    }
}
