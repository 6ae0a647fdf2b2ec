package io.kubereach.report;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pods not in the input that policy rules would admit, one {@link RepresentativePeer} per
 * distinct selector pair, as netpol-analyzer's exposure analysis infers them: every selector peer
 * of every NetworkPolicy rule of a direction its policy isolates, and of every AdminNetworkPolicy,
 * BaselineAdminNetworkPolicy and ClusterNetworkPolicy rule, except peers that admit every
 * namespace (those are the entire cluster; a NetworkPolicy rule with one infers nothing), less
 * those a pod of the input already stands for. What each workload may exchange with them is the
 * {@link SelectorWalk} of every tier.
 */
public final class RepresentativePeers {

    private final List<RepresentativePeer> peers;
    private final SelectorWalk walk;

    public RepresentativePeers(ClusterSnapshot snapshot) {
        this.walk = new SelectorWalk(snapshot);
        Map<String, RepresentativePeer> byKey = new LinkedHashMap<>();
        for (NetworkPolicy policy : snapshot.policies()) {
            for (Direction direction : List.of(Direction.INGRESS, Direction.EGRESS)) {
                if (policy.isolates(direction)) {
                    policy.rules(direction).forEach(rule -> inferred(rule, policy.namespace()).forEach(p -> byKey.putIfAbsent(p.key(), p)));
                }
            }
        }
        for (AdminPolicy policy : snapshot.adminPolicies()) {
            for (Direction direction : List.of(Direction.INGRESS, Direction.EGRESS)) {
                policy.rules(direction).forEach(rule -> inferred(rule).forEach(p -> byKey.putIfAbsent(p.key(), p)));
            }
        }
        for (Pod pod : snapshot.pods()) {
            var namespaceLabels = snapshot.namespace(pod.namespace()).labels();
            byKey.values().removeIf(p -> p.standsFor(pod.labels(), namespaceLabels));
        }
        this.peers = List.copyOf(byKey.values());
    }

    /** The representatives, in the order their rules were read. */
    public List<RepresentativePeer> peers() {
        return peers;
    }

    /** Whether some policy applies to the pod for the direction (netpol-analyzer's "protected"). */
    public boolean protects(Pod pod, Direction direction) {
        return walk.protects(pod, direction);
    }

    /**
     * What {@code pod} may accept from ({@link Direction#INGRESS}) or open to ({@link Direction#EGRESS})
     * each representative, every tier walked on both ends; nothing when no policy applies to the pod
     * for that direction (netpol-analyzer lists nothing for an unprotected direction).
     */
    public Map<RepresentativePeer, PotentialConnections> of(Pod pod, Direction direction) {
        Map<RepresentativePeer, PotentialConnections> out = new LinkedHashMap<>();
        if (!protects(pod, direction)) {
            return out;
        }
        for (RepresentativePeer peer : peers) {
            SelectorWalk.Party party = new SelectorWalk.Party.Inferred(peer);
            out.put(peer, direction == Direction.EGRESS ? walk.toward(pod, party) : walk.from(party, pod));
        }
        return out;
    }

    /** What {@code pod} may exchange with the entire cluster as its own policies' rules say: only the named ports matter here (see {@link ExposureAnalysis}). */
    PotentialConnections entireCluster(Pod pod, Direction direction) {
        SelectorWalk.Party everyone = new SelectorWalk.Party.Everyone();
        return direction == Direction.EGRESS ? walk.toward(pod, everyone) : walk.from(everyone, pod);
    }

    /** The representatives one rule infers: none for a rule with no peers or one that admits every namespace. */
    private static List<RepresentativePeer> inferred(PolicyRule rule, String policyNamespace) {
        List<RepresentativePeer> out = new ArrayList<>();
        for (PolicyPeer peer : rule.peers()) {
            if (peer instanceof PolicyPeer.Selectors s) {
                boolean everyNamespace = s.namespaceSelector().filter(ns -> ns.isEmpty()).isPresent()
                        && s.podSelector().map(pods -> pods.isEmpty()).orElse(true);
                if (everyNamespace) {
                    return List.of(); // the rule exposes to the entire cluster, and netpol-analyzer infers nothing from it
                }
                out.add(RepresentativePeer.of(s.podSelector(), s.namespaceSelector(), policyNamespace));
            }
        }
        return out;
    }

    /** The representatives a cluster-wide rule infers: one per namespaces or pods peer that does not admit every namespace. */
    private static List<RepresentativePeer> inferred(AdminRule rule) {
        List<RepresentativePeer> out = new ArrayList<>();
        for (AdminPeer peer : rule.peers()) {
            if (peer instanceof AdminPeer.Namespaces n && !n.namespaces().isEmpty()) {
                out.add(RepresentativePeer.ofClusterWide(n.namespaces(), Optional.empty()));
            } else if (peer instanceof AdminPeer.Pods p && !(p.namespaces().isEmpty() && p.pods().isEmpty())) {
                out.add(RepresentativePeer.ofClusterWide(p.namespaces(), Optional.of(p.pods())));
            }
        }
        return out;
    }
}
