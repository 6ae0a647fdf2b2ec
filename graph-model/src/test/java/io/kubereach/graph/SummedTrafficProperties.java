package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.RandomClusters;
import io.kubereach.engine.TierKind;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A graph built summing the workload traffic per pair of namespaces ({@link NetworkGraphBuilder#summingWorkloadTraffic})
 * says exactly what adding up the workload pairs' own edges of the full graph says: per ordered pair of distinct
 * namespaces, how many edges, their line verdicts combined, the union of what they allow, the kinds of tier that decided
 * them and, for one edge, its id; and it is the full graph in every other vertex, edge and pair verdict.
 */
class SummedTrafficProperties {

    @Property(tries = 150)
    @Label("summed traffic equals the workload edges added up, on random clusters with workloads of one to four pods")
    void summedTrafficEqualsTheWorkloadEdgesAddedUp(@ForAll("clusters") ClusterSnapshot cluster,
            @ForAll @IntRange(min = 1, max = 4) int podsPerWorkload, @ForAll boolean ipBlocksMatchPodIps) {
        assertSummedAsAddedUp(inWorkloads(cluster, podsPerWorkload), new EngineOptions(ipBlocksMatchPodIps));
    }

    @Example
    @Label("summed traffic equals the workload edges added up on the small synthetic shapes (plain, tiers, Cilium and Calico)")
    void summedTrafficEqualsTheWorkloadEdgesAddedUpOnTheSmallShapes() {
        for (ClusterShape shape : List.of(ClusterShape.small(), ClusterShape.smallWithTiers(), ClusterShape.smallWithCni())) {
            assertSummedAsAddedUp(SyntheticCluster.snapshot(shape), EngineOptions.DEFAULTS);
        }
    }

    @Example
    @Label("summed traffic equals the workload edges added up on the medium synthetic shape (2,000 pods)")
    void summedTrafficEqualsTheWorkloadEdgesAddedUpOnTheMediumShape() {
        assertSummedAsAddedUp(SyntheticCluster.snapshot(ClusterShape.mediumWithTiers()), EngineOptions.DEFAULTS);
    }

    /** Builds both graphs and holds the summed one to the full one added up. */
    static void assertSummedAsAddedUp(ClusterSnapshot cluster, EngineOptions options) {
        NetworkGraph full = new NetworkGraphBuilder(cluster, new IndexedEngine(cluster, options), options).build();
        NetworkGraph summed = new NetworkGraphBuilder(cluster, new IndexedEngine(cluster, options), options).summingWorkloadTraffic().build();

        Map<String, GraphEdge.SummedTraffic> expected = addedUp(full);
        Map<String, GraphEdge.SummedTraffic> actual = new LinkedHashMap<>();
        List<GraphEdge> otherEdges = new ArrayList<>();
        for (GraphEdge e : summed.graph().edgeSet()) {
            if (e instanceof GraphEdge.SummedTraffic s) {
                actual.put(s.sourceId() + ">" + s.targetId(), s);
            } else {
                otherEdges.add(e);
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(otherEdges).as("every edge but the workload pairs' traffic")
                .containsExactlyElementsOf(full.graph().edgeSet().stream().filter(e -> !betweenWorkloads(full, e)).toList());
        assertThat(summed.graph().vertexSet()).containsExactlyElementsOf(full.graph().vertexSet());
        WorkloadPairs before = full.workloadPairs();
        WorkloadPairs after = summed.workloadPairs();
        assertThat(after.ids()).isEqualTo(before.ids());
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.size(); j++) {
                assertThat(after.verdict(i, j)).isEqualTo(before.verdict(i, j));
                assertThat(after.policyInvolved(i, j)).isEqualTo(before.policyInvolved(i, j));
            }
        }
        expected.values().forEach(s -> Statistics.label("sums").collect(s.verdict(), s.edges() == 1 ? "one edge" : "several edges"));
    }

    /** The full graph's workload pairs' edges between distinct namespaces, added up one by one as a picture merges lines. */
    private static Map<String, GraphEdge.SummedTraffic> addedUp(NetworkGraph full) {
        Map<String, List<GraphEdge.Traffic>> byPair = new LinkedHashMap<>();
        for (GraphEdge e : full.graph().edgeSet()) {
            if (betweenWorkloads(full, e)) {
                String from = "ns:" + full.vertex(e.sourceId()).orElseThrow().namespace();
                String to = "ns:" + full.vertex(e.targetId()).orElseThrow().namespace();
                if (!from.equals(to)) {
                    byPair.computeIfAbsent(from + ">" + to, k -> new ArrayList<>()).add((GraphEdge.Traffic) e);
                }
            }
        }
        Map<String, GraphEdge.SummedTraffic> out = new LinkedHashMap<>();
        byPair.forEach((key, edges) -> {
            PairVerdict verdict = edges.get(0).lineVerdict();
            ConnectionSet allowed = ConnectionSet.none();
            Set<TierKind> tiers = EnumSet.noneOf(TierKind.class);
            for (GraphEdge.Traffic t : edges) {
                verdict = verdict.and(t.lineVerdict());
                allowed = allowed.union(t.allowed());
                tiers.addAll(t.decidingTiers());
            }
            String[] ends = key.split(">");
            out.put(key, new GraphEdge.SummedTraffic(ends[0], ends[1], edges.size(), verdict, allowed, tiers,
                    edges.size() == 1 ? edges.get(0).id() : ""));
        });
        return out;
    }

    private static boolean betweenWorkloads(NetworkGraph graph, GraphEdge e) {
        return e instanceof GraphEdge.Traffic && graph.vertex(e.sourceId()).orElseThrow() instanceof GraphVertex.WorkloadVertex
                && graph.vertex(e.targetId()).orElseThrow() instanceof GraphVertex.WorkloadVertex;
    }

    /** The same cluster with its pods in workloads of up to {@code size} pods of one namespace (replicas that may differ). */
    private static ClusterSnapshot inWorkloads(ClusterSnapshot cluster, int size) {
        List<Pod> pods = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pod p : cluster.pods()) {
            int n = counts.merge(p.namespace(), 1, Integer::sum) - 1;
            WorkloadRef owner = new WorkloadRef(p.namespace(), "ReplicaSet", "rs-" + n / size);
            pods.add(new Pod(p.namespace(), p.name(), p.labels(), p.ips(), p.node(), owner, p.hostNetwork(), p.containers(), p.ready(),
                    owner, p.serviceAccount()));
        }
        return new ClusterSnapshot(cluster.source(), cluster.namespaces(), cluster.nodes(), pods, cluster.workloads(), cluster.services(),
                cluster.endpoints(), cluster.ingresses(), cluster.policies(), cluster.adminPolicies(), cluster.warningMessages(),
                cluster.kubeProxy(), cluster.gaps(), cluster.cniPolicies());
    }

    @Provide
    Arbitrary<ClusterSnapshot> clusters() {
        return RandomClusters.clusters();
    }
}
