package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-load benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=LiveLoadBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A synthetic cluster of 10,000 pods, 2,000 Services and 1,000 NetworkPolicies is put into the
 * mock API server; then it is read through a kubeconfig (connect, list every kind in pages of
 * 500 over HTTPS, keep the read fields, convert into the model) and the wall time of each run is
 * printed. The mock server runs in the same JVM, so its work counts too.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
@DisplayName("live load benchmark")
class LiveLoadBenchmark {

    /** 100 namespaces, 2,000 workloads of 5 pods (10,000 pods, 2,000 Services), 1,000 policies, 20 nodes. */
    static final ClusterShape SHAPE = new ClusterShape(100, 2_000, 5, 1_000, 20, ClusterShape.DEFAULT_SEED);
    static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    @DisplayName("reads 10,000 pods, 2,000 Services and 1,000 policies from the API server into the model")
    void loadLargeCluster() throws Exception {
        try (MockCluster cluster = new MockCluster()) {
            long setup = System.nanoTime();
            SyntheticCluster.write(SHAPE, dir.resolve("manifests"));
            cluster.fillFromManifests(dir.resolve("manifests"));
            System.out.printf("bench: mock server filled with %s in %d ms%n", SyntheticCluster.describe(SHAPE),
                    (System.nanoTime() - setup) / 1_000_000);
            Path config = cluster.kubeconfig(dir.resolve("config"), "bench", "bench");
            ClusterTarget target = new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all());
            Environment env = new Environment(Map.of(), dir);
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                PhaseTimes phases = new PhaseTimes(start);
                ClusterObjects read = ClusterLoad.read(target, env, phases, CancelToken.none());
                System.out.println("bench: run " + run + " reading (ms after start): " + phases);
                long millis = (System.nanoTime() - start) / 1_000_000;
                ClusterSnapshot s = read.snapshot();
                System.out.printf("bench: run %d: %,d ms for %,d pods, %,d services, %,d policies, %,d namespaces, %,d nodes"
                        + " (%d cores, max heap %d MB)%n", run, millis, s.pods().size(), s.services().size(), s.policies().size(),
                        s.namespaces().size(), s.nodes().size(), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                assertThat(s.pods()).hasSize(10_000);
                assertThat(s.services()).hasSize(2_000);
                assertThat(s.policies()).hasSize(1_000);
            }
        }
    }

    /** When each kind was read, in milliseconds after the load started. */
    private static final class PhaseTimes implements LoadProgress {
        private final long start;
        private final StringBuilder text = new StringBuilder();

        PhaseTimes(long start) {
            this.start = start;
        }

        @Override
        public void started(ResourceKind kind, int step, int steps) {
            if (step == 1) {
                text.append("connected ").append((System.nanoTime() - start) / 1_000_000);
            }
        }

        @Override
        public void finished(ResourceKind kind, int read, java.util.List<String> problems) {
            if (read > 0) {
                text.append(", ").append(kind.plural()).append(' ').append((System.nanoTime() - start) / 1_000_000);
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
