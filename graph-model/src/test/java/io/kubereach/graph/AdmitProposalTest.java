package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diff.ChangeKind;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What would allow a blocked line")
class AdmitProposalTest {

    private static final ClusterSnapshot DEMO = DemoLikeCluster.snapshot();
    private static final NetworkGraph BEFORE = NetworkGraphBuilder.build(DEMO);
    private static final String REDIS = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "StatefulSet", "redis"));
    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly"));

    private static NetworkGraph with(List<NetworkPolicy> edited) {
        List<NetworkPolicy> policies = new ArrayList<>(DEMO.policies());
        for (NetworkPolicy p : edited) {
            policies.removeIf(q -> q.qualifiedName().equals(p.qualifiedName()));
            policies.add(p);
        }
        return NetworkGraphBuilder.build(DEMO.withPolicies(policies, DEMO.adminPolicies()));
    }

    @Test
    @DisplayName("for the nightly job to redis: one new ingress rule in redis's policy, which then allows exactly that line")
    void nightlyToRedisGetsOneRule() {
        AdmitProposal proposal = AdmitProposal.forLine(BEFORE, NIGHTLY, REDIS);
        assertThat(proposal.proposes()).isTrue();
        assertThat(proposal.edited()).singleElement().satisfies(p -> {
            assertThat(p.qualifiedName()).isEqualTo("default/test-network-policy");
            NetworkPolicy was = DEMO.policies().stream().filter(q -> q.qualifiedName().equals(p.qualifiedName())).findFirst().orElseThrow();
            assertThat(p.ingress()).hasSize(was.ingress().size() + 1).startsWith(was.ingress().toArray(new io.kubereach.model.PolicyRule[0]));
            assertThat(p.egress()).isEqualTo(was.egress());
        });
        TrafficChanges changes = TrafficChanges.between(BEFORE, with(proposal.edited()));
        assertThat(changes.changes()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo(NIGHTLY);
            assertThat(c.targetId()).isEqualTo(REDIS);
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
        });
    }

    @Test
    @DisplayName("for every blocked line between workloads, a proposal changes that line alone and leaves it allowed on every served port")
    void everyProposalChangesExactlyItsLine() {
        int proposed = 0;
        for (String from : BEFORE.workloadEnds().keySet()) {
            for (String to : BEFORE.workloadEnds().keySet()) {
                if (from.equals(to) || BEFORE.traffic(from, to).orElseThrow().verdict() == TrafficVerdict.ALLOWED) {
                    continue;
                }
                AdmitProposal proposal = AdmitProposal.forLine(BEFORE, from, to);
                if (!proposal.proposes()) {
                    continue;
                }
                proposed++;
                NetworkGraph after = with(proposal.edited());
                TrafficChanges changes = TrafficChanges.between(BEFORE, after);
                assertThat(changes.changes()).as("%s → %s", from, to).extracting(TrafficChanges.EdgeChange::edgeId)
                        .containsExactly(GraphEdge.Traffic.idOf(from, to));
                assertThat(after.traffic(from, to).orElseThrow().verdict()).as("%s → %s", from, to).isEqualTo(TrafficVerdict.ALLOWED);
            }
        }
        assertThat(proposed).isGreaterThan(3);
    }

    @Test
    @DisplayName("for an allowed line, proposes nothing and says it is already allowed")
    void allowedLineNeedsNothing() {
        String frontend = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "ReplicaSet", "frontend"));
        assertThat(BEFORE.traffic(frontend, REDIS).orElseThrow().verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        AdmitProposal proposal = AdmitProposal.forLine(BEFORE, frontend, REDIS);
        assertThat(proposal.proposes()).isFalse();
        assertThat(proposal.refusal().orElseThrow().toString()).contains("alreadyAllowed");
    }
}
