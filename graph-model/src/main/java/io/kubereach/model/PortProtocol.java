package io.kubereach.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Reads {@code PORT[/PROTO]} ({@code 6379}, {@code 53/udp}); the protocol defaults to TCP.
     * Empty when it is no port of 1..65535 or no protocol Kubernetes knows.
     */
    public static Optional<PortProtocol> parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 65535) {
            return Optional.empty();
        }
        return parts.length == 1 ? Optional.of(tcp(number)) : Protocol.parse(parts[1]).map(p -> new PortProtocol(number, p));
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
