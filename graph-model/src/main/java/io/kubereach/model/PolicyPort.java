package io.kubereach.model;

/**
 * One entry of a rule's {@code ports} list, with its protocol defaulted to TCP.
 *
 * @param protocol the protocol
 * @param port the port, range, name or any port
 */
public record PolicyPort(Protocol protocol, PortSpec port) {

    @Override
    public String toString() {
        if (port instanceof PortSpec.Range r) {
            return (r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to()) + "/" + protocol;
        }
        if (port instanceof PortSpec.Named n) {
            return n.name() + "/" + protocol;
        }
        return "any/" + protocol;
    }
}
