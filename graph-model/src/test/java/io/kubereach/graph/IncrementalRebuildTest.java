package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A graph rebuilt after a policy edit, judging again only the workloads the edit touches")
class IncrementalRebuildTest {

    private static final ClusterSnapshot CLUSTER = SyntheticCluster.snapshot(ClusterShape.smallWithTiers());
    private static final NetworkGraph BEFORE = NetworkGraphBuilder.build(CLUSTER);

    static Stream<Arguments> edits() {
        List<NetworkPolicy> policies = CLUSTER.policies();
        List<AdminPolicy> admin = CLUSTER.adminPolicies();
        // a policy that admits something to pods it selects: deleting it or its rules changes lines
        NetworkPolicy first = policies.stream().filter(p -> !p.ingress().isEmpty() && CLUSTER.pods().stream().anyMatch(p::selects))
                .findFirst().orElseThrow();
        List<NetworkPolicy> without = new ArrayList<>(policies);
        without.remove(first);
        NetworkPolicy opened = new NetworkPolicy(first.namespace(), first.name(), first.podSelector(), first.policyTypes(), true,
                List.of(), first.egress());
        List<NetworkPolicy> edited = new ArrayList<>(policies);
        edited.set(policies.indexOf(first), opened);
        return Stream.of(
                Arguments.of("a NetworkPolicy deleted", without, admin),
                Arguments.of("a NetworkPolicy's ingress rules removed", edited, admin),
                Arguments.of("an AdminNetworkPolicy deleted", policies, admin.subList(1, admin.size())),
                Arguments.of("every policy deleted", List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    @DisplayName("gives the same lines, pair verdicts and changes as judging everything again")
    void sameAsFullBuild(String edit, List<NetworkPolicy> policies, List<AdminPolicy> admin) {
        ClusterSnapshot after = CLUSTER.withPolicies(policies, admin);
        Set<String> touched = PolicyChanges.touchedWorkloads(CLUSTER, after);
        assertThat(touched).isNotEmpty();
        TrafficChanges all = assertSameAsFullBuild(BEFORE, after, touched);
        assertThat(all.isEmpty()).as("the edit changes some line").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    @DisplayName("touches only workloads that some edited policy applies to, fewer than all of them")
    void touchesFewerThanAll(String edit, List<NetworkPolicy> policies, List<AdminPolicy> admin) {
        Set<String> touched = PolicyChanges.touchedWorkloads(CLUSTER, CLUSTER.withPolicies(policies, admin));
        if (!policies.isEmpty()) {
            assertThat(touched.size()).isLessThan(BEFORE.workloadPairs().size());
        }
        assertThat(PolicyChanges.touchedWorkloads(CLUSTER, CLUSTER)).isEmpty();
    }

    /**
     * Builds {@code after} twice, judging again only {@code touched} (the rest taken over from
     * {@code before}) and judging everything, and asserts the same lines, pair verdicts and
     * changes; returns the changes.
     */
    static TrafficChanges assertSameAsFullBuild(NetworkGraph before, ClusterSnapshot after, Set<String> touched) {
        NetworkGraph full = NetworkGraphBuilder.build(after);
        NetworkGraph incremental = new NetworkGraphBuilder(after, new IndexedEngine(after), EngineOptions.DEFAULTS)
                .reusing(before, touched).build();

        assertThat(new HashSet<>(incremental.trafficEdges())).isEqualTo(new HashSet<>(full.trafficEdges()));
        WorkloadPairs a = incremental.workloadPairs();
        WorkloadPairs b = full.workloadPairs();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                assertThat(a.verdict(i, j)).as("%s → %s", a.ids().get(i), a.ids().get(j)).isEqualTo(b.verdict(i, j));
                assertThat(a.policyInvolved(i, j)).isEqualTo(b.policyInvolved(i, j));
            }
        }
        TrafficChanges all = TrafficChanges.between(before, full);
        TrafficChanges judgedAgain = TrafficChanges.between(before, incremental, touched);
        assertThat(judgedAgain.changes()).isEqualTo(all.changes());
        return all;
    }
}
