package io.kubereach.model;

import java.util.Optional;

/**
 * One port of a Service.
 *
 * @param name the port's name, empty when it has none
 * @param protocol its protocol (TCP by default)
 * @param port the port clients connect to
 * @param targetPort where it lands on a backend (the port itself by default)
 * @param nodePort the node port for NodePort/LoadBalancer Services, 0 otherwise
 */
public record ServicePort(String name, Protocol protocol, int port, TargetPort targetPort, int nodePort) {

    /** The port clients connect to and its protocol, {@code 443/TCP}. */
    public PortProtocol portProtocol() {
        return new PortProtocol(port, protocol);
    }

    /** The node port and its protocol, {@code 30080/TCP}; empty when the Service has none for this port. */
    public Optional<PortProtocol> nodePortProtocol() {
        return nodePort > 0 ? Optional.of(new PortProtocol(nodePort, protocol)) : Optional.empty();
    }
}
