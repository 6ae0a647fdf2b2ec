package io.kubereach.cli;

import io.kubereach.model.Protocol;
import io.kubereach.query.PortQuery;
import java.util.Optional;

/**
 * A {@code PORT[/PROTO]} argument: a number (TCP unless a protocol is given), or a port name such
 * as {@code dns} or {@code http}, which the destination's pods or Service resolve.
 */
final class PortArgument {

    /** What a port name may be, as Kubernetes allows it: lower-case letters, digits and dashes, with a letter. */
    private static final String NAME = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

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
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new UserError("'" + text + "' is not PORT[/PROTO], e.g. 6379, 53/UDP or a port name such as http");
        }
        Optional<Protocol> protocol = parts.length == 1 ? Optional.empty() : Optional.of(Protocol.parse(parts[1])
                .orElseThrow(() -> new UserError("protocol '" + parts[1]
                        + "' is not covered by NetworkPolicy, which judges only TCP, UDP and SCTP (rule 17)")));
        if (parts[0].matches("\\d{1,5}")) {
            int number = Integer.parseInt(parts[0]);
            if (number < 1 || number > 65535) {
                throw new UserError("port " + number + " is not within 1..65535");
            }
            return new PortQuery.Number(number, protocol.orElse(Protocol.TCP));
        }
        if (!parts[0].matches(NAME) || !parts[0].matches(".*[a-z].*") || parts[0].length() > 15) {
            throw new UserError("'" + text + "' is not PORT[/PROTO]: a port is a number 1..65535 or a port name (up to 15 lower-case"
                    + " letters, digits and dashes), e.g. 6379, 53/UDP or http");
        }
        return new PortQuery.Named(parts[0], protocol);
    }
}
