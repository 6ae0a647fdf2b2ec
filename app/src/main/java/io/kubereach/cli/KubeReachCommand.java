package io.kubereach.cli;

import io.kubereach.text.Language;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kubereach} command: who can reach whom in a Kubernetes cluster, from the terminal.
 * Started by {@code io.kubereach.launch.Main}, which hands in the desktop app.
 */
@Command(
        name = "kubereach",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class KubeReachCommand implements Runnable {

    /** The subcommands, in the order the help lists them; {@code help} last (it needs its siblings). */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class, DiffCommand.class, CanReachCommand.class,
            TestCommand.class, DescribeCommand.class, SimulateCommand.class, CniCommand.class, ExportCommand.class, GuiCommand.class,
            ContextsCommand.class, SnapshotCommand.class, WatchCommand.class, GenerateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LanguageOption language;

    private final DesktopApp desktop;

    private KubeReachCommand(DesktopApp desktop) {
        this.desktop = desktop;
    }

    /**
     * Runs the command line and returns its exit code: 0 all allowed, 1 something denied, 2 an
     * error (see {@link ExitContract}); {@code gui} (and no command) open {@code desktop}.
     */
    public static int run(DesktopApp desktop, String... args) {
        WatchedOutput stdout = new WatchedOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        ProcessGuard.install(err, ExitContract.line(ExitContract.outOfMemory(Runtime.getRuntime().maxMemory())));
        return run(desktop, out, err, stdout::failure, args);
    }

    /** Runs the command line writing to the given streams; returns its exit code. */
    public static int run(DesktopApp desktop, PrintWriter out, PrintWriter err, String... args) {
        return run(desktop, out, err, Optional::empty, args);
    }

    /**
     * Runs the command line; whatever happens, the exit code keeps the {@link ExitContract}, and
     * output that could not be written all (a full disk, {@code > /dev/full}) is an error, not a
     * verdict.
     *
     * @param writeFailure why writing {@code out} failed, when its stream knows
     */
    private static int run(DesktopApp desktop, PrintWriter out, PrintWriter err, Supplier<Optional<IOException>> writeFailure,
            String... args) {
        ExitContract contract = new ExitContract(err);
        Optional<List<Path>> windowOnly = GuiCommand.windowOnly(args);
        int code = contract.run(() -> {
            if (windowOnly.isPresent()) {
                return GuiCommand.open(desktop, windowOnly.get());
            }
            CommandLine cli = named(args).map(command -> commandLine(desktop, command)).orElseGet(() -> commandLine(desktop));
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionExceptionHandler(new UserErrorHandler());
            CommandLine.IParameterExceptionHandler usageErrors = cli.getParameterExceptionHandler();
            cli.setParameterExceptionHandler((e, arguments) -> {
                if (e instanceof HelpLanguage.UnknownLanguage) {
                    e.getCommandLine().getErr().println(e.getMessage());
                    return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
                }
                if (e.getCause() instanceof Choice.Unknown unknown) {
                    e.getCommandLine().getErr().println(ExitContract.line(unknown.getMessage()));
                    return UserErrorHandler.ERROR;
                }
                return usageErrors.handleParseException(e, arguments);
            });
            return cli.execute(args);
        });
        if (out.checkError()) {
            String reason = writeFailure.get().map(e -> String.valueOf(e.getMessage())).orElse("");
            return contract.fail(CliText.in(Language.ENGLISH).get(reason.isBlank() ? "cli.error.output" : "cli.error.outputBecause", reason),
                    writeFailure.get().map(Throwable.class::cast).orElseGet(() -> new IOException("output")));
        }
        return code;
    }

    /**
     * The command tree, its help in the system language until a {@code --lang} says otherwise;
     * the {@code help} command accepts {@code --lang} too.
     */
    static CommandLine commandLine(DesktopApp desktop) {
        CommandLine cli = new CommandLine(new KubeReachCommand(desktop));
        SUBCOMMANDS.forEach(cli::addSubcommand);
        CommandLine help = cli.getSubcommands().get("help");
        help.addMixin("lang", LanguageOption.of(help.getCommandSpec()));
        return finished(cli);
    }

    /**
     * The command tree with one subcommand only, for a command line that starts with its name: it
     * parses, runs and helps that command as the whole tree does (picocli builds every
     * subcommand's model by reflection, about 0.2 s of a cold start, and only one of them runs).
     */
    static CommandLine commandLine(DesktopApp desktop, Class<?> subcommand) {
        CommandLine cli = new CommandLine(new KubeReachCommand(desktop));
        cli.addSubcommand(subcommand);
        return finished(cli);
    }

    private static CommandLine finished(CommandLine cli) {
        Choices.register(cli);
        HelpLanguage.apply(cli, Language.system());
        return cli;
    }

    /** The subcommand a command line starts with, by name or alias; none for {@code help}, options first, or no such name. */
    static Optional<Class<?>> named(String... args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        for (Class<?> command : SUBCOMMANDS) {
            Command names = command.getAnnotation(Command.class);
            if (command != CommandLine.HelpCommand.class
                    && (names.name().equals(args[0]) || Arrays.asList(names.aliases()).contains(args[0]))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** The desktop app that {@code gui} and no command open. */
    DesktopApp desktop() {
        return desktop;
    }

    /** With no subcommand: opens the desktop app on the last source (or the demo). */
    @Override
    public void run() {
        GuiCommand.launch(desktop, new String[0]);
    }
}
