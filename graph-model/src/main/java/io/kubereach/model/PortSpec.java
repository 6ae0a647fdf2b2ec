package io.kubereach.model;

/** The {@code port}/{@code endPort} part of a NetworkPolicy port entry. */
public sealed interface PortSpec {

    /** No port given: every port of the entry's protocol (rule 14). */
    record AnyPort() implements PortSpec {
    }

    /**
     * A number or an inclusive range {@code port..endPort} (rule 15).
     *
     * @param from the first port
     * @param to the last port, equal to {@code from} for a single port
     */
    record Range(int from, int to) implements PortSpec {
        public Range {
            if (from < 1 || to > 65535 || to < from) {
                throw new IllegalArgumentException("port range " + from + ".." + to + " is not within 1..65535");
            }
        }
    }

    /**
     * A named port, resolved against each destination pod's container ports (rule 16).
     *
     * @param name the port name
     */
    record Named(String name) implements PortSpec {
    }
}
