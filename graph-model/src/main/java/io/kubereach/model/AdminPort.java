package io.kubereach.model;

/**
 * One port entry of a cluster-wide policy rule: a number or range of one protocol, or a named
 * container port of the destination pod (whose protocol the container port declares).
 */
public sealed interface AdminPort {

    /**
     * An inclusive range of ports of one protocol; a single port when {@code from == to}.
     *
     * @param protocol the protocol
     * @param from the first port
     * @param to the last port
     */
    record Numbers(Protocol protocol, int from, int to) implements AdminPort {
        public Numbers {
            if (from < 1 || to > 65535 || to < from) {
                throw new IllegalArgumentException("port range " + from + ".." + to + " is not within 1..65535");
            }
        }

        @Override
        public String toString() {
            return (from == to ? String.valueOf(from) : from + "-" + to) + "/" + protocol;
        }
    }

    /**
     * A container port of the destination pod, by name only.
     *
     * @param name the port name
     */
    record Named(String name) implements AdminPort {
        @Override
        public String toString() {
            return name;
        }
    }
}
