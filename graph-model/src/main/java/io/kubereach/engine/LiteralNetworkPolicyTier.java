package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The NetworkPolicy tier read literally from {@code netpol-semantics.md} for the {@link LiteralEngine}. */
final class LiteralNetworkPolicyTier {

    private final ClusterSnapshot snapshot;
    private final EngineOptions options;
    private final Map<String, Namespace> namespaces;

    LiteralNetworkPolicyTier(ClusterSnapshot snapshot, EngineOptions options) {
        this.snapshot = snapshot;
        this.options = options;
        this.namespaces = snapshot.namespacesByName();
    }

    /** Rule 1: the policies of the pod's own namespace that select it and list the direction. */
    List<NetworkPolicy> isolating(Pod pod, Direction direction) {
        List<NetworkPolicy> out = new ArrayList<>();
        for (NetworkPolicy policy : snapshot.policies()) {
            if (policy.selects(pod) && policy.isolates(direction)) {
                out.add(policy);
            }
        }
        return out;
    }

    /** Rule 4: the union of every rule of every isolating policy that matches the remote end. */
    ConnectionSet admitted(List<NetworkPolicy> isolating, Peer remote, Peer destination, Direction direction) {
        ConnectionSet out = ConnectionSet.none();
        for (NetworkPolicy policy : isolating) {
            for (PolicyRule rule : policy.rules(direction)) {
                if (rule.allPeers() || matchingPeer(policy, rule, remote) >= 0) {
                    out = out.union(RulePorts.of(rule, destination));
                }
            }
        }
        return out;
    }

    /** Every rule of the isolating policies that admits one connection, with its first matching peer and port entry. */
    List<RuleAdmission> admissions(List<NetworkPolicy> isolating, Peer remote, Peer destination, Direction direction,
            Protocol protocol, int port) {
        List<RuleAdmission> admissions = new ArrayList<>();
        for (NetworkPolicy policy : isolating) {
            List<PolicyRule> rules = policy.rules(direction);
            for (int r = 0; r < rules.size(); r++) {
                PolicyRule rule = rules.get(r);
                int peer = rule.allPeers() ? -1 : matchingPeer(policy, rule, remote);
                int entry = rule.allPorts() ? -1 : matchingPort(rule, destination, protocol, port);
                if ((rule.allPeers() || peer >= 0) && (rule.allPorts() || entry >= 0)) {
                    admissions.add(new RuleAdmission(policy.qualifiedName(), r, peer, entry));
                }
            }
        }
        return admissions;
    }

    private int matchingPeer(NetworkPolicy policy, PolicyRule rule, Peer remote) {
        for (int i = 0; i < rule.peers().size(); i++) {
            if (peerMatches(policy, rule.peers().get(i), remote)) {
                return i;
            }
        }
        return -1;
    }

    private static int matchingPort(PolicyRule rule, Peer dst, Protocol protocol, int port) {
        for (int i = 0; i < rule.ports().size(); i++) {
            if (RulePorts.of(rule.ports().get(i), dst).contains(protocol, port)) {
                return i;
            }
        }
        return -1;
    }

    /** Rules 10 and 13: selectors match pods only; ipBlocks match external addresses (and pod IPs if asked). */
    private boolean peerMatches(NetworkPolicy policy, PolicyPeer peer, Peer remote) {
        if (peer instanceof PolicyPeer.Selectors s) {
            if (!(remote instanceof Peer.PodPeer p)) {
                return false;
            }
            Namespace ns = namespaces.getOrDefault(p.pod().namespace(), Namespace.implied(p.pod().namespace()));
            return s.matches(policy.namespace(), ns, p.pod().labels());
        }
        PolicyPeer.Addresses a = (PolicyPeer.Addresses) peer;
        if (remote instanceof Peer.External e) {
            return a.block().contains(e.address());
        }
        Pod pod = ((Peer.PodPeer) remote).pod();
        return options.ipBlocksMatchPodIps() && pod.ips().stream().anyMatch(a.block()::contains);
    }
}
