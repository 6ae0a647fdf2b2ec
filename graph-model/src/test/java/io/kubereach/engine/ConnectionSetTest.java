package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Protocol;
import org.junit.jupiter.api.Test;

class ConnectionSetTest {

    @Test
    void unionOfEveryProtocolIsAllConnections() {
        ConnectionSet all = ConnectionSet.allOf(Protocol.TCP)
                .union(ConnectionSet.allOf(Protocol.UDP))
                .union(ConnectionSet.allOf(Protocol.SCTP));

        assertThat(all.isAll()).isTrue();
        assertThat(all).isEqualTo(ConnectionSet.all());
        assertThat(all.toString()).isEqualTo("All Connections");
    }

    @Test
    void intersectionIsTakenPerProtocol() {
        ConnectionSet a = ConnectionSet.of(Protocol.TCP, PortSet.range(80, 90)).union(ConnectionSet.allOf(Protocol.UDP));
        ConnectionSet b = ConnectionSet.of(Protocol.TCP, PortSet.of(85)).union(ConnectionSet.of(Protocol.SCTP, PortSet.of(85)));

        ConnectionSet both = a.intersect(b);

        assertThat(both).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(85)));
        assertThat(both.contains(Protocol.SCTP, 85)).isFalse();
    }

    @Test
    void theSamePortOfAnotherProtocolIsAnotherConnection() {
        ConnectionSet tcp80 = ConnectionSet.of(Protocol.TCP, PortSet.of(80));

        assertThat(tcp80.contains(Protocol.TCP, 80)).isTrue();
        assertThat(tcp80.contains(Protocol.UDP, 80)).isFalse();
        assertThat(tcp80.intersect(ConnectionSet.of(Protocol.UDP, PortSet.of(80))).isEmpty()).isTrue();
    }

    @Test
    void noneAndAllAreTheIdentitiesOfUnionAndIntersection() {
        ConnectionSet some = ConnectionSet.of(Protocol.UDP, PortSet.of(53));

        assertThat(some.union(ConnectionSet.none())).isEqualTo(some);
        assertThat(some.intersect(ConnectionSet.all())).isEqualTo(some);
        assertThat(some.union(ConnectionSet.all()).isAll()).isTrue();
        assertThat(some.intersect(ConnectionSet.none()).isEmpty()).isTrue();
    }

    @Test
    void equalSetsBuiltDifferentlyAreEqualAndHashAlike() {
        ConnectionSet a = ConnectionSet.of(Protocol.TCP, PortSet.range(80, 81));
        ConnectionSet b = ConnectionSet.of(Protocol.TCP, PortSet.of(81)).union(ConnectionSet.of(Protocol.TCP, PortSet.of(80)));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void printsProtocolsSortedByNameAsNetpolAnalyzerDoes() {
        ConnectionSet set = ConnectionSet.of(Protocol.UDP, PortSet.of(53))
                .union(ConnectionSet.of(Protocol.TCP, PortSet.of(80)))
                .union(ConnectionSet.of(Protocol.SCTP, PortSet.range(1, 9002)));

        assertThat(set.toString()).isEqualTo("SCTP 1-9002,TCP 80,UDP 53");
        assertThat(ConnectionSet.none().toString()).isEqualTo("No Connections");
    }
}
