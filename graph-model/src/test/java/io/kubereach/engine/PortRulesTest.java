package io.kubereach.engine;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 14–16: port entries, ranges and named ports. */
@DisplayName("Ports (rules 14-16)")
class PortRulesTest {

    private final Pod client = pod("default/client", "role=client");
    private final Pod web = pod("default/web", "role=web", port("http", 8080, Protocol.TCP), port("dns", 53, Protocol.UDP));
    private final Pod web2 = pod("default/web2", "role=web", port("http", 9090, Protocol.TCP));
    private final Pod bare = pod("default/bare", "role=web");

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 14: a protocol with no port admits every port of that protocol only")
    void protocolWithoutPortIsEveryPortOfIt(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/in", "role=web").ingress(rule(anyone(), anyPort(Protocol.UDP))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(web).policy(p).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(web))).isEqualTo(ConnectionSet.allOf(Protocol.UDP));
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 15: endPort makes an inclusive range")
    void endPortRangeIsInclusive(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/in", "role=web").ingress(rule(anyone(), range(Protocol.TCP, 32000, 32768))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(web).policy(p).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(web)).toString()).isEqualTo("TCP 32000-32768");
        assertThat(e.verdict(Peer.of(client), Peer.of(web), Protocol.TCP, 32768).allowed()).isTrue();
        assertThat(e.verdict(Peer.of(client), Peer.of(web), Protocol.TCP, 32769).allowed()).isFalse();
    }

    @Test
    @DisplayName("rule 15: a range whose end lies before its start, or beyond 65535, is rejected")
    void invalidRangesAreRejected() {
        assertThatThrownBy(() -> new PortSpec.Range(90, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortSpec.Range(1, 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortSpec.Range(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 16: a named port resolves on each destination pod separately, by name and protocol")
    void namedPortResolvesPerDestinationPod(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/in", "role=web").ingress(rule(anyone(), named("http", Protocol.TCP))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(web).pod(web2).pod(bare).policy(p).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(web)).toString()).isEqualTo("TCP 8080");
        assertThat(e.allowed(Peer.of(client), Peer.of(web2)).toString()).isEqualTo("TCP 9090");
        assertThat(e.allowed(Peer.of(client), Peer.of(bare)).isEmpty()).isTrue();
        assertThat(e.verdict(Peer.of(client), Peer.of(bare), Protocol.TCP, 8080).ingress().isolatingPolicies())
                .containsExactly("default/in");
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 16: a named port with the wrong protocol matches nothing")
    void namedPortNeedsMatchingProtocol(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/in", "role=web").ingress(rule(anyone(), named("dns", Protocol.TCP))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(web).policy(p).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(web)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 16: an egress named port resolves on the destination pod, never on an outside address")
    void egressNamedPortResolvesOnDestination(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        NetworkPolicy p = policy("default/out", "role=client").types(Direction.EGRESS)
                .egress(rule(anyone(), named("http", Protocol.TCP))).build();
        ReachabilityEngine e = engine.apply(cluster().pod(client).pod(web).pod(web2).policy(p).build());
        assertThat(e.allowed(Peer.of(client), Peer.of(web)).toString()).isEqualTo("TCP 8080");
        assertThat(e.allowed(Peer.of(client), Peer.of(web2)).toString()).isEqualTo("TCP 9090");
        assertThat(e.allowed(Peer.of(client), Peer.of(IpAddress.of("1.1.1.1"))).isEmpty()).isTrue();
    }
}
