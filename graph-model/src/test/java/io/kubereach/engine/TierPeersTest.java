package io.kubereach.engine;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.hostNetwork;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.port;
import static io.kubereach.engine.Fixture.withIps;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Subjects, peers and ports of the cluster-wide policies (network-policy-api v1alpha1, v1alpha2). */
@DisplayName("Cluster-wide policies: subjects, peers and ports")
class TierPeersTest {

    /** Where the fixture's pods run. */
    private static final ClusterNode NODE = new ClusterNode("node-1", Map.of("zone", "b"), List.of(), List.of(IpAddress.of("192.168.1.1")));
    private static final ClusterNode OTHER_NODE = new ClusterNode("node-2", Map.of("zone", "a"), List.of(), List.of(IpAddress.of("192.168.1.2")));

    private final Pod web = withIps(pod("shop/web", "app=web", port("http", 8080, Protocol.TCP), port("dns", 5353, Protocol.UDP)), "10.0.0.5");
    private final Pod db = withIps(pod("vault/db", "app=db"), "10.0.1.7");
    private final Pod agent = onOtherNode(hostNetwork(withIps(pod("vault/agent", "app=agent"), "192.168.1.2")));

    private static Pod onOtherNode(Pod p) {
        return new Pod(p.namespace(), p.name(), p.labels(), p.ips(), java.util.Optional.of("node-2"), p.owner(), p.hostNetwork(),
                p.containers(), p.ready());
    }

    private ClusterSnapshotBuilder base() {
        return cluster().namespace(namespace("shop", "team=shop")).namespace(namespace("vault", "team=vault"))
                .node(NODE).node(OTHER_NODE).pod(web).pod(db).pod(agent);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("host-network pods are neither subjects nor matched by namespaces and pods peers")
    void hostNetworkPodsAreLeftOut(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var denyVault = anp("deny", 1).namespaces("team=vault").egress(rule(RuleAction.DENY, "", to(inNamespaces("")))).build();
        var denyToVault = anp("deny-to", 2).namespaces("team=shop").egress(rule(RuleAction.DENY, "", to(inNamespaces("team=vault")))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(denyVault).adminPolicy(denyToVault).build());
        assertThat(e.allowed(Peer.of(agent), Peer.of(web)).isAll()).as("the host-network pod is no subject").isTrue();
        assertThat(e.allowed(Peer.of(db), Peer.of(web)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(agent)).isAll()).as("nor a namespaces peer").isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(db)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("networks match pod IPs too: a Deny to 0.0.0.0/0 also cuts pod-to-pod traffic")
    void networksMatchPodIps(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var denyWorld = anp("deny-world", 5).namespaces("team=shop").egress(rule(RuleAction.DENY, "", to(networks("0.0.0.0/0")))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(denyWorld).build());
        assertThat(e.allowed(Peer.of(web), Peer.of(db)).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(IpAddress.of("8.8.8.8"))).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(IpAddress.of("fd00::1"))).isAll()).as("an IPv4 CIDR holds no IPv6 address").isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("nodes match the addresses of the selected nodes and the host-network pods on them")
    void nodesMatchNodeAddressesAndHostNetworkPods(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var denyNodes = anp("deny-zone-a", 1).namespaces("team=shop").egress(rule(RuleAction.DENY, "", to(nodes("zone=a")))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(denyNodes).build());
        assertThat(e.allowed(Peer.of(web), Peer.of(IpAddress.of("192.168.1.2"))).isEmpty()).isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(IpAddress.of("192.168.1.3"))).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(agent)).isEmpty()).as("agent runs on node-2 with its address").isTrue();
        assertThat(e.allowed(Peer.of(web), Peer.of(db)).isAll()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("a named port resolves on the destination pod, with the protocol its container port declares")
    void namedPortsResolveWithTheirOwnProtocol(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var onlyNamed = anp("named", 1).namespaces("team=vault").egress(
                rule(RuleAction.ALLOW, "", to(inNamespaces("team=shop")), namedPort("dns"), namedPort("missing")),
                rule(RuleAction.DENY, "", to(inNamespaces("team=shop")))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(onlyNamed).build());
        assertThat(e.allowed(Peer.of(db), Peer.of(web))).isEqualTo(ConnectionSet.of(Protocol.UDP, PortSet.of(5353)));
        Verdict v = e.verdict(Peer.of(db), Peer.of(web), Protocol.UDP, 5353);
        assertThat(v.egress().steps().get(0).hits()).singleElement().satisfies(h -> assertThat(h.port()).isZero());
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("domain names cannot be judged: an Allow to them before a Deny leaves outside addresses unknown, never allowed")
    void domainNamesAreUnknown(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var allowList = anp("allow-list", 1).namespaces("team=shop").egress(
                rule(RuleAction.ALLOW, "allow-docs", to(domains("*.kubernetes.io"))),
                rule(RuleAction.DENY, "deny-rest", to(networks("0.0.0.0/0")))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(allowList).build());
        Peer outside = Peer.of(IpAddress.of("151.101.1.1"));
        Reach reach = e.reach(Peer.of(web), outside);
        assertThat(reach.allowed().isEmpty()).isTrue();
        assertThat(reach.unknown().isAll()).isTrue();
        Verdict v = e.verdict(Peer.of(web), outside, Protocol.TCP, 443);
        assertThat(v.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.uncertainties()).singleElement().isInstanceOf(Uncertainty.DomainNames.class);
        assertThat(e.reach(Peer.of(web), Peer.of(db)).allowed().isEmpty()).as("pods are no domain names: denied").isTrue();
        assertThat(e.reach(Peer.of(web), Peer.of(db)).unknown().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("policies of one priority that disagree leave the answer unknown; where they agree it stands")
    void tiesThatDisagreeAreUnknown(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var allow = anp("allow-web", 7).namespaces("team=vault").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("team=shop")), tcpPort(80))).build();
        var deny = anp("deny-shop", 7).namespaces("team=vault").ingress(rule(RuleAction.DENY, "", to(inNamespaces("team=shop")))).build();
        var denyToo = anp("deny-443", 7).namespaces("team=vault").ingress(rule(RuleAction.DENY, "", to(inNamespaces("")), tcpPort(443))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(allow).adminPolicy(deny).adminPolicy(denyToo).build());
        Verdict v = e.verdict(Peer.of(web), Peer.of(db), Protocol.TCP, 80);
        assertThat(v.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.uncertainties()).singleElement().isEqualTo(
                new Uncertainty.SamePriority(TierKind.ADMIN, 7, List.of("allow-web", "deny-shop")));
        assertThat(e.verdict(Peer.of(web), Peer.of(db), Protocol.TCP, 443).answer()).as("both deny").isEqualTo(Answer.DENIED);
        Reach reach = e.reach(Peer.of(web), Peer.of(db));
        assertThat(reach.unknown()).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(80)));
        assertThat(reach.allowed().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("port numbers and ranges match their own protocol only; no ports match every port")
    void portsAndRanges(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var deny = anp("deny-some", 1).namespaces("team=vault").ingress(
                rule(RuleAction.DENY, "", to(inNamespaces("team=shop")), udpPort(53), portRange(Protocol.SCTP, 9000, 9005))).build();
        ReachabilityEngine e = engine.apply(base().adminPolicy(deny).build());
        ConnectionSet expected = ConnectionSet.of(Protocol.UDP, PortSet.of(53)).union(ConnectionSet.of(Protocol.SCTP, PortSet.range(9000, 9005)))
                .complement();
        assertThat(e.allowed(Peer.of(web), Peer.of(db))).isEqualTo(expected);
    }
}
