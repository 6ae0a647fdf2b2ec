package io.kubereach.model;

/**
 * A port a container declares.
 *
 * @param name the port's name, empty when it has none
 * @param number the container port
 * @param protocol its protocol, TCP when the manifest leaves it out
 */
public record ContainerPort(String name, int number, Protocol protocol) {

    /** The port and its protocol, {@code 8080/TCP}. */
    public PortProtocol portProtocol() {
        return new PortProtocol(number, protocol);
    }
}
