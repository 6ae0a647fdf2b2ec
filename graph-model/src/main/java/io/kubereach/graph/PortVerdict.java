package io.kubereach.graph;

import io.kubereach.model.Protocol;
import java.util.List;

/**
 * The verdict for one port between one pair of pods (or a pod and an address) behind a traffic edge.
 *
 * @param from the connecting pod or address
 * @param to the accepting pod or address
 * @param protocol the protocol
 * @param port the destination port
 * @param allowed whether the connection is allowed
 * @param reasons the engine's explanation, one sentence per fact (both sides, caveats)
 */
public record PortVerdict(String from, String to, Protocol protocol, int port, boolean allowed, List<String> reasons) {

    public PortVerdict {
        reasons = List.copyOf(reasons);
    }
}
