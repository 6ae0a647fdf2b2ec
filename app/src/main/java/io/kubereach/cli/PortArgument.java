package io.kubereach.cli;

import io.kubereach.query.PortQuery;
import io.kubereach.query.QueryException;

/**
 * A {@code PORT[/PROTO]} argument: a number (TCP unless a protocol is given), or a port name such
 * as {@code dns} or {@code http}, which the destination's pods or Service resolve.
 */
final class PortArgument {

    private PortArgument() {
    }

    /** A port that must be a number (a simulation connects to one Service port). */
    static PortQuery.Number number(String text) {
        if (parse(text) instanceof PortQuery.Number n) {
            return n;
        }
        throw new UserError("'" + text + "' is a port name: give the Service port's number, e.g. 80 or 53/UDP");
    }

    static PortQuery parse(String text) {
        try {
            return PortQuery.parse(text);
        } catch (QueryException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
