package io.kubereach.engine;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connections NetworkPolicy never judges: a pod reaching itself (rule 18), a pod and an address
 * of the node it runs on (rule 19), and two addresses outside the cluster. Immutable.
 */
final class Exemptions {

    private final Map<String, Set<IpAddress>> nodeAddresses;

    /** Exemptions for a cluster with these nodes. */
    Exemptions(List<ClusterNode> nodes) {
        Map<String, Set<IpAddress>> byName = new HashMap<>();
        for (ClusterNode node : nodes) {
            byName.computeIfAbsent(node.name(), n -> new HashSet<>()).addAll(node.addresses());
        }
        byName.replaceAll((name, addresses) -> Set.copyOf(addresses));
        this.nodeAddresses = Map.copyOf(byName);
    }

    /** The exemption that applies to a connection, or {@link Verdict.Exemption#NONE}. */
    Verdict.Exemption of(Peer src, Peer dst) {
        if (src instanceof Peer.PodPeer a && dst instanceof Peer.PodPeer b && samePod(a.pod(), b.pod())) {
            return Verdict.Exemption.SAME_POD;
        }
        if (src instanceof Peer.External && dst instanceof Peer.External) {
            return Verdict.Exemption.BOTH_EXTERNAL;
        }
        if (ownNode(src, dst) || ownNode(dst, src)) {
            return Verdict.Exemption.OWN_NODE;
        }
        return Verdict.Exemption.NONE;
    }

    private static boolean samePod(Pod a, Pod b) {
        return a == b || (a.namespace().equals(b.namespace()) && a.name().equals(b.name()));
    }

    private boolean ownNode(Peer maybePod, Peer maybeNode) {
        if (!(maybePod instanceof Peer.PodPeer p) || !(maybeNode instanceof Peer.External e) || p.pod().node().isEmpty()) {
            return false;
        }
        return nodeAddresses.getOrDefault(p.pod().node().get(), Set.of()).contains(e.address());
    }
}
