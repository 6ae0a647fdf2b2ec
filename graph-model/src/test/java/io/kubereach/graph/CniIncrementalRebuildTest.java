package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CiliumDefaultDeny;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.Direction;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A graph rebuilt after Cilium and Calico edits, judging again only the workloads the edited policies select")
class CniIncrementalRebuildTest {

    /** Few NetworkPolicies, so that the Cilium and Calico policies decide much of the traffic. */
    private static final ClusterSnapshot CLUSTER = SyntheticCluster.snapshot(new ClusterShape(4, 12, 3, 2, 3, ClusterShape.DEFAULT_SEED, 0, false, 12, 12));
    private static final NetworkGraph BEFORE = NetworkGraphBuilder.build(CLUSTER);

    static Stream<Long> seeds() {
        return IntStream.range(0, 16).mapToObj(i -> 17L * i + 3);
    }

    /** Two to five random edits of the Cilium and Calico policies: deleted, rules taken from another, copied, order changed, rules dropped. */
    private static ClusterSnapshot randomlyEdited(long seed) {
        Random random = new Random(seed);
        List<CiliumPolicy> cilium = new ArrayList<>(CLUSTER.cniPolicies().cilium());
        List<CalicoPolicy> calico = new ArrayList<>(CLUSTER.cniPolicies().calico());
        int edits = 2 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(cilium.size());
            int j = random.nextInt(calico.size());
            switch (random.nextInt(6)) {
                case 0 -> cilium.remove(i);
                case 1 -> {
                    CiliumPolicy a = cilium.get(i);
                    CiliumPolicy b = cilium.get(random.nextInt(cilium.size()));
                    cilium.set(i, new CiliumPolicy(a.namespace(), a.name(), b.rules()));
                }
                case 2 -> {
                    // a copy whose rules only deny by default: the pods it selects lose what other policies allowed them
                    CiliumPolicy a = cilium.get(i);
                    cilium.add(new CiliumPolicy(a.namespace(), a.name() + "-deny-" + e, a.rules().stream()
                            .map(r -> new CiliumRule(r.subject(), List.of(), List.of(), List.of(), List.of(),
                                    new CiliumDefaultDeny(true, true, true, true), "")).toList()));
                }
                case 3 -> calico.remove(j);
                case 4 -> {
                    CalicoPolicy p = calico.get(j);
                    // another order, and no rules: the endpoints it selects are denied by its tier's default
                    calico.set(j, new CalicoPolicy(p.kind(), p.namespace(), p.name(), p.tier(), OptionalDouble.of(random.nextInt(2000)),
                            p.selector(), p.namespaceSelector(), p.serviceAccountSelector(), p.types(), true, List.of(), List.of(),
                            p.hostOptions()));
                }
                default -> {
                    CalicoPolicy p = calico.get(j);
                    calico.set(j, new CalicoPolicy(p.kind(), p.namespace(), p.name(), p.tier(), p.order(), p.selector(),
                            p.namespaceSelector(), p.serviceAccountSelector(), Set.of(Direction.INGRESS), true, p.ingress(), List.of(),
                            p.hostOptions()));
                }
            }
        }
        CniPolicies was = CLUSTER.cniPolicies();
        return CLUSTER.withCniPolicies(new CniPolicies(cilium, calico, was.calicoTiers(), was.serviceAccounts(), was.unevaluated()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("random edits: the same lines, pair verdicts and changes as judging everything again")
    void sameAsFullBuild(long seed) {
        ClusterSnapshot after = randomlyEdited(seed);
        Set<String> touched = PolicyChanges.touchedWorkloads(CLUSTER, after);
        IncrementalRebuildTest.assertSameAsFullBuild(BEFORE, after, touched);
    }

    @Test
    @DisplayName("one Cilium or Calico policy edited touches the workloads it selects, not every workload")
    void touchesOnlyWhatTheEditSelects() {
        List<CiliumPolicy> cilium = new ArrayList<>(CLUSTER.cniPolicies().cilium());
        cilium.remove(0);
        CniPolicies was = CLUSTER.cniPolicies();
        ClusterSnapshot after = CLUSTER.withCniPolicies(new CniPolicies(cilium, was.calico(), was.calicoTiers(), was.serviceAccounts(),
                was.unevaluated()));
        Set<String> touched = PolicyChanges.touchedWorkloads(CLUSTER, after);
        assertThat(touched).isNotEmpty();
        assertThat(touched.size()).isLessThan(BEFORE.workloadPairs().size());
        assertThat(PolicyChanges.touchedWorkloads(CLUSTER, CLUSTER)).isEmpty();
    }

    @Test
    @DisplayName("the random edits change lines, so the comparison above compares something")
    void editsChangeLines() {
        long changing = seeds().filter(seed -> !TrafficChanges.between(BEFORE, NetworkGraphBuilder.build(randomlyEdited(seed))).isEmpty())
                .count();
        assertThat(changing).isGreaterThanOrEqualTo(seeds().count() / 3);
    }
}
