package io.kubereach.model;

import java.util.List;

/**
 * One ingress or egress rule. A connection matches when it matches one peer AND one port
 * (rule 8); an empty peer list means every peer, external addresses included, and an empty
 * port list means every port of every protocol.
 *
 * @param peers the {@code from}/{@code to} items, empty for every peer
 * @param ports the port entries, empty for every port
 */
public record PolicyRule(List<PolicyPeer> peers, List<PolicyPort> ports) {

    public PolicyRule {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }

    /** Whether this rule admits every peer. */
    public boolean allPeers() {
        return peers.isEmpty();
    }

    /** Whether this rule admits every port of every protocol. */
    public boolean allPorts() {
        return ports.isEmpty();
    }
}
