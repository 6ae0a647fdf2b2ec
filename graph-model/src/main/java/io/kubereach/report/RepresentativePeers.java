package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.RulePorts;
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
 * The pods not in the input that NetworkPolicy rules would admit, one {@link RepresentativePeer}
 * per distinct selector pair, as netpol-analyzer's exposure analysis infers them: every selector
 * peer of every rule of a direction a policy isolates, except rules that admit every namespace (those
 * are the entire cluster), less those a pod of the input already stands for. What each workload
 * may exchange with them is worked out from the NetworkPolicy rules that select it.
 */
public final class RepresentativePeers {

    private final ClusterSnapshot snapshot;
    private final List<RepresentativePeer> peers;

    public RepresentativePeers(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        Map<String, RepresentativePeer> byKey = new LinkedHashMap<>();
        for (NetworkPolicy policy : snapshot.policies()) {
            for (Direction direction : List.of(Direction.INGRESS, Direction.EGRESS)) {
                if (policy.isolates(direction)) {
                    policy.rules(direction).forEach(rule -> inferred(rule, policy.namespace()).forEach(p -> byKey.putIfAbsent(p.key(), p)));
                }
            }
        }
        for (Pod pod : snapshot.pods()) {
            var namespaceLabels = snapshot.namespace(pod.namespace()).labels();
            byKey.values().removeIf(p -> p.standsFor(pod.labels(), namespaceLabels));
        }
        this.peers = List.copyOf(byKey.values());
    }

    /**
     * Whether NetworkPolicies are the only policies of the input: representatives are inferred from
     * their rules alone, so with other policy kinds present what they admit is not judged here.
     */
    public boolean judged() {
        return snapshot.adminPolicies().isEmpty() && snapshot.cniPolicies().isEmpty();
    }

    /** The representatives, in the order their rules were read. */
    public List<RepresentativePeer> peers() {
        return peers;
    }

    /**
     * What {@code pod} may accept from ({@link Direction#INGRESS}) or open to ({@link Direction#EGRESS})
     * each representative under the NetworkPolicies that isolate it for that direction; representatives
     * it may exchange nothing with are left out, and so is everything when no policy isolates it.
     */
    public Map<RepresentativePeer, ConnectionSet> of(Pod pod, Direction direction) {
        List<NetworkPolicy> isolating = snapshot.policies().stream().filter(p -> p.isolates(direction) && p.selects(pod)).toList();
        Optional<Pod> destination = direction == Direction.INGRESS ? Optional.of(pod) : Optional.empty();
        Map<RepresentativePeer, ConnectionSet> out = new LinkedHashMap<>();
        for (RepresentativePeer peer : isolating.isEmpty() ? List.<RepresentativePeer>of() : peers) {
            ConnectionSet allowed = ConnectionSet.none();
            for (NetworkPolicy policy : isolating) {
                for (PolicyRule rule : policy.rules(direction)) {
                    if (admits(rule, peer, policy.namespace())) {
                        allowed = allowed.union(RulePorts.of(rule, destination));
                    }
                }
            }
            if (!allowed.isEmpty()) {
                out.put(peer, allowed);
            }
        }
        return out;
    }

    private static boolean admits(PolicyRule rule, RepresentativePeer peer, String policyNamespace) {
        return rule.allPeers() || rule.peers().stream().anyMatch(p -> p instanceof PolicyPeer.Selectors s
                && peer.admittedBy(s.podSelector(), s.namespaceSelector(), policyNamespace));
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
}
