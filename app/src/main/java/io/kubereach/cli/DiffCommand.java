package io.kubereach.cli;

import io.kubereach.diff.Connectivity;
import io.kubereach.diff.ConnectivityDiff;
import io.kubereach.diff.DiffFormat;
import io.kubereach.engine.EngineOptions;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ConnectionList;
import io.kubereach.source.live.ClusterScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kubereach diff}: how the allowed connections of one cluster differ from another's, as
 * netpol-analyzer's {@code diff} writes it. Exit code 0 when nothing differs, 1 when something
 * does (or may: pairs a side could not judge), 2 on an error.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DiffCommand implements Callable<Integer> {

    /** The exit code when the two clusters differ, or may differ. */
    static final int DIFFERENT = 1;

    @Mixin
    LanguageOption language;

    @Option(names = "--ref1", required = true, paramLabel = "SOURCE", descriptionKey = "cli.diff.ref1")
    List<String> ref1;

    @Option(names = "--ref2", required = true, paramLabel = "SOURCE", descriptionKey = "cli.diff.ref2")
    List<String> ref2;

    @Option(names = {"-o", "--format"}, defaultValue = "txt", paramLabel = "txt|csv|md|dot", descriptionKey = "cli.diff.format")
    DiffFormat format;

    @Option(names = "--kubeconfig", paramLabel = "FILE", descriptionKey = "cli.diff.kubeconfig")
    Path kubeconfig;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", descriptionKey = "cli.diff.namespace")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--ip-blocks-match-pod-ips", descriptionKey = "cli.option.ipBlocksMatchPodIps")
    boolean ipBlocksMatchPodIps;

    @Option(names = "--engine", defaultValue = "indexed", paramLabel = "indexed|literal", descriptionKey = "cli.option.engine")
    EngineKind engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SourceArgument before = SourceArgument.parse("ref1", ref1);
        SourceArgument after = SourceArgument.parse("ref2", ref2);
        if (!before.isLive() && !after.isLive() && (kubeconfig != null || !namespaces.isEmpty())) {
            throw UserError.of("cli.diff.liveOptions", SourceArgument.LIVE);
        }
        PrintWriter err = spec.commandLine().getErr();
        Connectivity first = connectivity(before, err);
        Connectivity second = connectivity(after, err);
        ConnectivityDiff diff = ConnectivityDiff.between(first, second);
        if (!diff.uncertain().isEmpty()) {
            int n = diff.uncertain().size();
            err.println(Warnings.line(n + " pair" + (n == 1 ? "" : "s") + " of workloads may differ but cannot be"
                    + " compared: a side could not read the NetworkPolicies of their namespace; they are left out of the diff"));
        }
        err.flush();
        String out = format.write(diff);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(out);
        if (!out.isEmpty() && !out.endsWith("\n")) {
            stdout.println(); // md and dot end without one, as netpol-analyzer writes them; a terminal wants it
        }
        stdout.flush();
        return diff.isEmpty() && diff.uncertain().isEmpty() ? 0 : DIFFERENT;
    }

    /** Reads one side and lists its connections; its warnings go to stderr, each naming the side. */
    private Connectivity connectivity(SourceArgument source, PrintWriter err) {
        ClusterSnapshot snapshot = source.read(Optional.ofNullable(kubeconfig), new ClusterScope(namespaces));
        EngineOptions options = new EngineOptions(ipBlocksMatchPodIps);
        ConnectionList list = new ConnectionList(snapshot, engine.over(snapshot, options), options);
        String prefix = source.option() + ": ";
        snapshot.warnings().forEach(w -> err.println(Warnings.line(prefix + w)));
        list.warnings().forEach(w -> err.println(Warnings.line(prefix + w)));
        return Connectivity.of(list);
    }
}
