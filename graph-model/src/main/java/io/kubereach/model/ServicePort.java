package io.kubereach.model;

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
}
