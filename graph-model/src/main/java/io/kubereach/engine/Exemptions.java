package io.kubereach.engine;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Connections NetworkPolicy never judges: a pod reaching itself (rule 18), a pod and an address
 * of the node it runs on (rule 19), and two addresses outside the cluster. Immutable.
 *
 * <p>Cilium and Calico exempt only one way of rule 19: "Kubernetes will automatically allow all
 * communication from the local host of all local endpoints" (Cilium {@code layer3.rst}; the agent
 * adds only an ingress entry, {@code determineAllowLocalhostIngress}), "Traffic from a host to its
 * workload endpoints ... is always allowed" (Calico {@code hostendpoint.mdx}); a pod's egress to its
 * own node goes through the pod's egress policy. So a pod whose egress a Cilium or Calico policy
 * judges (or an object not evaluated may judge) is not exempt toward its own node: its sides decide.
 */
final class Exemptions {

    private final Map<String, Set<IpAddress>> nodeAddresses;
    private final BiPredicate<Pod, Peer> egressJudgedByCni;

    /**
     * Exemptions for a cluster with these nodes.
     *
     * @param egressJudgedByCni whether a Cilium or Calico policy (or an object not evaluated) judges a
     *        pod's egress toward an address of its node, so that it is not exempt
     */
    Exemptions(List<ClusterNode> nodes, BiPredicate<Pod, Peer> egressJudgedByCni) {
        this.egressJudgedByCni = egressJudgedByCni;
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
        if (ownNode(dst, src) || ownNode(src, dst) && !egressJudgedByCni(src, dst)) {
            return Verdict.Exemption.OWN_NODE;
        }
        return Verdict.Exemption.NONE;
    }

    /** Whether a connection is a pod's egress to its own node that its Cilium or Calico policies judge. */
    boolean judgedOwnNodeEgress(Peer src, Peer dst) {
        return ownNode(src, dst) && egressJudgedByCni(src, dst);
    }

    private boolean egressJudgedByCni(Peer src, Peer dst) {
        Pod pod = ((Peer.PodPeer) src).pod();
        return !pod.hostNetwork() && egressJudgedByCni.test(pod, dst); // a host-network pod is its node's own network namespace
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
