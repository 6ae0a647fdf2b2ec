package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference engine: follows {@code netpol-semantics.md} sentence by sentence, walking every
 * policy for every question. Slow on purpose; the indexed engine must agree with it.
 */
public final class LiteralEngine implements ReachabilityEngine {

    private final ClusterSnapshot snapshot;
    private final EngineOptions options;
    private final Map<String, Namespace> namespaces;
    private final Exemptions exemptions;

    public LiteralEngine(ClusterSnapshot snapshot, EngineOptions options) {
        this.snapshot = snapshot;
        this.options = options;
        this.namespaces = snapshot.namespacesByName();
        this.exemptions = new Exemptions(snapshot.nodes());
    }

    public LiteralEngine(ClusterSnapshot snapshot) {
        this(snapshot, EngineOptions.DEFAULTS);
    }

    @Override
    public ConnectionSet allowed(Peer src, Peer dst) {
        if (exemptions.of(src, dst) != Verdict.Exemption.NONE) {
            return ConnectionSet.all();
        }
        // rule 5: egress at the source AND ingress at the destination
        return sideAllows(src, dst, Direction.EGRESS).intersect(sideAllows(src, dst, Direction.INGRESS));
    }

    @Override
    public Verdict verdict(Peer src, Peer dst, Protocol protocol, int port) {
        List<Message> caveats = Caveats.of(src, dst);
        Verdict.Exemption exemption = exemptions.of(src, dst);
        SideVerdict egress = side(src, dst, Direction.EGRESS, protocol, port);
        SideVerdict ingress = side(src, dst, Direction.INGRESS, protocol, port);
        boolean allowed = exemption != Verdict.Exemption.NONE || (egress.allows() && ingress.allows());
        return new Verdict(src, dst, protocol, port, allowed, exemption, egress, ingress, caveats);
    }

    /** The pod whose policies judge a direction: the source for egress, the destination for ingress. */
    private static Optional<Pod> judged(Peer src, Peer dst, Direction direction) {
        Peer side = direction == Direction.EGRESS ? src : dst;
        return side instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
    }

    /** Rule 1: the policies of the pod's own namespace that select it and list the direction. */
    private List<NetworkPolicy> isolating(Pod pod, Direction direction) {
        List<NetworkPolicy> out = new ArrayList<>();
        for (NetworkPolicy policy : snapshot.policies()) {
            if (policy.selects(pod) && policy.isolates(direction)) {
                out.add(policy);
            }
        }
        return out;
    }

    private ConnectionSet sideAllows(Peer src, Peer dst, Direction direction) {
        Optional<Pod> pod = judged(src, dst, direction);
        if (pod.isEmpty()) {
            return ConnectionSet.all();
        }
        List<NetworkPolicy> policies = isolating(pod.get(), direction);
        if (policies.isEmpty()) {
            return ConnectionSet.all();
        }
        Peer remote = direction == Direction.EGRESS ? dst : src;
        ConnectionSet out = ConnectionSet.none();
        // rule 4: the union of every rule of every policy that isolates the pod
        for (NetworkPolicy policy : policies) {
            for (PolicyRule rule : policy.rules(direction)) {
                if (rule.allPeers() || anyPeerMatches(policy, rule, remote)) {
                    out = out.union(RulePorts.of(rule, dst));
                }
            }
        }
        return out;
    }

    private SideVerdict side(Peer src, Peer dst, Direction direction, Protocol protocol, int port) {
        Optional<Pod> pod = judged(src, dst, direction);
        if (pod.isEmpty()) {
            return SideVerdict.external(direction);
        }
        List<NetworkPolicy> policies = isolating(pod.get(), direction);
        if (policies.isEmpty()) {
            return SideVerdict.notIsolated(direction);
        }
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<RuleAdmission> admissions = new ArrayList<>();
        for (NetworkPolicy policy : policies) {
            List<PolicyRule> rules = policy.rules(direction);
            for (int r = 0; r < rules.size(); r++) {
                PolicyRule rule = rules.get(r);
                int peer = rule.allPeers() ? -1 : matchingPeer(policy, rule, remote);
                int entry = rule.allPorts() ? -1 : matchingPort(rule, dst, protocol, port);
                if ((rule.allPeers() || peer >= 0) && (rule.allPorts() || entry >= 0)) {
                    admissions.add(new RuleAdmission(policy.qualifiedName(), r, peer, entry));
                }
            }
        }
        List<String> names = policies.stream().map(NetworkPolicy::qualifiedName).toList();
        return new SideVerdict(direction, SideVerdict.Status.ISOLATED, names, admissions);
    }

    private boolean anyPeerMatches(NetworkPolicy policy, PolicyRule rule, Peer remote) {
        return matchingPeer(policy, rule, remote) >= 0;
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
