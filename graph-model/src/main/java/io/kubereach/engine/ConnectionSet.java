package io.kubereach.engine;

import io.kubereach.model.Protocol;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** An immutable set of (protocol, port) pairs: a port set for each of TCP, UDP and SCTP. */
public final class ConnectionSet {

    private static final ConnectionSet NONE = new ConnectionSet(PortSet.none(), PortSet.none(), PortSet.none());
    private static final ConnectionSet ALL = new ConnectionSet(PortSet.all(), PortSet.all(), PortSet.all());

    private final PortSet tcp;
    private final PortSet udp;
    private final PortSet sctp;
    /** Whether the set is empty or complete, known once: the tier walks ask it of every set they combine. */
    private final boolean empty;
    private final boolean all;

    private ConnectionSet(PortSet tcp, PortSet udp, PortSet sctp) {
        this.tcp = tcp;
        this.udp = udp;
        this.sctp = sctp;
        this.empty = tcp.isEmpty() && udp.isEmpty() && sctp.isEmpty();
        this.all = tcp.isAll() && udp.isAll() && sctp.isAll();
    }

    /** No connection at all. */
    public static ConnectionSet none() {
        return NONE;
    }

    /** Every port of every protocol. */
    public static ConnectionSet all() {
        return ALL;
    }

    /** The given ports of one protocol only. */
    public static ConnectionSet of(Protocol protocol, PortSet ports) {
        return NONE.with(protocol, ports);
    }

    /** Every port of one protocol only. */
    public static ConnectionSet allOf(Protocol protocol) {
        return of(protocol, PortSet.all());
    }

    /** The ports of one protocol. */
    public PortSet ports(Protocol protocol) {
        return switch (protocol) {
            case TCP -> tcp;
            case UDP -> udp;
            case SCTP -> sctp;
        };
    }

    private ConnectionSet with(Protocol protocol, PortSet ports) {
        return new ConnectionSet(
                protocol == Protocol.TCP ? ports : tcp,
                protocol == Protocol.UDP ? ports : udp,
                protocol == Protocol.SCTP ? ports : sctp);
    }

    public boolean contains(Protocol protocol, int port) {
        return ports(protocol).contains(port);
    }

    public boolean isEmpty() {
        return empty;
    }

    public boolean isAll() {
        return all;
    }

    /** The connections in either set. */
    public ConnectionSet union(ConnectionSet o) {
        if (isEmpty() || o.isAll()) {
            return o;
        }
        if (o.isEmpty() || isAll()) {
            return this;
        }
        return new ConnectionSet(tcp.union(o.tcp), udp.union(o.udp), sctp.union(o.sctp));
    }

    /** The connections in both sets. */
    public ConnectionSet intersect(ConnectionSet o) {
        if (isEmpty() || o.isAll()) {
            return this;
        }
        if (o.isEmpty() || isAll()) {
            return o;
        }
        return new ConnectionSet(tcp.intersect(o.tcp), udp.intersect(o.udp), sctp.intersect(o.sctp));
    }

    /** Every connection not in this set. */
    public ConnectionSet complement() {
        if (isEmpty()) {
            return ALL;
        }
        if (isAll()) {
            return NONE;
        }
        return new ConnectionSet(tcp.complement(), udp.complement(), sctp.complement());
    }

    /** The connections of this set that are not in {@code o}. */
    public ConnectionSet minus(ConnectionSet o) {
        if (isEmpty() || o.isEmpty()) {
            return this;
        }
        if (o.isAll()) {
            return NONE;
        }
        return intersect(o.complement());
    }

    /** The non-empty protocols and their ports, in protocol-name order (SCTP, TCP, UDP). */
    public Map<Protocol, PortSet> byProtocol() {
        Map<Protocol, PortSet> out = new EnumMap<>(Protocol.class);
        for (Protocol p : Protocol.values()) {
            if (!ports(p).isEmpty()) {
                out.put(p, ports(p));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSet c && tcp.equals(c.tcp) && udp.equals(c.udp) && sctp.equals(c.sctp);
    }

    @Override
    public int hashCode() {
        return (tcp.hashCode() * 31 + udp.hashCode()) * 31 + sctp.hashCode();
    }

    /**
     * As netpol-analyzer writes it: {@code All Connections}, {@code No Connections}, or
     * {@code SCTP 1-9002,TCP 80} with protocol groups sorted by name.
     */
    @Override
    public String toString() {
        if (isAll()) {
            return "All Connections";
        }
        if (isEmpty()) {
            return "No Connections";
        }
        StringJoiner j = new StringJoiner(",");
        for (Protocol p : new Protocol[] {Protocol.SCTP, Protocol.TCP, Protocol.UDP}) {
            if (!ports(p).isEmpty()) {
                j.add(p + " " + ports(p));
            }
        }
        return j.toString();
    }
}
