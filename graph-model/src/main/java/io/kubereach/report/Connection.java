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

    @Override
    public int compareTo(Connection o) {
        return line().compareTo(o.line());
    }

    /** {@code SRC => DST : CONN}, the netpol-analyzer connlist line. */
    public String line() {
        return src + " => " + dst + " : " + connections;
    }
}
