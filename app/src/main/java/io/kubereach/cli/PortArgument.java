package io.kubereach.cli;

import io.kubereach.model.PortProtocol;
import io.kubereach.query.PortQuery;

/**
 * A {@code PORT[/PROTO]} argument: a number (TCP unless a protocol is given), or a port name such
 * as {@code dns} or {@code http}, which the destination's pods or Service resolve. What is neither
 * fails with the {@link io.kubereach.query.QueryException} that says what a port may be.
 */
final class PortArgument {

    private PortArgument() {
    }

    /** A port that must be a number (a simulation connects to one Service port). */
    static PortProtocol number(String text) {
        if (parse(text) instanceof PortQuery.Number n) {
            return n.port();
        }
        throw UserError.of("cli.port.named", text);
    }

    static PortQuery parse(String text) {
        return PortQuery.parse(text);
    }
}
