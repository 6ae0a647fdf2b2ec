package io.kubereach.launch;

import io.kubereach.cli.KubeReachCommand;
import io.kubereach.ui.KubeReachLauncher;

/**
 * The entry point of {@code kubereach.jar} and of the installers: the command line, whose
 * {@code gui} command (and {@code kubereach} with no command) opens the desktop app. The one
 * class that knows both, so the command line knows the desktop app only as a
 * {@link io.kubereach.cli.DesktopApp}.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its code: 0 all allowed, 1 something denied, 2 an error. */
    public static void main(String[] args) {
        System.exit(KubeReachCommand.run(KubeReachLauncher::main, args));
    }
}
