package io.kubereach.model;

/**
 * One entry of {@code toPorts[].ports}: a port (number, {@code port..endPort} range, named port
 * resolved on the destination pod, or {@code "0"}: every port) and a protocol.
 *
 * @param port the port, range, name or every port
 * @param protocol the protocol ({@link CiliumProtocol#ANY} when left out)
 */
public record CiliumPort(PortSpec port, CiliumProtocol protocol) {

    @Override
    public String toString() {
        String where = port instanceof PortSpec.Range r ? (r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to())
                : port instanceof PortSpec.Named n ? n.name() : "any";
        return where + "/" + protocol;
    }
}
