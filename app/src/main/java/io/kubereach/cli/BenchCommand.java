package io.kubereach.cli;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ConnectionList;
import io.kubereach.synthetic.SyntheticCluster;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kubereach bench}: times two workloads over a synthetic cluster with the indexed and the
 * literal engine and checks that both engines give identical results: the workload-level
 * connection list, and the pod matrix (the allowed set of every ordered pair of pods).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class BenchCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Mixin
    ShapeOption shape;

    @Option(names = "--runs", defaultValue = "3", descriptionKey = "cli.bench.runs")
    int runs;

    @Option(names = "--indexed-only", descriptionKey = "cli.bench.indexedOnly")
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
        boolean same = compare("list", snapshot, BenchCommand::list, out) & compare("pod matrix", snapshot, BenchCommand::podMatrix, out);
        return same ? 0 : 1;
    }

    private boolean compare(String workload, ClusterSnapshot snapshot, BiFunction<ClusterSnapshot, ReachabilityEngine, Object> work, PrintWriter out) {
        Timed indexed = time(workload, "indexed", () -> work.apply(snapshot, new IndexedEngine(snapshot, EngineOptions.DEFAULTS)), out);
        if (indexedOnly) {
            return true;
        }
        Timed literal = time(workload, "literal", () -> work.apply(snapshot, new LiteralEngine(snapshot, EngineOptions.DEFAULTS)), out);
        boolean same = indexed.result().equals(literal.result());
        out.printf("%s: identical results: %s; indexed is %.1fx faster%n", workload, same ? "yes" : "NO",
                (double) literal.bestMillis() / Math.max(1, indexed.bestMillis()));
        out.flush();
        return same;
    }

    private Timed time(String workload, String engine, Supplier<Object> work, PrintWriter out) {
        Object result = work.get();
        work.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < Math.max(1, runs); i++) {
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        out.printf("%-10s %-7s engine: %6d ms (best of %d after 2 warm-ups, engine build included)%n", workload, engine, best, runs);
        out.flush();
        return new Timed(result, best);
    }

    /** The workload-level connection list. */
    private static Object list(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        return new ConnectionList(snapshot, engine, EngineOptions.DEFAULTS).connections();
    }

    /** The allowed set of every ordered pair of pods, as a focus view of the diagram needs it. */
    private static Object podMatrix(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        List<Peer> pods = snapshot.pods().stream().map(Peer::of).toList();
        ConnectionSet[] cells = new ConnectionSet[pods.size() * pods.size()];
        int i = 0;
        for (Peer src : pods) {
            for (Peer dst : pods) {
                cells[i++] = engine.allowed(src, dst);
            }
        }
        return Arrays.asList(cells);
    }

    private record Timed(Object result, long bestMillis) {
    }
}
