package io.kubereach.cli;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestException;
import io.kubereach.source.ManifestSource;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.ClusterLoad;
import io.kubereach.source.live.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the cluster comes from (manifests or a snapshot file, the demo, or a live cluster through
 * a kubeconfig) and how the engine judges it; shared by every command.
 */
final class InputOptions {

    /** Exactly one source. */
    static final class Source {
        @Option(names = {"-i", "--input"}, arity = "1", paramLabel = "PATH", descriptionKey = "cli.option.input")
        List<Path> paths;

        @Option(names = "--demo", descriptionKey = "cli.option.demo")
        boolean demo;

        @ArgGroup(exclusive = false, headingKey = "cli.option.liveCluster")
        ClusterOptions cluster;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--ip-blocks-match-pod-ips", descriptionKey = "cli.option.ipBlocksMatchPodIps")
    boolean ipBlocksMatchPodIps;

    @Option(names = "--engine", defaultValue = "indexed", paramLabel = "indexed|literal", descriptionKey = "cli.option.engine")
    EngineKind engine;

    /** Reads the chosen source into a snapshot. */
    ClusterSnapshot snapshot() throws ManifestException, ClusterAccessException {
        if (source.demo) {
            return DemoCluster.snapshot();
        }
        if (source.cluster != null) {
            return ClusterLoad.read(source.cluster.target(), Environment.system(), ProgressLines.onTerminal(), CancelToken.none())
                    .snapshot();
        }
        ClusterSnapshot read = new ManifestSource().read(source.paths);
        if (read.isEmpty()) {
            // the warnings say what was skipped; then the input is an error, not an empty (all-allowed) answer
            PrintWriter err = mixee.commandLine().getErr();
            read.warnings().forEach(w -> err.println(Warnings.line(w)));
            throw UserError.of("cli.error.noObjects", read.source());
        }
        return read;
    }

    EngineOptions engineOptions() {
        return new EngineOptions(ipBlocksMatchPodIps);
    }

    /** The chosen engine over a snapshot. */
    ReachabilityEngine engine(ClusterSnapshot snapshot) {
        return engine.over(snapshot, engineOptions());
    }
}
