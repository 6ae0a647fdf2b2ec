package io.kubereach.query;

import io.kubereach.model.Protocol;
import java.util.Optional;

/** The port of a question: a number, or a name that the destination's pods or Service resolve. */
public sealed interface PortQuery {

    /**
     * A port number.
     *
     * @param port the port, 1..65535
     * @param protocol its protocol
     */
    record Number(int port, Protocol protocol) implements PortQuery {
    }

    /**
     * A port name: a container port of each destination pod, or a port of a destination Service.
     *
     * @param name the name
     * @param protocol the protocol, when the question gives one; else the one the name resolves to
     */
    record Named(String name, Optional<Protocol> protocol) implements PortQuery {
    }
}
