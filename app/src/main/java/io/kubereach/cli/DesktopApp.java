package io.kubereach.cli;

/**
 * The desktop app as the command line sees it: something that opens a window and returns when it
 * closes. The {@code gui} command (and {@code kubereach} with no command) open it; the launcher
 * hands the real one in, so the command line does not depend on the UI.
 */
@FunctionalInterface
public interface DesktopApp {

    /** No desktop app: the command line alone, as tests run it. Opening it fails. */
    DesktopApp NONE = paths -> {
        throw new IllegalStateException("no desktop app was given to the command line");
    };

    /**
     * Opens the window (on the manifest files or folders given as absolute paths, else on the
     * last source or the demo) and returns when it closes.
     */
    void open(String[] paths);
}
