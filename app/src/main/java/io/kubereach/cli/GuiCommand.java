package io.kubereach.cli;

import io.kubereach.ui.KubeReachLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kubereach gui}: opens the desktop app (also what {@code kubereach} with no arguments does). */
@Command(name = "gui", aliases = "ui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Opens the desktop app on the demo cluster (the same as running kubereach with no arguments).")
final class GuiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return launch();
    }

    /** Opens the window and waits until it closes; exit code 2 with one line when there is no display. */
    static int launch() {
        try {
            KubeReachLauncher.main(new String[0]);
            return 0;
        } catch (RuntimeException | Error e) {
            throw new UserError("cannot open the window (" + e.getMessage() + "): is there a display? "
                    + "Without one, use a subcommand such as 'kubereach export --demo -o demo.png' (see kubereach --help)", e);
        }
    }
}
