package io.kubereach.engine;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 1–8 of netpol-semantics.md: who is isolated, and how policies and rules combine. */
@DisplayName("Isolation and combination (rules 1-8)")
class IsolationRulesTest {

    private final Pod client = pod("default/client", "role=client");
    private final Pod db = pod("default/db", "role=db");
    private final Peer outside = Peer.of(IpAddress.of("203.0.113.7"));

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 1: a pod no policy selects accepts and opens every connection")
    void podWithoutPoliciesIsNotIsolated(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isAll()).isTrue();
        Verdict v = e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 6379);
        assertThat(v.ingress().status()).isEqualTo(SideVerdict.Status.NOT_ISOLATED);
        assertThat(v.egress().status()).isEqualTo(SideVerdict.Status.NOT_ISOLATED);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 1: an ingress-only policy leaves the egress direction allow-all")
    void ingressPolicyLeavesEgressOpen(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var deny = policy("default/deny", "role=db").types(Direction.INGRESS).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(deny).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(db), Peer.of(client)).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(db), outside).isAll()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 2: a policy never selects pods of another namespace")
    void policySelectsOnlyItsOwnNamespace(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        Pod otherDb = pod("other/db", "role=db");
        var deny = policy("default/deny", "role=db").types(Direction.INGRESS).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(otherDb).policy(deny).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(otherDb)).isAll()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 3: an egress-only policy without policyTypes also isolates ingress, admitting nothing")
    void egressOnlyPolicyWithoutTypesAlsoIsolatesIngress(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var egressOnly = policy("default/egress-only", "role=db").egress(rule(anyone(), udp(53))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(egressOnly).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(db), outside)).isEqualTo(ConnectionSet.of(Protocol.UDP, PortSet.of(53)));
        Verdict v = e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 80);
        assertThat(v.ingress().isolatingPolicies()).containsExactly("default/egress-only");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 4: policies add up; the allowed set is the union of their rules")
    void policiesAreAdditive(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var a = policy("default/a", "role=db").ingress(rule(from(pods("role=client")), tcp(80))).build();
        var b = policy("default/b", "role=db").ingress(rule(from(pods("role=client")), tcp(443))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(a).policy(b).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).toString()).isEqualTo("TCP 80,443");
        Verdict v = e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 443);
        assertThat(v.ingress().admittedBy()).extracting(RuleAdmission::policy).containsExactly("default/b");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 5: a connection needs egress at the source AND ingress at the destination")
    void connectionNeedsBothSides(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var in = policy("default/in", "role=db").ingress(rule(from(pods("role=client")), tcp(80), tcp(81))).build();
        var out = policy("default/out", "role=client").types(Direction.EGRESS)
                .egress(rule(from(pods("role=db")), tcp(81), tcp(82))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(in).policy(out).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).toString()).isEqualTo("TCP 81");
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 80).allowed()).isFalse();
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 82).allowed()).isFalse();
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 81).allowed()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 5: an address outside the cluster has no side of its own; only the pod's side decides")
    void externalEndHasNoSide(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var in = policy("default/in", "role=db").ingress(rule(from(ipBlock("203.0.113.0/24")), tcp(5432))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).policy(in).build());
        Verdict v = e.verdict(outside, Peer.of(db), Protocol.TCP, 5432);
        assertThat(v.allowed()).isTrue();
        assertThat(v.egress().status()).isEqualTo(SideVerdict.Status.EXTERNAL);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 7: an empty ingress list isolates and admits nothing")
    void emptyRuleListAdmitsNothing(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var deny = policy("default/deny", "").types(Direction.INGRESS, Direction.EGRESS).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(deny).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(outside, Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(db), outside).isEmpty()).isTrue();
        Verdict v = e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 80);
        assertThat(v.allowed()).isFalse();
        assertThat(v.ingress().admittedBy()).isEmpty();
        assertThat(v.ingress().isolatingPolicies()).containsExactly("default/deny");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 7: a single empty rule admits everything, outside addresses included")
    void singleEmptyRuleAdmitsEverything(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var all = policy("default/all", "role=db").types(Direction.INGRESS).ingress(rule(anyone())).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(all).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isAll()).isTrue();
        assertThat(e.allowed(outside, Peer.of(db)).isAll()).isTrue();
        assertThat(e.verdict(outside, Peer.of(db), Protocol.SCTP, 9).ingress().admittedBy())
                .containsExactly(new RuleAdmission("default/all", 0, -1, -1));
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 8: a rule needs a matching peer AND a matching port")
    void ruleNeedsPeerAndPort(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        Pod stranger = pod("default/stranger", "role=stranger");
        var in = policy("default/in", "role=db").ingress(rule(from(pods("role=client")), tcp(6379))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(stranger).pod(db).policy(in).build());
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 6379).allowed()).isTrue();
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.TCP, 6380).allowed()).isFalse();
        assertThat(e.verdict(Peer.of(client), Peer.of(db), Protocol.UDP, 6379).allowed()).isFalse();
        assertThat(e.verdict(Peer.of(stranger), Peer.of(db), Protocol.TCP, 6379).allowed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 8: absent ports admit every port of every protocol; absent peers admit outside addresses too")
    void absentPortsAndPeersMeanEverything(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var in = policy("default/in", "role=db").ingress(rule(from(pods("role=client"))), rule(anyone(), tcp(80))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(db).policy(in).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(db)).isAll()).isTrue();
        assertThat(e.allowed(outside, Peer.of(db)).toString()).isEqualTo("TCP 80");
    }
}
