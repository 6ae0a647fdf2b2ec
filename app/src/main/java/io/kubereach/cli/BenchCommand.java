package io.kubereach.cli;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionList;
import io.kubereach.synthetic.SyntheticCluster;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kubereach bench}: times the connection list of a synthetic cluster with the indexed and
 * the literal engine, and checks that they give identical results.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Builds the connection list of a synthetic cluster with the indexed engine and the literal",
                "reference engine, checks both lists are identical, and prints the times and the speed-up.",
                "Exit code 1 when the lists differ."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    ShapeOption shape;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs per engine after one warm-up (default ${DEFAULT-VALUE}); the best is reported.")
    int runs;

    @Option(names = "--indexed-only", description = "Skip the literal engine (for shapes where it would take minutes).")
    boolean indexedOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClusterSnapshot snapshot = SyntheticCluster.snapshot(shape.shape());
        out.printf("cluster: %d pods, %d policies, %d namespaces; %d cores, max heap %d MB%n", snapshot.pods().size(),
                snapshot.policies().size(), snapshot.namespaces().size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Timed indexed = time("indexed", snapshot, s -> new IndexedEngine(s, EngineOptions.DEFAULTS), out);
        if (indexedOnly) {
            return 0;
        }
        Timed literal = time("literal", snapshot, s -> new LiteralEngine(s, EngineOptions.DEFAULTS), out);
        boolean same = indexed.connections().equals(literal.connections());
        out.printf("identical results: %s%nspeed-up indexed over literal: %.1fx%n", same ? "yes" : "NO",
                (double) literal.bestMillis() / Math.max(1, indexed.bestMillis()));
        return same ? 0 : 1;
    }

    private Timed time(String name, ClusterSnapshot snapshot, Function<ClusterSnapshot, ReachabilityEngine> engine, PrintWriter out) {
        List<Connection> result = list(snapshot, engine); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < Math.max(1, runs); i++) {
            long start = System.nanoTime();
            result = list(snapshot, engine);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        out.printf("%-8s engine: list of %d connections in %d ms (best of %d, engine build included)%n", name, result.size(), best, runs);
        out.flush();
        return new Timed(result, best);
    }

    private static List<Connection> list(ClusterSnapshot snapshot, Function<ClusterSnapshot, ReachabilityEngine> engine) {
        return new ConnectionList(snapshot, engine.apply(snapshot), EngineOptions.DEFAULTS).connections();
    }

    private record Timed(List<Connection> connections, long bestMillis) {
    }
}
