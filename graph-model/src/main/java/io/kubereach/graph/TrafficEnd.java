package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import java.util.List;

/**
 * One end of a traffic edge as the engine sees it: the vertex, the peers that stand for all of
 * it (one pod per kind of pod a policy could tell apart, or one address of a block), and the
 * ports it serves.
 *
 * @param vertexId the vertex this end is drawn as
 * @param namespace its namespace, empty outside the cluster
 * @param peers the peers that stand for it, never empty
 * @param served the ports it serves: its pods' declared container ports, or every port when none is declared
 * @param ingressIsolated whether a policy has a say on the ingress of some of its pods (a NetworkPolicy
 *     isolates it, or a cluster-wide policy applies to it)
 * @param egressIsolated the same for egress
 */
record TrafficEnd(String vertexId, String namespace, List<Peer> peers, ConnectionSet served, boolean ingressIsolated,
        boolean egressIsolated) {

    TrafficEnd {
        peers = List.copyOf(peers);
        if (peers.isEmpty()) {
            throw new IllegalArgumentException("a traffic end needs at least one peer: " + vertexId);
        }
    }

    /** Whether this end is an address outside the cluster. */
    boolean external() {
        return peers.get(0) instanceof Peer.External;
    }
}
