package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("why the window could not open")
class WindowProblemTest {

    private static final RuntimeException TOOLKIT = new UnsupportedOperationException("Unable to open DISPLAY");

    @Test
    @DisplayName("a display but no libgtk-3 says GTK is missing, not that there is no display")
    void displayWithoutGtk() {
        assertThat(WindowProblem.of(TOOLKIT, "Linux", Map.of("DISPLAY", ":0"), lib -> false)).isEqualTo(WindowProblem.NO_GTK);
    }

    @Test
    @DisplayName("a toolkit error naming GTK's library says GTK is missing even where the library file seems present")
    void errorNamingGtk() {
        var error = new RuntimeException("boom", new UnsatisfiedLinkError("libglassgtk3.so: libgtk-3.so.0: cannot open shared object file"));
        assertThat(WindowProblem.of(error, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), lib -> true)).isEqualTo(WindowProblem.NO_GTK);
    }

    @Test
    @DisplayName("no DISPLAY and no WAYLAND_DISPLAY says there is no display")
    void noDisplay() {
        assertThat(WindowProblem.of(TOOLKIT, "Linux", Map.of(), lib -> true)).isEqualTo(WindowProblem.NO_DISPLAY);
    }

    @Test
    @DisplayName("a display with GTK installed, or another system, gives the toolkit's own words")
    void other() {
        assertThat(WindowProblem.of(TOOLKIT, "Linux", Map.of("DISPLAY", ":1"), lib -> true)).isEqualTo(WindowProblem.OTHER);
        assertThat(WindowProblem.of(TOOLKIT, "Mac OS X", Map.of(), lib -> false)).isEqualTo(WindowProblem.OTHER);
    }
}
