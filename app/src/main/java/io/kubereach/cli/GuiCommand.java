package io.kubereach.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        return open(root.desktop(), paths);
    }

    /**
     * The paths of a command line that only opens the window: nothing, or {@code gui} (or
     * {@code ui}) and paths, none an option or an {@code @file}. Such a line is run without
     * building the whole command tree, which costs a cold start a few tenths of a second of CPU
     * before the window can start; empty for any other line, which the command tree reads.
     */
    static Optional<List<Path>> windowOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(List.of());
        }
        if (!args[0].equals("gui") && !args[0].equals("ui")) {
            return Optional.empty();
        }
        List<Path> paths = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty();
            }
            try {
                paths.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return Optional.empty(); // the command tree says what is wrong with it
            }
        }
        return Optional.of(paths);
    }

    /** Opens the window on paths that must exist, made absolute; see {@link #launch}. */
    static int open(DesktopApp desktop, List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw UserError.of("cli.error.noSuchPath", p.toString());
            }
        }
        return launch(desktop, paths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
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
