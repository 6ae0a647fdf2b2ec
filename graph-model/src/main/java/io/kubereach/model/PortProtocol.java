package io.kubereach.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A port number with its protocol, written {@code 443/TCP}: what a connection targets, what a
 * Service or a container offers. A value, so two equal ports are one key of a map or set; ordered
 * by number, then protocol.
 *
 * @param number the port
 * @param protocol its protocol
 */
public record PortProtocol(int number, Protocol protocol) implements Comparable<PortProtocol> {

    private static final Comparator<PortProtocol> ORDER = Comparator.comparingInt(PortProtocol::number)
            .thenComparing(PortProtocol::protocol);

    public PortProtocol {
        Objects.requireNonNull(protocol, "protocol");
    }

    /** A TCP port, the protocol Kubernetes assumes when none is given. */
    public static PortProtocol tcp(int number) {
        return new PortProtocol(number, Protocol.TCP);
    }

    @Override
    public int compareTo(PortProtocol other) {
        return ORDER.compare(this, other);
    }

    /** {@code 443/TCP}, as Kubernetes tools write a port. */
    @Override
    public String toString() {
        return number + "/" + protocol;
    }
}
