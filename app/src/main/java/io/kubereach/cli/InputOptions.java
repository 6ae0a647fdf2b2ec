package io.kubereach.cli;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestException;
import io.kubereach.source.ManifestInput;
import io.kubereach.source.ManifestSource;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.ClusterLoad;
import io.kubereach.source.live.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", descriptionKey = "cli.option.namespace")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--strict", descriptionKey = "cli.option.strict")
    boolean strict;

    @Option(names = "--ip-blocks-match-pod-ips", descriptionKey = "cli.option.ipBlocksMatchPodIps")
    boolean ipBlocksMatchPodIps;

    @Option(names = "--engine", defaultValue = "indexed", paramLabel = "indexed|literal", descriptionKey = "cli.option.engine")
    EngineKind engine;

    /**
     * Reads the chosen source into a snapshot. {@code -n} alone reads those namespaces of the
     * current context; with manifests it is the namespace of the objects that name none.
     */
    ClusterSnapshot snapshot() throws ManifestException, ClusterAccessException {
        if (source == null && namespaces.isEmpty()) {
            throw UserError.of("cli.input.noSource");
        }
        if (source != null && source.demo) {
            if (!namespaces.isEmpty()) {
                throw UserError.of("cli.input.demoNamespace");
            }
            return DemoCluster.snapshot();
        }
        if (source == null || source.cluster != null) {
            ClusterOptions cluster = source == null ? new ClusterOptions() : source.cluster;
            return ClusterLoad.read(cluster.target(namespaces), Environment.system(), ProgressLines.onTerminal(), CancelToken.none())
                    .snapshot();
        }
        ClusterSnapshot read = manifests(strict, namespaces).readInputs(ManifestInput.of(source.paths, StandardInput::text));
        if (read.isEmpty()) {
            // the warnings say what was skipped; then the input is an error, not an empty (all-allowed) answer
            PrintWriter err = mixee.commandLine().getErr();
            read.warnings().forEach(w -> err.println(Warnings.line(w)));
            throw UserError.of("cli.error.noObjects", read.source());
        }
        return read;
    }

    /** The manifest reader the options ask for: strict or tolerant, with at most one namespace for objects that name none. */
    static ManifestSource manifests(boolean strict, List<String> namespaces) {
        if (namespaces.size() > 1) {
            throw UserError.of("cli.input.oneNamespace", String.join(", ", namespaces));
        }
        ManifestSource reader = new ManifestSource().strict(strict);
        return namespaces.isEmpty() ? reader : reader.inNamespace(namespaces.get(0));
    }

    EngineOptions engineOptions() {
        return new EngineOptions(ipBlocksMatchPodIps);
    }

    /** The chosen engine over a snapshot. */
    ReachabilityEngine engine(ClusterSnapshot snapshot) {
        return engine.over(snapshot, engineOptions());
    }
}
