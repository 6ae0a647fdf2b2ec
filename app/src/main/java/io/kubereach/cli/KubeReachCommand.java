package io.kubereach.cli;

import io.kubereach.text.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kubereach} command: who can reach whom in a Kubernetes cluster, from the terminal. */
@Command(
        name = "kubereach",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ListCommand.class, DiffCommand.class, CanReachCommand.class, DescribeCommand.class, SimulateCommand.class, CniCommand.class,
                ExportCommand.class, GuiCommand.class, ContextsCommand.class, SnapshotCommand.class, WatchCommand.class,
                GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class KubeReachCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LanguageOption language;

    /** Runs the command line and exits with its code: 0 all allowed, 1 something denied, 2 an error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; for tests and for the desktop launcher. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        CommandLine.IParameterExceptionHandler usageErrors = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            if (e instanceof HelpLanguage.UnknownLanguage) {
                e.getCommandLine().getErr().println(e.getMessage());
                return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
            }
            return usageErrors.handleParseException(e, arguments);
        });
        return cli.execute(args);
    }

    /**
     * The command tree, its help in the system language until a {@code --lang} says otherwise;
     * the {@code help} command accepts {@code --lang} too.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KubeReachCommand());
        CommandLine help = cli.getSubcommands().get("help");
        help.addMixin("lang", LanguageOption.of(help.getCommandSpec()));
        HelpLanguage.apply(cli, Language.system());
        return cli;
    }

    /** With no subcommand: opens the desktop app. */
    @Override
    public void run() {
        GuiCommand.launch();
    }
}
