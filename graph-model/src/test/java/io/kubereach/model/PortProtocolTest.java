package io.kubereach.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortProtocolTest {

    @Test
    @DisplayName("is written as Kubernetes tools write a port: number/PROTOCOL")
    void writtenAsNumberSlashProtocol() {
        assertThat(new PortProtocol(53, Protocol.UDP)).hasToString("53/UDP");
        assertThat(PortProtocol.tcp(443)).hasToString("443/TCP");
    }

    @Test
    @DisplayName("two equal ports are one key, and the same number over another protocol is another")
    void equalPortsAreOneKey() {
        Map<PortProtocol, String> byPort = new java.util.HashMap<>();
        byPort.put(new PortProtocol(53, Protocol.UDP), "dns");
        byPort.put(new PortProtocol(53, Protocol.UDP), "dns again");
        byPort.put(new PortProtocol(53, Protocol.TCP), "dns over tcp");
        assertThat(byPort).hasSize(2).containsEntry(new PortProtocol(53, Protocol.UDP), "dns again");
    }

    @Test
    @DisplayName("orders by number, then by protocol")
    void ordersByNumberThenProtocol() {
        assertThat(new TreeSet<>(List.of(new PortProtocol(443, Protocol.TCP), new PortProtocol(53, Protocol.UDP),
                new PortProtocol(53, Protocol.TCP), new PortProtocol(80, Protocol.SCTP))))
                .extracting(PortProtocol::toString).containsExactly("53/TCP", "53/UDP", "80/SCTP", "443/TCP");
    }

    @Test
    @DisplayName("a container port and a Service port (and its node port, if any) give theirs")
    void fromContainerAndServicePorts() {
        assertThat(new ContainerPort("metrics", 9090, Protocol.TCP).portProtocol()).isEqualTo(PortProtocol.tcp(9090));
        ServicePort web = new ServicePort("web", Protocol.TCP, 80, new TargetPort.Number(8080), 30080);
        assertThat(web.portProtocol()).isEqualTo(PortProtocol.tcp(80));
        assertThat(web.nodePortProtocol()).contains(PortProtocol.tcp(30080));
        assertThat(new ServicePort("", Protocol.UDP, 53, new TargetPort.Number(53), 0).nodePortProtocol()).isEmpty();
    }

    @Test
    @DisplayName("has a protocol, always")
    void needsAProtocol() {
        assertThatThrownBy(() -> new PortProtocol(80, null)).isInstanceOf(NullPointerException.class);
    }
}
