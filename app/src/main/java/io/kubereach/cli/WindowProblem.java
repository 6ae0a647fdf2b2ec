package io.kubereach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Why the window could not open, so the one line says what to do: no display to draw on, or (on
 * Linux) a display but no GTK 3, which JavaFX draws its windows with, or something else.
 */
enum WindowProblem {
    /** No X11 or Wayland display: run with one, or use a subcommand. */
    NO_DISPLAY,
    /** A display, but GTK 3 is not installed: install it. */
    NO_GTK,
    /** Anything else: the toolkit's own words. */
    OTHER;

    /** Where Linux distributions put {@code libgtk-3.so.0}. */
    private static final List<String> LIBRARY_FOLDERS = List.of("/usr/lib", "/usr/lib64", "/lib", "/lib64",
            "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
            "/usr/local/lib");

    /** The problem on this machine, for an error the toolkit raised. */
    static WindowProblem of(Throwable error) {
        return of(error, System.getProperty("os.name", ""), System.getenv(),
                name -> LIBRARY_FOLDERS.stream().anyMatch(folder -> Files.exists(Path.of(folder, name))));
    }

    /**
     * The problem given the system's name, its environment and a test of whether a shared library
     * of that file name is installed.
     */
    static WindowProblem of(Throwable error, String osName, Map<String, String> environment, Predicate<String> libraryInstalled) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return OTHER;
        }
        boolean display = !environment.getOrDefault("DISPLAY", "").isEmpty() || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        if (!display) {
            return NO_DISPLAY;
        }
        if (!libraryInstalled.test("libgtk-3.so.0") || mentionsGtk(error)) {
            return NO_GTK;
        }
        return OTHER;
    }

    private static boolean mentionsGtk(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("libgtk") || m.contains("gtk-3") || m.contains("glassgtk")) {
                return true;
            }
        }
        return false;
    }
}
