package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;

/**
 * One line of a connection list: the allowed connections from one peer to another.
 *
 * @param source where the connections start
 * @param destination where they go
 * @param connections what is allowed, never empty
 */
public record Connection(ConnectionEnd source, ConnectionEnd destination, ConnectionSet connections) implements Comparable<Connection> {

    /** The source as the list writes it: {@code ns/name[Kind]} or {@code first-last[External]}. */
    public String src() {
        return source.toString();
    }

    /** The destination, written the same way. */
    public String dst() {
        return destination.toString();
    }

    /**
     * The order of the connlist lines. A list holds each (src, dst) once, and a peer's text ends
     * in {@code ]} which no name contains, so comparing src then dst orders as the whole lines do.
     */
    @Override
    public int compareTo(Connection o) {
        int c = src().compareTo(o.src());
        return c != 0 ? c : dst().compareTo(o.dst());
    }

    /** {@code SRC => DST : CONN}, the netpol-analyzer connlist line. */
    public String line() {
        return src() + " => " + dst() + " : " + connections;
    }
}
