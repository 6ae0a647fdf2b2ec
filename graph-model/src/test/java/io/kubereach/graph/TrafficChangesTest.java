package io.kubereach.graph;

import static io.kubereach.engine.Fixture.from;
import static io.kubereach.engine.Fixture.ipBlock;
import static io.kubereach.engine.Fixture.namespaces;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.pods;
import static io.kubereach.engine.Fixture.rule;
import static io.kubereach.engine.Fixture.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diff.ChangeKind;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Traffic changes between two graphs")
class TrafficChangesTest {

    private static final ClusterSnapshot DEMO = DemoLikeCluster.snapshot();
    private static final NetworkGraph BEFORE = NetworkGraphBuilder.build(DEMO);

    private static final String REDIS = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "StatefulSet", "redis"));
    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly"));
    private static final String FRONTEND = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "ReplicaSet", "frontend"));
    private static final String WEB = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("shop", "ReplicaSet", "web"));

    /** The demo with the policy of the same name replaced, or added. */
    private static NetworkGraph edited(NetworkPolicy policy) {
        List<NetworkPolicy> policies = new ArrayList<>(DEMO.policies());
        policies.removeIf(p -> p.namespace().equals(policy.namespace()) && p.name().equals(policy.name()));
        policies.add(policy);
        return NetworkGraphBuilder.build(new ClusterSnapshot(DEMO.source(), DEMO.namespaces(), DEMO.nodes(), DEMO.pods(),
                DEMO.workloads(), DEMO.services(), DEMO.endpoints(), DEMO.ingresses(), policies, DEMO.warningMessages(),
                DEMO.kubeProxy(), DEMO.gaps()));
    }

    /** The demo's redis policy, admitting the nightly job too when asked, its egress to {@code egressBlock}. */
    private static NetworkPolicy redisPolicy(boolean admitBatch, String egressBlock) {
        var peers = new ArrayList<>(List.of(ipBlock("172.17.0.0/16", "172.17.1.0/24"), namespaces("project=myproject"),
                pods("role=frontend")));
        if (admitBatch) {
            peers.add(pods("role=batch"));
        }
        return policy("default/test-network-policy", "role=db").types(Direction.INGRESS, Direction.EGRESS)
                .ingress(rule(from(peers.toArray(PolicyPeer[]::new)), tcp(6379)))
                .egress(rule(from(ipBlock(egressBlock)), tcp(5978))).build();
    }

    private static String edgeId(String from, String to) {
        return new TrafficChanges.EdgeChange(from, to, Optional.empty(), Optional.empty(), ChangeKind.UNCHANGED)
                .edgeId();
    }

    @Test
    @DisplayName("a graph compared with itself has no change, and every line it draws is unchanged")
    void sameGraphHasNoChange() {
        TrafficChanges changes = TrafficChanges.between(BEFORE, NetworkGraphBuilder.build(DEMO));
        assertThat(changes.isEmpty()).isTrue();
        assertThat(BEFORE.trafficEdges()).isNotEmpty().allSatisfy(e -> assertThat(changes.kindOf(e.id())).isEqualTo(ChangeKind.UNCHANGED));
    }

    @Test
    @DisplayName("admitting the nightly job in redis's policy turns exactly its blocked line allowed, the one the new picture draws")
    void admittingOnePodAddsExactlyItsLine() {
        NetworkGraph after = edited(redisPolicy(true, "10.0.0.0/24"));
        TrafficChanges changes = TrafficChanges.between(BEFORE, after);
        String line = edgeId(NIGHTLY, REDIS);
        assertThat(changes.changes()).extracting(TrafficChanges.EdgeChange::edgeId).containsExactly(line);
        assertThat(changes.kindOf(line)).isEqualTo(ChangeKind.ADDED);
        TrafficChanges.EdgeChange c = changes.change(line).orElseThrow();
        assertThat(c.before().orElseThrow().verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(c.after().orElseThrow().verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(after.edge(line)).as("the new picture draws the line the change names").isPresent();
    }

    @Test
    @DisplayName("a line whose served ports are allowed in full instead of in part is changed; its counts say so")
    void servedPortsAllowedInFullAreChanged() {
        NetworkPolicy allPorts = policy("shop/allow-to-web", "app=web").types(Direction.INGRESS)
                .ingress(rule(from(namespaces("")), tcp(8080), tcp(15001))).build();
        TrafficChanges changes = TrafficChanges.between(BEFORE, edited(allPorts));
        String line = edgeId(FRONTEND, WEB);
        assertThat(changes.kindOf(line)).isEqualTo(ChangeKind.CHANGED);
        assertThat(changes.change(line).orElseThrow().before().orElseThrow().verdict()).isEqualTo(TrafficVerdict.PARTIAL);
        assertThat(changes.counts()).containsEntry(ChangeKind.CHANGED, changes.changes().size())
                .containsEntry(ChangeKind.ADDED, 0).containsEntry(ChangeKind.REMOVED, 0);
    }

    @Test
    @DisplayName("isolating a workload blocks lines that no picture draws: they are removed all the same")
    void linesNoPictureDrawsStillChange() {
        NetworkPolicy denyFrontend = policy("default/deny-frontend", "role=frontend").types(Direction.INGRESS).build();
        NetworkGraph after = edited(denyFrontend);
        TrafficChanges changes = TrafficChanges.between(BEFORE, after);
        String line = edgeId(NIGHTLY, FRONTEND);
        assertThat(BEFORE.edge(line)).as("no policy was involved: the old picture did not draw it").isEmpty();
        assertThat(changes.kindOf(line)).isEqualTo(ChangeKind.REMOVED);
        assertThat(changes.counts().get(ChangeKind.REMOVED)).isEqualTo(changes.changes().size());
    }

    @Test
    @DisplayName("an address block that only one picture draws is judged in both: the old block's line removed, the new one's added")
    void addressBlocksOfEitherSideAreJudged() {
        TrafficChanges changes = TrafficChanges.between(BEFORE, edited(redisPolicy(false, "10.0.1.0/24")));
        Map<String, ChangeKind> kinds = new TreeMap<>();
        changes.changes().forEach(c -> kinds.put(c.targetId(), c.kind()));
        assertThat(kinds).containsExactly(Map.entry("block:10.0.0.0/24", ChangeKind.REMOVED), Map.entry("block:10.0.1.0/24", ChangeKind.ADDED));
        assertThat(changes.changes()).allMatch(c -> c.sourceId().equals(REDIS));
    }
}
