package io.kubereach.engine;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.pods;
import static io.kubereach.engine.Fixture.from;
import static io.kubereach.engine.Fixture.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Direction;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of the tiers ({@code policy-tiers.md} section 1): the Admin tier by ascending priority,
 * first matching rule; NetworkPolicies; the Baseline tier; allowed. Admin and Baseline policies
 * never isolate a pod.
 */
@DisplayName("Tier order: Admin, NetworkPolicy, Baseline")
class TierOrderTest {

    private final Pod web = pod("shop/web", "app=web");
    private final Pod db = pod("vault/db", "app=db");
    private final Peer w = Peer.of(web);
    private final Peer d = Peer.of(db);

    private ClusterSnapshotBuilder twoNamespaces() {
        return cluster().namespace(namespace("shop", "team=shop")).namespace(namespace("vault", "team=vault")).pod(web).pod(db);
    }

    private static Verdict tcp80(ReachabilityEngine e, Peer src, Peer dst) {
        return e.verdict(src, dst, Protocol.TCP, 80);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("an admin Deny beats a NetworkPolicy that admits the connection")
    void adminDenyBeatsNetworkPolicyAllow(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var admits = policy("vault/allow-web", "app=db").ingress(Fixture.rule(from(Fixture.namespaces("team=shop")), tcp(80))).build();
        var deny = anp("deny-shop", 3).namespaces("team=vault")
                .ingress(rule(RuleAction.DENY, "deny-from-shop", to(inNamespaces("team=shop")))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().policy(admits).adminPolicy(deny).build());
        Verdict v = tcp80(e, w, d);
        assertThat(v.answer()).isEqualTo(Answer.DENIED);
        assertThat(v.ingress().steps()).extracting(TierStep::tier, TierStep::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TierKind.ADMIN, StepResult.DENIED));
        assertThat(v.ingress().steps().get(0).hits()).singleElement().satisfies(h -> {
            assertThat(h.policy().name()).isEqualTo("deny-shop");
            assertThat(h.rule()).isZero();
            assertThat(h.ruleName()).isEqualTo("deny-from-shop");
        });
        assertThat(e.reach(w, d).allowed().isEmpty()).isTrue();
        assertThat(e.reach(w, d).byClusterTiers().isAll()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("an admin Allow lets through what an isolating NetworkPolicy would deny")
    void adminAllowBeatsIsolation(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var isolate = policy("vault/deny-all", "").types(Direction.INGRESS).build();
        var allow = anp("monitoring", 1).namespaces("team=vault")
                .ingress(rule(RuleAction.ALLOW, "", to(podsIn("team=shop", "app=web")), tcpPort(80))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().policy(isolate).adminPolicy(allow).build());
        assertThat(tcp80(e, w, d).answer()).isEqualTo(Answer.ALLOWED);
        assertThat(e.verdict(w, d, Protocol.TCP, 81).answer()).isEqualTo(Answer.DENIED);
        assertThat(e.allowed(w, d)).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(80)));
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("Pass skips the rest of the admin tier; the NetworkPolicies decide, else the baseline, else allowed")
    void passHandsOverToTheNextTier(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var pass = anp("pass-all", 1).namespaces("team=vault").ingress(rule(RuleAction.PASS, "", to(inNamespaces("")))).build();
        var denyLater = anp("deny-later", 2).namespaces("team=vault").ingress(rule(RuleAction.DENY, "", to(inNamespaces("")))).build();
        var baselineDeny = banp().namespaces("team=vault").ingress(rule(RuleAction.DENY, "", to(inNamespaces("team=shop")))).build();
        var admits = policy("vault/allow-web", "app=db").ingress(Fixture.rule(from(Fixture.namespaces("team=shop")), tcp(80))).build();

        ReachabilityEngine passOnly = engine.apply(twoNamespaces().adminPolicy(pass).adminPolicy(denyLater).build());
        Verdict v = tcp80(passOnly, w, d);
        assertThat(v.answer()).as("the later Deny is skipped, nothing else applies").isEqualTo(Answer.ALLOWED);
        assertThat(v.ingress().steps()).extracting(TierStep::result)
                .containsExactly(StepResult.PASSED, StepResult.NOT_APPLIED);

        ReachabilityEngine withBaseline = engine.apply(twoNamespaces().adminPolicy(pass).adminPolicy(baselineDeny).build());
        assertThat(tcp80(withBaseline, w, d).answer()).as("the baseline decides when no NetworkPolicy isolates").isEqualTo(Answer.DENIED);
        assertThat(tcp80(withBaseline, w, d).ingress().steps()).extracting(TierStep::tier)
                .containsExactly(TierKind.ADMIN, TierKind.NETWORK_POLICY, TierKind.BASELINE);

        ReachabilityEngine withPolicy = engine.apply(twoNamespaces().adminPolicy(pass).adminPolicy(baselineDeny).policy(admits).build());
        assertThat(tcp80(withPolicy, w, d).answer()).as("an isolating NetworkPolicy decides before the baseline").isEqualTo(Answer.ALLOWED);
        assertThat(withPolicy.verdict(w, d, Protocol.TCP, 81).answer()).isEqualTo(Answer.DENIED);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("a lower priority number goes first, and inside a policy the first matching rule decides")
    void priorityThenRuleOrder(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var allowLate = anp("allow", 20).namespaces("team=vault").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("")))).build();
        var denyEarly = anp("deny", 10).namespaces("team=vault").ingress(
                rule(RuleAction.ALLOW, "allow-80", to(inNamespaces("team=shop")), tcpPort(80)),
                rule(RuleAction.DENY, "deny-rest", to(inNamespaces("team=shop")))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().adminPolicy(allowLate).adminPolicy(denyEarly).build());
        assertThat(tcp80(e, w, d).answer()).isEqualTo(Answer.ALLOWED);
        assertThat(tcp80(e, w, d).ingress().steps().get(0).hits()).extracting(RuleHit::ruleName).containsExactly("allow-80");
        Verdict other = e.verdict(w, d, Protocol.TCP, 443);
        assertThat(other.answer()).isEqualTo(Answer.DENIED);
        assertThat(other.ingress().steps().get(0).hits()).extracting(h -> h.policy().name() + "#" + h.rule()).containsExactly("deny#1");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("admin and baseline policies do not isolate: what no rule matches falls through to allowed")
    void clusterPoliciesDoNotIsolate(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var only80 = anp("only-80", 1).namespaces("team=vault").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("team=shop")), tcpPort(80))).build();
        var baseline = banp().namespaces("team=vault").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("team=shop")), tcpPort(443))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().adminPolicy(only80).adminPolicy(baseline).build());
        assertThat(e.allowed(w, d).isAll()).isTrue();
        assertThat(e.verdict(w, d, Protocol.UDP, 53).ingress().steps()).extracting(TierStep::result)
                .containsExactly(StepResult.NO_MATCH, StepResult.NOT_APPLIED, StepResult.NO_MATCH);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("a policy with no rules for a direction does not affect it; both sides must allow")
    void directionsAreSeparateAndBothMustAllow(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var egressOnly = anp("egress-accept", 1).namespaces("team=shop").egress(rule(RuleAction.ALLOW, "", to(inNamespaces("")))).build();
        var ingressDeny = cnp("ingress-deny", AdminPolicy.Tier.ADMIN, 2).namespaces("team=vault")
                .ingress(rule(RuleAction.DENY, "", to(inNamespaces("team=shop")))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().adminPolicy(egressOnly).adminPolicy(ingressDeny).build());
        Verdict v = tcp80(e, w, d);
        assertThat(v.egress().answer()).isEqualTo(Answer.ALLOWED);
        assertThat(v.ingress().answer()).as("an egress Accept does not skip the ingress rules at the destination").isEqualTo(Answer.DENIED);
        assertThat(v.answer()).isEqualTo(Answer.DENIED);
        assertThat(tcp80(e, d, w).egress().steps()).extracting(TierStep::tier).containsExactly(TierKind.NETWORK_POLICY);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("Baseline-tier ClusterNetworkPolicies go by priority before the BaselineAdminNetworkPolicy")
    void baselineOrder(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var cnpAllow = cnp("baseline-allow", AdminPolicy.Tier.BASELINE, 900).namespaces("team=vault")
                .ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("team=shop")), tcpPort(80))).build();
        var banpDeny = banp().namespaces("team=vault").ingress(rule(RuleAction.DENY, "", to(inNamespaces("")))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().adminPolicy(banpDeny).adminPolicy(cnpAllow).build());
        assertThat(tcp80(e, w, d).answer()).isEqualTo(Answer.ALLOWED);
        assertThat(e.verdict(w, d, Protocol.TCP, 81).answer()).isEqualTo(Answer.DENIED);
        assertThat(tcp80(e, w, d).ingress().steps().get(1).policies()).extracting(PolicyRef::name)
                .containsExactly("baseline-allow", "default");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("a NetworkPolicy-only cluster walks the NetworkPolicy tier alone, as before")
    void networkPolicyOnly(Function<io.kubereach.model.ClusterSnapshot, ReachabilityEngine> engine) {
        var admits = policy("vault/allow-web", "app=db").ingress(Fixture.rule(from(pods("app=web")), tcp(80))).build();
        ReachabilityEngine e = engine.apply(twoNamespaces().policy(admits).build());
        Verdict v = tcp80(e, w, d);
        assertThat(v.ingress().steps()).extracting(TierStep::tier, TierStep::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TierKind.NETWORK_POLICY, StepResult.DENIED));
        assertThat(e.reach(w, d).byClusterTiers().isEmpty()).isTrue();
    }
}
