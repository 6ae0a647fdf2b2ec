package io.kubereach.cli;

import io.kubereach.model.Protocol;

/**
 * A {@code PORT[/PROTO]} argument; the protocol defaults to TCP.
 *
 * @param number the port
 * @param protocol the protocol
 */
record PortArgument(int number, Protocol protocol) {

    static PortArgument parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{1,5}")) {
            throw new UserError("'" + text + "' is not PORT[/PROTO], e.g. 6379 or 53/UDP");
        }
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 65535) {
            throw new UserError("port " + number + " is not within 1..65535");
        }
        if (parts.length == 1) {
            return new PortArgument(number, Protocol.TCP);
        }
        Protocol protocol = Protocol.parse(parts[1]).orElseThrow(() -> new UserError("protocol '" + parts[1]
                + "' is not covered by NetworkPolicy, which judges only TCP, UDP and SCTP (rule 17)"));
        return new PortArgument(number, protocol);
    }
}
