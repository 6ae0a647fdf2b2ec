package io.kubereach.model;

import java.util.List;

/** The L4 part of a Cilium rule. */
public sealed interface CiliumPorts {

    /** No {@code toPorts} and no {@code icmps}: every port of every protocol. */
    record Every() implements CiliumPorts {
    }

    /**
     * {@code toPorts}: a connection must use one of the ports of one of the items.
     *
     * @param rules the items of {@code toPorts}
     */
    record Listed(List<CiliumPortRule> rules) implements CiliumPorts {
        public Listed {
            rules = List.copyOf(rules);
        }
    }

    /** {@code icmps} without {@code toPorts}: ICMP only, never a TCP, UDP or SCTP connection. */
    record IcmpOnly() implements CiliumPorts {
    }

    /** Every port of every protocol. */
    CiliumPorts EVERY = new Every();
}
