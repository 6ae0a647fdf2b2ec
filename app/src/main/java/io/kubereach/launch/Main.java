package io.kubereach.launch;

import io.kubereach.cli.KubeReachCommand;
import io.kubereach.ui.KubeReachLauncher;
import java.util.OptionalInt;

/**
 * The entry point of {@code kubereach.jar} and of the installers: the command line, whose
 * {@code gui} command (and {@code kubereach} with no command) opens the desktop app. The one
 * class that knows both, so the command line knows the desktop app only as a
 * {@link io.kubereach.cli.DesktopApp}.
 */
public final class Main {

    /**
     * The last word when memory ran out before the command line could even load its words: a
     * constant, since nothing may be left to build a sentence with. (The command line's own,
     * translated line says the same with the heap size to use.)
     */
    private static final String NO_MEMORY_TO_START =
            "kubereach: error: the cluster needs more memory than this run may use: run with -Xmx2g (java -Xmx2g -jar kubereach.jar …)";

    /** Freed when memory runs out, so that the last line can still be printed. */
    @SuppressWarnings("unused")
    private static byte[] reserve = new byte[256 * 1024];

    private Main() {
    }

    /** Runs the command line and exits with its code: 0 all allowed, 1 something denied, 2 an error. */
    public static void main(String[] args) {
        OptionalInt startedAgain = StartAgain.withLauncherOptions(args);
        if (startedAgain.isPresent()) {
            System.exit(startedAgain.getAsInt());
        }
        int code;
        try {
            code = KubeReachCommand.run(KubeReachLauncher::main, args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            try {
                System.err.println(NO_MEMORY_TO_START);
                System.exit(2);
            } catch (Throwable nothingLeft) {
                Runtime.getRuntime().halt(2); // never exit 1, the code of a verdict
            }
            return;
        }
        System.exit(code);
    }
}
