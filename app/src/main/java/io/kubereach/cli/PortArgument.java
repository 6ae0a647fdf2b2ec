package io.kubereach.cli;

import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;

/** Reads a {@code PORT[/PROTO]} argument; the protocol defaults to TCP. */
final class PortArgument {

    private PortArgument() {
    }

    /** The port {@code text} names; anything else is one line that says what is wrong. */
    static PortProtocol parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{1,5}")) {
            throw UserError.of("cli.port.notAPort", text);
        }
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 65535) {
            throw UserError.of("cli.port.range", String.valueOf(number));
        }
        if (parts.length == 1) {
            return PortProtocol.tcp(number);
        }
        Protocol protocol = Protocol.parse(parts[1]).orElseThrow(() -> UserError.of("cli.port.protocol", parts[1]));
        return new PortProtocol(number, protocol);
    }
}
