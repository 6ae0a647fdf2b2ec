package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Fixture;
import io.kubereach.engine.PortSet;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the reachability matrices")
class ReachabilityMatrixTest {

    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        graph = NetworkGraphBuilder.build(DemoLikeCluster.snapshot());
    }

    private static int row(ReachabilityMatrix m, String name) {
        return m.headers().stream().map(ReachabilityMatrix.Header::name).toList().indexOf(name);
    }

    private static PairVerdict verdict(ReachabilityMatrix m, String from, String to) {
        return m.verdict(row(m, from), row(m, to));
    }

    @Test
    @DisplayName("namespace × namespace combines every workload pair of the two namespaces and counts them")
    void namespaces() {
        ReachabilityMatrix m = ReachabilityMatrix.ofNamespaces(graph);
        assertThat(m.ofNamespaces()).isTrue();
        assertThat(m.headers()).extracting(ReachabilityMatrix.Header::name).containsExactly("default", "payments", "shop");
        assertThat(m.headers()).extracting(ReachabilityMatrix.Header::id).containsExactly("ns:default", "ns:payments", "ns:shop");
        assertThat(verdict(m, "default", "payments")).isEqualTo(PairVerdict.BLOCKED);
        assertThat(verdict(m, "shop", "payments")).as("stable allowed, canary not").isEqualTo(PairVerdict.PARTIAL);
        assertThat(m.counts(row(m, "shop"), row(m, "payments"))).isEqualTo(new ReachabilityMatrix.PairCounts(1, 0, 1, 0));
        assertThat(verdict(m, "payments", "shop")).isEqualTo(PairVerdict.BLOCKED);
        assertThat(m.policyInvolved(row(m, "default"), row(m, "shop"))).isTrue();
        assertThat(m.ports(0, 1)).as("a namespace pair has no single set of ports").isEmpty();
    }

    @Test
    @DisplayName("a namespace cell counts every workload pair behind it, and its verdict is theirs combined")
    void namespaceCellsCountTheirPairs() {
        ReachabilityMatrix namespaces = ReachabilityMatrix.ofNamespaces(graph);
        ReachabilityMatrix workloads = ReachabilityMatrix.ofWorkloads(graph);
        for (int a = 0; a < namespaces.size(); a++) {
            for (int b = 0; b < namespaces.size(); b++) {
                List<ReachabilityMatrix.WorkloadPair> pairs = namespaces.pairs(a, b);
                assertThat(namespaces.counts(a, b).total()).isEqualTo(pairs.size());
                PairVerdict combined = pairs.stream().map(ReachabilityMatrix.WorkloadPair::verdict).reduce(PairVerdict::and).orElseThrow();
                assertThat(namespaces.verdict(a, b)).isEqualTo(combined);
                for (ReachabilityMatrix.WorkloadPair p : pairs) {
                    int from = workloads.indexOf(p.from().id()).orElseThrow();
                    int to = workloads.indexOf(p.to().id()).orElseThrow();
                    assertThat(workloads.verdict(from, to)).isEqualTo(p.verdict());
                }
            }
        }
    }

    @Test
    @DisplayName("workload × workload judges every pair, including pairs no policy is involved in")
    void workloads() {
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(graph);
        assertThat(m.size()).isEqualTo(6);
        assertThat(m.headers()).extracting(ReachabilityMatrix.Header::namespace)
                .as("sorted by namespace").containsExactly("default", "default", "default", "payments", "payments", "shop");
        assertThat(verdict(m, "frontend", "redis")).isEqualTo(PairVerdict.ALLOWED);
        assertThat(verdict(m, "nightly", "redis")).isEqualTo(PairVerdict.BLOCKED);
        assertThat(verdict(m, "frontend", "nightly")).isEqualTo(PairVerdict.ALLOWED);
        assertThat(m.policyInvolved(row(m, "frontend"), row(m, "nightly"))).isFalse();
    }

    @Test
    @DisplayName("every workload cell agrees with judging its pair anew, so the table written while building is the engine's answer")
    void tableAgreesWithTheEngine() {
        for (NetworkGraph g : List.of(graph, NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.small())))) {
            ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(g);
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    GraphEdge.Traffic judged = g.traffic(m.headers().get(i).id(), m.headers().get(j).id()).orElseThrow();
                    assertThat(m.verdict(i, j)).as(judged.id()).isEqualTo(g.verdictOf(judged));
                }
            }
        }
    }

    @Test
    @DisplayName("where the admin policies could not be read, every pair of pods is unknown, never allowed by default; namespaces too")
    void unreadPoliciesLeavePairsUnknown() {
        ClusterSnapshot unread = Fixture.cluster().namespace(Fixture.namespace("shop", "team=shop"))
                .namespace(Fixture.namespace("vault", "team=vault"))
                .pod(Fixture.pod("shop/web", "app=web", Fixture.port("http", 80, Protocol.TCP)))
                .pod(Fixture.pod("vault/db", "app=db", Fixture.port("sql", 5432, Protocol.TCP)))
                .gap(new SourceGap("AdminNetworkPolicy", "", GapReason.status(403))).build();
        NetworkGraph g = NetworkGraphBuilder.build(unread);
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(g);
        assertThat(m.verdict(row(m, "web"), row(m, "db"))).isEqualTo(PairVerdict.UNKNOWN);
        assertThat(m.verdict(row(m, "db"), row(m, "web"))).isEqualTo(PairVerdict.UNKNOWN);
        assertThat(m.ports(row(m, "web"), row(m, "db")).orElseThrow().unknown())
                .isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(5432)));
        ReachabilityMatrix namespaces = ReachabilityMatrix.ofNamespaces(g);
        assertThat(namespaces.verdict(row(namespaces, "shop"), row(namespaces, "vault"))).isEqualTo(PairVerdict.UNKNOWN);
        assertThat(namespaces.counts(row(namespaces, "shop"), row(namespaces, "vault"))).isEqualTo(new ReachabilityMatrix.PairCounts(0, 0, 0, 1));
    }

    @Test
    @DisplayName("judges two replicas of a workload on its diagonal")
    void replicas() {
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(graph);
        assertThat(verdict(m, "web", "web")).as("allow-to-web admits every namespace on 8080, not 15001, and shop-egress refuses pods")
                .isEqualTo(PairVerdict.BLOCKED);
        assertThat(verdict(m, "redis", "redis")).as("a single pod reaches itself").isEqualTo(PairVerdict.ALLOWED);
    }

    @Test
    @DisplayName("tells what a workload cell's pair may open: the served ports, what some and what every pod pair may open")
    void ports() {
        ReachabilityMatrix m = ReachabilityMatrix.ofWorkloads(graph);
        ReachabilityMatrix.Ports ports = m.ports(row(m, "frontend"), row(m, "redis")).orElseThrow();
        assertThat(ports.served()).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(6379)));
        assertThat(ports.allowedEvery().intersect(ports.served())).isEqualTo(ports.served());
        assertThat(ports.unknown().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("finds a row by its vertex id")
    void rowsById() {
        ReachabilityMatrix m = ReachabilityMatrix.ofNamespaces(graph);
        assertThat(m.indexOf("ns:shop")).hasValue(2);
        assertThat(m.indexOf("ns:nowhere")).isEmpty();
    }
}
