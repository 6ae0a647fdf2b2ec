package io.kubereach.query;

import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
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
            throw new QueryException(Message.of("query.error.notPort", text));
        }
        Optional<Protocol> protocol = parts.length == 1 ? Optional.empty() : Optional.of(Protocol.parse(parts[1])
                .orElseThrow(() -> new QueryException(Message.of("query.error.protocol", parts[1]))));
        if (parts[0].matches("\\d{1,5}")) {
            int number = Integer.parseInt(parts[0]);
            if (number < 1 || number > 65535) {
                throw new QueryException(Message.of("query.error.portRange", String.valueOf(number)));
            }
            return new Number(new PortProtocol(number, protocol.orElse(Protocol.TCP)));
        }
        // a port name as Kubernetes allows it: up to 15 lower-case letters, digits and dashes, with a letter
        if (!parts[0].matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || !parts[0].matches(".*[a-z].*") || parts[0].length() > 15) {
            throw new QueryException(Message.of("query.error.notPortName", text));
        }
        return new Named(parts[0], protocol);
    }

    /** {@code PORT/PROTO} as a question writes it; a name without protocol alone. */
    String text();

    /** The same port with the protocol it was resolved to: a name gains it, a number keeps its own. */
    PortQuery with(Protocol resolved);

    /**
     * A port number.
     *
     * @param port the port, 1..65535, with its protocol
     */
    record Number(PortProtocol port) implements PortQuery {
        @Override
        public String text() {
            return port.toString();
        }

        @Override
        public PortQuery with(Protocol resolved) {
            return this;
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

        @Override
        public PortQuery with(Protocol resolved) {
            return new Named(name, Optional.of(resolved));
        }
    }
}
