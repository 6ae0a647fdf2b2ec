package io.kubereach.query;

import io.kubereach.model.Protocol;
import java.util.Optional;

/** The port of a question: a number, or a name that the destination's pods or Service resolve. */
public sealed interface PortQuery {

    /**
     * Reads {@code PORT[/PROTO]}: a number (TCP unless a protocol is given), or a port name such as
     * {@code dns} or {@code http}; fails with a {@link QueryException} saying what a port may be.
     */
    static PortQuery parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new QueryException("'" + text + "' is not PORT[/PROTO], e.g. 6379, 53/UDP or a port name such as http");
        }
        Optional<Protocol> protocol = parts.length == 1 ? Optional.empty() : Optional.of(Protocol.parse(parts[1])
                .orElseThrow(() -> new QueryException("protocol '" + parts[1]
                        + "' is not covered by NetworkPolicy, which judges only TCP, UDP and SCTP (rule 17)")));
        if (parts[0].matches("\\d{1,5}")) {
            int number = Integer.parseInt(parts[0]);
            if (number < 1 || number > 65535) {
                throw new QueryException("port " + number + " is not within 1..65535");
            }
            return new Number(number, protocol.orElse(Protocol.TCP));
        }
        // a port name as Kubernetes allows it: up to 15 lower-case letters, digits and dashes, with a letter
        if (!parts[0].matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || !parts[0].matches(".*[a-z].*") || parts[0].length() > 15) {
            throw new QueryException("'" + text + "' is not PORT[/PROTO]: a port is a number 1..65535 or a port name (up to 15 lower-case"
                    + " letters, digits and dashes), e.g. 6379, 53/UDP or http");
        }
        return new Named(parts[0], protocol);
    }

    /** {@code PORT/PROTO} as a question writes it; a name without protocol alone. */
    String text();

    /**
     * A port number.
     *
     * @param port the port, 1..65535
     * @param protocol its protocol
     */
    record Number(int port, Protocol protocol) implements PortQuery {
        @Override
        public String text() {
            return port + "/" + protocol;
        }
    }

    /**
     * A port name: a container port of each destination pod, or a port of a destination Service.
     *
     * @param name the name
     * @param protocol the protocol, when the question gives one; else the one the name resolves to
     */
    record Named(String name, Optional<Protocol> protocol) implements PortQuery {
        @Override
        public String text() {
            return name + protocol.map(p -> "/" + p).orElse("");
        }
    }
}
