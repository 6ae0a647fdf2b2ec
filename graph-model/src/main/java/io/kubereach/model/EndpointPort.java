package io.kubereach.model;

/**
 * One port of an Endpoints subset or EndpointSlice.
 *
 * @param name the Service port name it serves, empty when unnamed
 * @param port the port on the endpoint
 * @param protocol its protocol
 */
public record EndpointPort(String name, int port, Protocol protocol) {
}
