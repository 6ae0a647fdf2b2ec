package io.kubereach.engine;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelRequirement.Operator;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.Protocol;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 9–13 and 24: which peers a rule's selectors and ipBlocks match. */
@DisplayName("Peers (rules 9-13, 24)")
class PeerRulesTest {

    private final Pod db = pod("default/db", "role=db");
    private final Pod frontend = pod("default/frontend", "role=frontend");
    private final Pod frontendElsewhere = pod("shop/frontend", "role=frontend");
    private final Pod backendElsewhere = pod("shop/backend", "role=backend");

    private ClusterSnapshot withIngress(PolicyPeer... peers) {
        NetworkPolicy p = policy("default/in", "role=db").ingress(rule(from(peers))).build();
        return cluster().namespace(namespace("shop", "project=myproject")).namespace(namespace("default", ""))
                .pod(db).pod(frontend).pod(frontendElsewhere).pod(backendElsewhere).policy(p).build();
    }

    private static boolean reaches(ReachabilityEngine e, Pod src, Pod dst) {
        return !e.allowed(Peer.of(src), Peer.of(dst)).isEmpty();
    }

    @Test
    @DisplayName("rule 9: a peer with neither selectors nor ipBlock is rejected")
    void peerWithNothingIsInvalid() {
        assertThatThrownBy(() -> new PolicyPeer.Selectors(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 10: a podSelector alone matches pods of the policy's own namespace only")
    void podSelectorAloneMeansOwnNamespace(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(pods("role=frontend")));
        assertThat(reaches(e, frontend, db)).isTrue();
        assertThat(reaches(e, frontendElsewhere, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 10: a namespaceSelector alone matches every pod of the matching namespaces")
    void namespaceSelectorAloneMeansAllPodsThere(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(namespaces("project=myproject")));
        assertThat(reaches(e, frontendElsewhere, db)).isTrue();
        assertThat(reaches(e, backendElsewhere, db)).isTrue();
        assertThat(reaches(e, frontend, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 10: both selectors in one item mean pods matching both (AND)")
    void bothSelectorsInOneItemAreAnd(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(podsIn("project=myproject", "role=frontend")));
        assertThat(reaches(e, frontendElsewhere, db)).isTrue();
        assertThat(reaches(e, backendElsewhere, db)).isFalse();
        assertThat(reaches(e, frontend, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 10: selectors in separate items mean either (OR)")
    void selectorsInSeparateItemsAreOr(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(namespaces("project=myproject"), pods("role=frontend")));
        assertThat(reaches(e, frontendElsewhere, db)).isTrue();
        assertThat(reaches(e, backendElsewhere, db)).isTrue();
        assertThat(reaches(e, frontend, db)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 10: an empty namespaceSelector matches pods of every namespace but no outside address")
    void emptyNamespaceSelectorIsEveryPodButNoAddress(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(namespaces("")));
        assertThat(reaches(e, frontendElsewhere, db)).isTrue();
        assertThat(reaches(e, frontend, db)).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("8.8.8.8")), Peer.of(db)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 11: NotIn matches a pod that lacks the key")
    void notInMatchesPodWithoutTheKey(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        PolicyPeer notFrontend = new PolicyPeer.Selectors(Optional.of(sel("", req("role", Operator.NOT_IN, "frontend"))), Optional.empty());
        Pod unlabelled = pod("default/unlabelled", "");
        NetworkPolicy p = policy("default/in", "role=db").ingress(rule(from(notFrontend))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(frontend).pod(unlabelled).policy(p).build());
        assertThat(reaches(e, unlabelled, db)).isTrue();
        assertThat(reaches(e, frontend, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 11: matchLabels AND every expression (In, Exists, DoesNotExist) must hold")
    void expressionsAreAndedWithMatchLabels(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        PolicyPeer peer = new PolicyPeer.Selectors(Optional.of(sel("tier=web",
                req("env", Operator.IN, "prod", "staging"), req("canary", Operator.DOES_NOT_EXIST), req("team", Operator.EXISTS))),
                Optional.empty());
        Pod good = pod("default/good", "tier=web,env=prod,team=a");
        Pod canary = pod("default/canary", "tier=web,env=prod,team=a,canary=yes");
        Pod dev = pod("default/dev", "tier=web,env=dev,team=a");
        Pod noTeam = pod("default/noteam", "tier=web,env=staging");
        NetworkPolicy p = policy("default/in", "role=db").ingress(rule(from(peer))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(good).pod(canary).pod(dev).pod(noTeam).policy(p).build());
        assertThat(reaches(e, good, db)).isTrue();
        assertThat(reaches(e, canary, db)).isFalse();
        assertThat(reaches(e, dev, db)).isFalse();
        assertThat(reaches(e, noTeam, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 12: every namespace, declared or implied, carries kubernetes.io/metadata.name")
    void namespacesCarryTheirNameLabel(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        Pod implied = pod("undeclared/app", "role=app");
        NetworkPolicy p = policy("default/in", "role=db")
                .ingress(rule(from(namespaces("kubernetes.io/metadata.name=undeclared")))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(implied).pod(frontend).policy(p).build());
        assertThat(reaches(e, implied, db)).isTrue();
        assertThat(reaches(e, frontend, db)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 13: an ipBlock matches addresses in its cidr and outside every except")
    void ipBlockHonoursExcept(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(ipBlock("172.17.0.0/16", "172.17.1.0/24")));
        assertThat(e.allowed(Peer.of(IpAddress.of("172.17.0.255")), Peer.of(db)).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("172.17.1.0")), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("172.17.1.255")), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("172.17.2.0")), Peer.of(db)).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("172.18.0.0")), Peer.of(db)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#allWithOptions")
    @DisplayName("rule 13: an ipBlock matches a pod's own IP only when that option is on")
    void ipBlockMatchesPodIpsOnlyByOption(BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine> engine) {
        ClusterSnapshot s = withIngress(ipBlock("10.0.0.0/8"));
        assertThat(reaches(engine.apply(s, EngineOptions.DEFAULTS), frontend, db)).isFalse();
        assertThat(reaches(engine.apply(s, new EngineOptions(true)), frontend, db)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 24: an address only matches a CIDR of its own family")
    void addressFamiliesNeverMix(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(withIngress(ipBlock("0.0.0.0/0")));
        assertThat(e.allowed(Peer.of(IpAddress.of("2001:db8::1")), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("192.0.2.1")), Peer.of(db)).isAll()).isTrue();
        ReachabilityEngine v6 = engine.apply(withIngress(ipBlock("2001:db8::/32", "2001:db8:1::/48")));
        assertThat(v6.allowed(Peer.of(IpAddress.of("2001:db8::1")), Peer.of(db)).isAll()).isTrue();
        assertThat(v6.allowed(Peer.of(IpAddress.of("2001:db8:1::1")), Peer.of(db)).isEmpty()).isTrue();
        assertThat(v6.allowed(Peer.of(IpAddress.of("192.0.2.1")), Peer.of(db)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#allWithOptions")
    @DisplayName("rule 24: a dual-stack pod is matched by an ipBlock of either of its addresses")
    void dualStackPodMatchesEitherFamily(BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine> engine) {
        Pod dual = withIps(pod("default/dual", "role=dual"), "10.9.0.1", "fd00::1");
        NetworkPolicy p = policy("default/in", "role=db").ingress(rule(from(ipBlock("fd00::/64")))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(dual).policy(p).build(), new EngineOptions(true));
        assertThat(reaches(e, dual, db)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rules 10, 13: egress selectors reach pods, egress ipBlocks reach outside addresses")
    void egressPeersWorkLikeIngressPeers(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/out", "role=db").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("10.0.0.0/24")), tcp(5978)), rule(from(pods("role=frontend")), tcp(80))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(frontend).policy(p).build());
        assertThat(e.allowed(Peer.of(db), Peer.of(IpAddress.of("10.0.0.9"))).toString()).isEqualTo("TCP 5978");
        assertThat(e.allowed(Peer.of(db), Peer.of(IpAddress.of("10.0.1.9"))).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(db), Peer.of(frontend)).toString()).isEqualTo("TCP 80");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("the explanation names the peer and port entry that admitted the connection")
    void explanationNamesPeerAndPort(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/in", "role=db")
                .ingress(rule(from(ipBlock("172.17.0.0/16"), pods("role=frontend")), udp(53), tcp(6379))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(frontend).policy(p).build());
        Verdict v = e.verdict(Peer.of(frontend), Peer.of(db), Protocol.TCP, 6379);
        assertThat(v.ingress().admittedBy()).containsExactly(new RuleAdmission("default/in", 0, 1, 1));
    }
}
