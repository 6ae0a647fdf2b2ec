package io.kubereach.whatif;

import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The what-if benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl graph-model,app test -Dtest=WhatIfBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * On the synthetic {@code medium} cluster (2,000 pods, as {@code kubereach generate --shape
 * medium}): for several policies, from the text that has just become valid (one ingress rule of
 * the policy removed) to the difference against the cluster as it is (read the text, apply the
 * edits, rebuild judging only the touched workloads, compare the touched pairs); then the same
 * difference judged in full, for comparison. Wall and process CPU time per round.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class WhatIfBenchmark {

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void mediumEdit() {
        ClusterSnapshot cluster = SyntheticCluster.snapshot(ClusterShape.medium());
        long t0 = System.nanoTime();
        NetworkGraph before = NetworkGraphBuilder.build(cluster);
        System.out.printf("medium: %d pods, %d policies, graph %.2f s%n", cluster.pods().size(), cluster.policies().size(),
                (System.nanoTime() - t0) / 1e9);
        io.kubereach.diagram.DiagramLayout picture = new io.kubereach.diagram.DiagramLayouter(io.kubereach.diagram.DiagramText.of(
                java.util.Locale.ENGLISH)).layout(io.kubereach.graph.GraphView.of(before, io.kubereach.graph.GraphFilter.ALL),
                io.kubereach.diagram.Grouping.NAMESPACE);
        List<NetworkPolicy> candidates = cluster.policies().stream()
                .filter(p -> !p.ingress().isEmpty() && cluster.pods().stream().anyMatch(p::selects)).limit(6).toList();
        for (NetworkPolicy policy : candidates) {
            NetworkPolicy edited = new NetworkPolicy(policy.namespace(), policy.name(), policy.podSelector(), policy.policyTypes(), true,
                    policy.ingress().subList(1, policy.ingress().size()), policy.egress());
            String text = PolicyKinds.NETWORK_POLICY.manifest().apply(edited);
            PolicyKey key = PolicyKinds.NETWORK_POLICY.keyOf().apply(policy);
            long w = System.nanoTime();
            long c = cpu();
            PolicyReading read = PolicyReading.of(text, key.toString());
            PolicyEdits edits = PolicyEdits.NONE.with(new EditedPolicy(1, Optional.of(key), text, read.policy().orElseThrow(), false));
            WhatIfJudgement judged = WhatIfJudgement.of(before, edits);
            long incrementalWall = System.nanoTime() - w;
            long incrementalCpu = cpu() - c;
            // the difference drawn: the picture re-classed and its lines (every box open: the most lines)
            long r = System.nanoTime();
            long rc = cpu();
            int drawn = picture.withChanges(judged.changes()).lineSet(io.kubereach.diagram.Detail.everything()).lines().size();
            long redrawWall = System.nanoTime() - r;
            long redrawCpu = cpu() - rc;
            w = System.nanoTime();
            c = cpu();
            NetworkGraph full = NetworkGraphBuilder.build(edits.applyTo(cluster));
            TrafficChanges all = TrafficChanges.between(before, full);
            long fullWall = System.nanoTime() - w;
            long fullCpu = cpu() - c;
            if (!all.changes().equals(judged.changes().changes())) {
                throw new AssertionError("the incremental difference differs from the full one for " + key);
            }
            System.out.printf("%s: %d of %d workloads touched, %d lines changed; incremental %.0f ms wall %.0f ms CPU;"
                    + " full %.0f ms wall %.0f ms CPU; lines of the difference picture (%d) %.0f ms wall %.0f ms CPU%n", key, judged.touched().size(), before.vertices(
                            io.kubereach.graph.GraphVertex.WorkloadVertex.class).size(), judged.changes().changes().size(),
                    incrementalWall / 1e6, incrementalCpu / 1e6, fullWall / 1e6, fullCpu / 1e6, drawn, redrawWall / 1e6, redrawCpu / 1e6);
        }
    }
}
