package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ConnectionList;
import io.kubereach.report.ConnlistFormat;
import io.kubereach.report.ExposureText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach list}: every allowed connection between workloads and outside address ranges. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ListCommand implements Callable<Integer> {

    /** The exit code when some connections are unknown: the list is then not the whole answer. */
    static final int SOME_UNKNOWN = 1;

    @Mixin
    LanguageOption language;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--format"}, defaultValue = "txt", paramLabel = "txt|json|csv|md|dot",
            descriptionKey = "cli.list.format")
    ConnlistFormat format;

    @Option(names = "--exposure", descriptionKey = "cli.list.exposure")
    boolean exposure;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClusterSnapshot snapshot = input.snapshot();
        var list = new ConnectionList(snapshot, input.engine(snapshot), input.engineOptions());
        if (exposure && format != ConnlistFormat.TXT) {
            throw UserError.of("cli.list.exposureTxt", format.name().toLowerCase(java.util.Locale.ROOT));
        }
        var connections = list.connections();
        Warnings.print(snapshot, spec.commandLine().getErr());
        list.warnings().forEach(w -> spec.commandLine().getErr().println(Warnings.line(w)));
        Warnings.printUnknown(list.unknown(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        format.write(connections, out); // line by line: a large cluster's list is never one string in memory
        long exposureUnknown = 0;
        if (exposure) {
            ExposureText text = new ExposureText(snapshot, input.engine(snapshot), input.engineOptions(), input::engine);
            exposureUnknown = text.unknownLines();
            if (exposureUnknown > 0) {
                spec.commandLine().getErr().println(Warnings.line("exposure: " + text.unknownLines() + " lines toward pods a rule's selectors name are unknown: "
                        + "a Cilium, Calico or not evaluated policy applies to those workloads, and its rules are not inferred for pods outside the input"));
            }
            out.print(text.text(!connections.isEmpty()));
        }
        out.flush();
        return list.unknown().isEmpty() && exposureUnknown == 0 ? 0 : SOME_UNKNOWN;
    }
}
