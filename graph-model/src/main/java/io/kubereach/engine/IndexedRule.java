package io.kubereach.engine;

import java.util.List;

/**
 * One ingress or egress rule of a policy with its peers evaluated into bit sets and its ports
 * prepared: a connection matches when it matches one peer AND one port entry (rule 8).
 * Immutable.
 */
final class IndexedRule {

    private final String policy;
    private final int index;
    private final boolean allPeers;
    private final List<PeerBits> peers;
    private final PeerBits anyPeer;
    private final PortEntries ports;

    /**
     * A rule ready to be matched.
     *
     * @param policy the policy's {@code namespace/name}
     * @param index the rule's position in its policy's ingress or egress list
     * @param allPeers whether the rule lists no peer and so matches every peer, external addresses included (rule 8)
     * @param peers whom each peer item matches, in the rule's order
     * @param ports the rule's port entries
     */
    IndexedRule(String policy, int index, boolean allPeers, List<PeerBits> peers, PortEntries ports) {
        this.policy = policy;
        this.index = index;
        this.allPeers = allPeers;
        this.peers = List.copyOf(peers);
        this.ports = ports;
        PeerBits any = PeerBits.NOBODY;
        for (PeerBits p : peers) {
            any = any.or(p);
        }
        this.anyPeer = any;
    }

    String policy() {
        return policy;
    }

    int index() {
        return index;
    }

    PortEntries ports() {
        return ports;
    }

    /** Whom the rule's peers may name as the remote end; {@link #matchesClass} and {@link #matchesRange} read nothing else of it. */
    PeerBits remote() {
        return anyPeer;
    }

    /** Whether the rule matches a pod of this class as the remote end. */
    boolean matchesClass(int podClass) {
        return allPeers || anyPeer.matchesClass(podClass);
    }

    /** Whether the rule matches an address of this range as the remote end. */
    boolean matchesRange(int range) {
        return allPeers || anyPeer.matchesRange(range);
    }

    /** The first peer item matching a pod of this class; -1 when the rule lists no peer or none matches. */
    int firstPeerMatchingClass(int podClass) {
        for (int i = 0; i < peers.size(); i++) {
            if (peers.get(i).matchesClass(podClass)) {
                return i;
            }
        }
        return -1;
    }

    /** The first peer item matching an address of this range; -1 when the rule lists no peer or none matches. */
    int firstPeerMatchingRange(int range) {
        for (int i = 0; i < peers.size(); i++) {
            if (peers.get(i).matchesRange(range)) {
                return i;
            }
        }
        return -1;
    }

    boolean allPeers() {
        return allPeers;
    }
}
