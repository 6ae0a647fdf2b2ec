package io.kubereach.graph;

import static io.kubereach.engine.AdminFixture.anp;
import static io.kubereach.engine.AdminFixture.banp;
import static io.kubereach.engine.AdminFixture.cnp;
import static io.kubereach.engine.AdminFixture.inNamespaces;
import static io.kubereach.engine.AdminFixture.podsIn;
import static io.kubereach.engine.AdminFixture.rule;
import static io.kubereach.engine.AdminFixture.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diff.ChangeKind;
import io.kubereach.engine.AdminFixture;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.RuleAction;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What would allow a line that a cluster-wide tier denies")
class TierProposalTest {

    private static final ClusterSnapshot DEMO = DemoLikeCluster.snapshot();
    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly"));
    private static final String WEB = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("shop", "ReplicaSet", "web"));
    private static final String FRONTEND = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "ReplicaSet", "frontend"));

    private static NetworkGraph graph(AdminPolicy... clusterWide) {
        return NetworkGraphBuilder.build(DEMO.withPolicies(DEMO.policies(), List.of(clusterWide)));
    }

    /** The proposal applied and everything judged again from scratch: only the line changed, to allowed. */
    private static void admitsExactly(NetworkGraph before, AdmitProposal proposal, String from, String to) {
        List<AdminPolicy> clusterWide = new ArrayList<>(before.snapshot().adminPolicies());
        clusterWide.addAll(proposal.admin());
        List<io.kubereach.model.NetworkPolicy> policies = new ArrayList<>(before.snapshot().policies());
        proposal.edited().forEach(p -> {
            policies.removeIf(q -> q.qualifiedName().equals(p.qualifiedName()));
            policies.add(p);
        });
        NetworkGraph after = NetworkGraphBuilder.build(before.snapshot().withPolicies(policies, clusterWide));
        assertThat(TrafficChanges.between(before, after).changes()).singleElement().satisfies(c -> {
            assertThat(c.edgeId()).isEqualTo(GraphEdge.Traffic.idOf(from, to));
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
        });
        assertThat(after.traffic(from, to).orElseThrow().verdict()).isEqualTo(TrafficVerdict.ALLOWED);
    }

    private static AdminPolicy denyBatchIntoShop(AdminFixture.Draft draft) {
        return draft.pods("project=myproject", "app=web").ingress(rule(RuleAction.DENY, "no-batch", to(podsIn("", "role=batch")))).build();
    }

    @Test
    @DisplayName("an AdminNetworkPolicy Deny: a new AdminNetworkPolicy tried just before it allows exactly that line, and says why no NetworkPolicy can")
    void adminDenyGetsAnEarlierAllow() {
        NetworkGraph before = graph(denyBatchIntoShop(anp("no-batch", 10)));
        assertThat(before.traffic(NIGHTLY, WEB).orElseThrow().verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        AdmitProposal proposal = AdmitProposal.forLine(before, NIGHTLY, WEB);
        assertThat(proposal.proposes()).isTrue();
        assertThat(proposal.edited()).as("no NetworkPolicy can override an Admin-tier Deny").isEmpty();
        assertThat(proposal.admin()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AdminPolicy.Kind.ADMIN_NETWORK_POLICY);
            assertThat(p.priority()).isEqualTo(9);
            assertThat(p.ingress()).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo(RuleAction.ALLOW));
        });
        assertThat(MessageText.in(Language.ENGLISH).render(proposal.note().orElseThrow()))
                .contains("AdminNetworkPolicy no-batch", "no NetworkPolicy can override", "priority 9");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(proposal.note().orElseThrow())).containsPattern("\\p{IsHan}");
        admitsExactly(before, proposal, NIGHTLY, WEB);
    }

    @Test
    @DisplayName("an Admin-tier ClusterNetworkPolicy Deny gets a ClusterNetworkPolicy, at the highest free priority before it")
    void clusterNetworkPolicyDenySkipsTakenPriorities() {
        AdminPolicy unrelated = anp("unrelated", 9).pods("project=payments", "app=api").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("")))).build();
        NetworkGraph before = graph(denyBatchIntoShop(cnp("no-batch", AdminPolicy.Tier.ADMIN, 10)), unrelated);
        AdmitProposal proposal = AdmitProposal.forLine(before, NIGHTLY, WEB);
        assertThat(proposal.admin()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY);
            assertThat(p.tier()).isEqualTo(AdminPolicy.Tier.ADMIN);
            assertThat(p.priority()).as("9 is taken: two policies of one priority have no defined order").isEqualTo(8);
        });
        admitsExactly(before, proposal, NIGHTLY, WEB);
    }

    @Test
    @DisplayName("a Deny at priority 0 leaves no room before it: no proposal, and the reason says to edit its rule")
    void denyAtPriorityZeroIsRefused() {
        AdmitProposal proposal = AdmitProposal.forLine(graph(denyBatchIntoShop(anp("no-batch", 0))), NIGHTLY, WEB);
        assertThat(proposal.proposes()).isFalse();
        assertThat(MessageText.in(Language.ENGLISH).render(proposal.refusal().orElseThrow())).contains("no-batch", "edit its rule");
    }

    @Test
    @DisplayName("a BaselineAdminNetworkPolicy Deny on pods nothing else reaches: a NetworkPolicy, which the Baseline yields to, allows exactly that line")
    void baselineDenyGetsANetworkPolicy() {
        AdminPolicy baseline = banp().pods("", "role=batch").ingress(rule(RuleAction.DENY, "no-frontend", to(podsIn("", "role=frontend")))).build();
        NetworkGraph before = graph(baseline);
        assertThat(before.traffic(FRONTEND, NIGHTLY).orElseThrow().verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        AdmitProposal proposal = AdmitProposal.forLine(before, FRONTEND, NIGHTLY);
        assertThat(proposal.admin()).isEmpty();
        assertThat(proposal.edited()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("allow-frontend-to-nightly"));
        assertThat(MessageText.in(Language.ENGLISH).render(proposal.note().orElseThrow())).contains("BaselineAdminNetworkPolicy default",
                "a NetworkPolicy overrides");
        admitsExactly(before, proposal, FRONTEND, NIGHTLY);
    }

    @Test
    @DisplayName("a Baseline Deny where a NetworkPolicy would isolate the pods and block other traffic: an Admin-tier Allow instead")
    void baselineDenyWithOtherTrafficGetsAnAdminAllow() {
        // without its egress policy the shop's web reaches the nightly job by default: isolating the job would block that line
        AdminPolicy baseline = banp().pods("", "role=batch").ingress(rule(RuleAction.DENY, "no-frontend", to(podsIn("", "role=frontend")))).build();
        NetworkGraph before = NetworkGraphBuilder.build(DEMO.withPolicies(
                DEMO.policies().stream().filter(p -> !p.qualifiedName().equals("shop/shop-egress")).toList(), List.of(baseline)));
        assertThat(before.traffic(WEB, NIGHTLY).orElseThrow().verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(before.traffic(FRONTEND, NIGHTLY).orElseThrow().verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        AdmitProposal proposal = AdmitProposal.forLine(before, FRONTEND, NIGHTLY);
        assertThat(proposal.edited()).isEmpty();
        assertThat(proposal.admin()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AdminPolicy.Kind.ADMIN_NETWORK_POLICY);
            assertThat(p.priority()).isEqualTo(TierProposal.LOWEST_PRECEDENCE);
        });
        assertThat(MessageText.in(Language.ENGLISH).render(proposal.note().orElseThrow())).contains("would isolate these pods");
        admitsExactly(before, proposal, FRONTEND, NIGHTLY);
    }
}
