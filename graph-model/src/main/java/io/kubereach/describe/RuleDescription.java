package io.kubereach.describe;

import io.kubereach.model.Direction;
import java.util.List;

/**
 * One ingress or egress rule of a policy, resolved against the snapshot.
 *
 * @param direction the direction whose rules it belongs to
 * @param number its position among them, from 1 as a person counts
 * @param peers its peers; empty means every peer, outside addresses included (rule 8)
 * @param ports its port entries; empty means every port of every protocol (rule 8)
 */
public record RuleDescription(Direction direction, int number, List<PeerDescription> peers, List<PortDescription> ports) {

    public RuleDescription {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }

    /** Whether it admits every peer. */
    public boolean allPeers() {
        return peers.isEmpty();
    }

    /** Whether it admits every port of every protocol. */
    public boolean allPorts() {
        return ports.isEmpty();
    }
}
