package io.kubereach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kubereach gui}: opens the desktop app (also what {@code kubereach} with no arguments does). */
@Command(name = "gui", aliases = "ui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class GuiCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @ParentCommand
    KubeReachCommand root;

    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "cli.gui.paths")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw UserError.of("cli.error.noSuchPath", p.toString());
            }
        }
        return launch(root.desktop(), paths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
    }

    /** Opens the window and waits until it closes; exit code 2 with one line saying what is missing when it cannot. */
    static int launch(DesktopApp desktop, String[] paths) {
        try {
            desktop.open(paths);
            return 0;
        } catch (RuntimeException | Error e) {
            String detail = String.valueOf(e.getMessage());
            throw switch (WindowProblem.of(e)) {
                case NO_DISPLAY -> UserError.causedBy(e, "cli.gui.noDisplay", detail);
                case NO_GTK -> UserError.causedBy(e, "cli.gui.noGtk", detail);
                case OTHER -> UserError.causedBy(e, "cli.gui.cannotOpen", detail);
            };
        }
    }
}
