package io.kubereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.model.Protocol;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("potential connections: port numbers and the named ports that cannot be resolved")
class PotentialConnectionsTest {

    private static PotentialConnections.PortName tcp(String name) {
        return new PotentialConnections.PortName(Optional.of(Protocol.TCP), name);
    }

    private static PotentialConnections.PortName anyProtocol(String name) {
        return new PotentialConnections.PortName(Optional.empty(), name);
    }

    @Test
    @DisplayName("names follow the numbers of their protocol, sorted, and a name of unknown protocol comes first after a bare space")
    void writtenAsNetpolAnalyzerWritesThem() {
        var c = new PotentialConnections(ConnectionSet.of(Protocol.TCP, PortSet.of(80)).union(ConnectionSet.of(Protocol.UDP, PortSet.of(53))),
                Set.of(tcp("metrics"), tcp("http"), anyProtocol("local-port")));
        assertThat(c).hasToString(" local-port,TCP 80,http,metrics,UDP 53");
    }

    @Test
    @DisplayName("every port is All Connections whatever the names, and nothing at all is No Connections")
    void allAndNothing() {
        assertThat(new PotentialConnections(ConnectionSet.all(), Set.of(tcp("http")))).hasToString("All Connections");
        assertThat(PotentialConnections.none()).hasToString("No Connections");
    }

    @Test
    @DisplayName("a name survives an intersection when the other side names it or allows every port of its protocol, and not otherwise")
    void namesInIntersections() {
        var named = new PotentialConnections(ConnectionSet.none(), Set.of(tcp("http")));
        assertThat(named.intersect(PotentialConnections.of(ConnectionSet.allOf(Protocol.TCP)))).isEqualTo(named);
        assertThat(named.intersect(named)).isEqualTo(named);
        assertThat(named.intersect(PotentialConnections.of(ConnectionSet.of(Protocol.TCP, PortSet.of(80)))).isEmpty()).isTrue();
        assertThat(named.intersect(PotentialConnections.of(ConnectionSet.allOf(Protocol.UDP))).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("taking away a name, or every port it could stand for, removes it; taking away other numbers does not")
    void namesInDifferences() {
        var named = new PotentialConnections(ConnectionSet.of(Protocol.TCP, PortSet.of(80)), Set.of(tcp("http")));
        assertThat(named.minus(new PotentialConnections(ConnectionSet.none(), Set.of(tcp("http"))))).hasToString("TCP 80");
        assertThat(named.minus(PotentialConnections.of(ConnectionSet.allOf(Protocol.TCP))).isEmpty()).isTrue();
        assertThat(named.minus(PotentialConnections.of(ConnectionSet.of(Protocol.TCP, PortSet.of(80))))).hasToString("TCP http");
    }
}
