package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;

/**
 * One line of a connection list: the allowed connections from one peer to another.
 *
 * @param src the source, {@code ns/name[Kind]} or {@code first-last[External]}
 * @param dst the destination, written the same way
 * @param connections what is allowed, never empty
 */
public record Connection(String src, String dst, ConnectionSet connections) implements Comparable<Connection> {

    /**
     * The order of the connlist lines. A list holds each (src, dst) once, and a peer's text ends
     * in {@code ]} which no name contains, so comparing src then dst orders as the whole lines do.
     */
    @Override
    public int compareTo(Connection o) {
        int c = src.compareTo(o.src);
        return c != 0 ? c : dst.compareTo(o.dst);
    }

    /** {@code SRC => DST : CONN}, the netpol-analyzer connlist line. */
    public String line() {
        return src + " => " + dst + " : " + connections;
    }
}
