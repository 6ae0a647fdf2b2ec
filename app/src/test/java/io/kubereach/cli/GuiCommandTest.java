package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the gui command and kubereach alone")
class GuiCommandTest {

    private final List<List<String>> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int run(DesktopApp desktop, String... args) {
        return KubeReachCommand.run(desktop, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private int run(String... args) {
        return run(paths -> opened.add(List.of(paths)), args);
    }

    @Test
    @DisplayName("gui opens the desktop app the command line was given, on the paths made absolute")
    void guiOpensTheGivenDesktopApp(@TempDir Path dir) {
        assertThat(run("gui", dir.toString())).isZero();
        assertThat(opened).containsExactly(List.of(dir.toAbsolutePath().toString()));
    }

    @Test
    @DisplayName("kubereach with no command opens the desktop app on nothing (the last source or the demo)")
    void noCommandOpensTheDesktopApp() {
        assertThat(run()).isZero();
        assertThat(opened).containsExactly(List.of());
    }

    @Test
    @DisplayName("a path that does not exist is one line, exit code 2, and no window")
    void missingPathOpensNothing() {
        assertThat(run("gui", "no-such-file.yaml")).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).isEqualTo("kubereach: error: no-such-file.yaml: no such file or folder" + System.lineSeparator());
    }

    @Test
    @DisplayName("a window that cannot open is one line with what to do instead, exit code 2")
    void windowThatCannotOpen() {
        assertThat(run(paths -> {
            throw new IllegalStateException("no display");
        }, "gui")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kubereach: error: cannot open the window (no display): is there a display?")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    @DisplayName("a line that only opens the window (nothing, or gui or ui and paths) is read without the command tree")
    void windowOnlyLines() {
        assertThat(GuiCommand.windowOnly(new String[0])).contains(List.of());
        assertThat(GuiCommand.windowOnly(new String[] {"gui", "a.yaml", "dir"})).contains(List.of(Path.of("a.yaml"), Path.of("dir")));
        assertThat(GuiCommand.windowOnly(new String[] {"ui"})).contains(List.of());
        assertThat(GuiCommand.windowOnly(new String[] {"gui", "--help"})).isEmpty();
        assertThat(GuiCommand.windowOnly(new String[] {"gui", "a.yaml", "--lang=zh"})).isEmpty();
        assertThat(GuiCommand.windowOnly(new String[] {"gui", "@args.txt"})).isEmpty();
        assertThat(GuiCommand.windowOnly(new String[] {"gui", "bad\0path"})).isEmpty();
        assertThat(GuiCommand.windowOnly(new String[] {"list", "--demo"})).isEmpty();
        assertThat(GuiCommand.windowOnly(new String[] {"--version"})).isEmpty();
    }

    @Test
    @DisplayName("gui with an option still goes through the command tree: --help prints the help and opens nothing")
    void optionsStillRead() {
        StringWriter out = new StringWriter();
        int code = KubeReachCommand.run(paths -> opened.add(List.of(paths)), new PrintWriter(out, true), new PrintWriter(err, true), "gui", "--help");
        assertThat(code).isZero();
        assertThat(opened).isEmpty();
        assertThat(out.toString()).contains("Usage:").contains("gui");
    }

    @Test
    @DisplayName("ui and paths opens the window like gui does")
    void uiAlias(@TempDir Path dir) {
        assertThat(run("ui", dir.toString())).isZero();
        assertThat(opened).containsExactly(List.of(dir.toAbsolutePath().toString()));
    }
}
