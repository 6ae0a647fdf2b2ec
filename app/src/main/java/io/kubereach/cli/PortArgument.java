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
            throw UserError.of("cli.port.notAPort", text);
        }
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 65535) {
            throw UserError.of("cli.port.range", String.valueOf(number));
        }
        if (parts.length == 1) {
            return new PortArgument(number, Protocol.TCP);
        }
        Protocol protocol = Protocol.parse(parts[1]).orElseThrow(() -> UserError.of("cli.port.protocol", parts[1]));
        return new PortArgument(number, protocol);
    }
}
