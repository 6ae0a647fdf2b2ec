package io.kubereach.describe;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes NetworkPolicies against one snapshot: the engine's own model of each policy
 * (defaults filled), its selectors resolved to the namespaces and pods they match now, its
 * ipBlocks as address ranges, its named ports resolved per destination pod, and its traps.
 */
public final class PolicyDescriber {

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;

    public PolicyDescriber(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
    }

    /** The policy of this namespace and name, if the snapshot has it. */
    public Optional<NetworkPolicy> find(String namespace, String name) {
        return snapshot.policies().stream()
                .filter(p -> p.namespace().equals(namespace) && p.name().equals(name))
                .findFirst();
    }

    /** What a policy of this snapshot does, right now. */
    public PolicyDescription describe(NetworkPolicy policy) {
        List<Pod> selected = sorted(snapshot.pods().stream().filter(policy::selects).toList());
        List<RuleDescription> ingress = rules(policy, Direction.INGRESS, selected);
        List<RuleDescription> egress = rules(policy, Direction.EGRESS, selected);
        List<PodRef> selectedRefs = selected.stream().map(Pod::ref).toList();
        List<Trap> traps = new PolicyTraps(snapshot).find(policy, selected, ingress, egress);
        return new PolicyDescription(policy, selectedRefs, ingress, egress, traps);
    }

    private List<RuleDescription> rules(NetworkPolicy policy, Direction direction, List<Pod> selected) {
        List<RuleDescription> out = new ArrayList<>();
        List<PolicyRule> rules = policy.rules(direction);
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            List<PeerDescription> peers = rule.peers().stream().map(p -> peer(policy, p)).toList();
            // rule 16: a named port resolves on the destination: the selected pods for ingress,
            // the pods the rule lets them reach for egress
            List<Pod> destinations = direction == Direction.INGRESS ? selected : destinations(policy, rule);
            List<PortDescription> ports = rule.ports().stream().map(p -> port(p, destinations)).toList();
            out.add(new RuleDescription(direction, i + 1, peers, ports));
        }
        return out;
    }

    private PeerDescription peer(NetworkPolicy policy, PolicyPeer peer) {
        if (peer instanceof PolicyPeer.Addresses a) {
            return new PeerDescription.Addresses(a.block(), AddressRange.of(a.block()));
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        List<String> matchedNamespaces = s.namespaceSelector()
                .map(sel -> snapshot.namespaces().stream().filter(n -> sel.matches(n.labels())).map(Namespace::name).sorted().toList())
                .orElse(List.of(policy.namespace()));
        List<PodRef> pods = matching(policy, s).stream().map(Pod::ref).toList();
        return new PeerDescription.Pods(s.podSelector(), s.namespaceSelector(), policy.namespace(), matchedNamespaces, pods);
    }

    /** The pods a selector peer of a policy matches now, sorted. */
    List<Pod> matching(NetworkPolicy policy, PolicyPeer.Selectors peer) {
        return sorted(snapshot.pods().stream()
                .filter(p -> peer.matches(policy.namespace(), namespace(p.namespace()), p.labels()))
                .toList());
    }

    private List<Pod> destinations(NetworkPolicy policy, PolicyRule rule) {
        if (rule.allPeers()) {
            return sorted(snapshot.pods());
        }
        Set<Pod> out = new LinkedHashSet<>();
        for (PolicyPeer peer : rule.peers()) {
            if (peer instanceof PolicyPeer.Selectors s) {
                out.addAll(matching(policy, s));
            }
            // a named port never matches an address outside the cluster (rule 16)
        }
        return sorted(List.copyOf(out));
    }

    private static PortDescription port(PolicyPort port, List<Pod> destinations) {
        if (!(port.port() instanceof PortSpec.Named named)) {
            return PortDescription.plain(port);
        }
        Map<Integer, List<PodRef>> byNumber = new TreeMap<>();
        List<PodRef> undeclared = new ArrayList<>();
        for (Pod pod : destinations) {
            Optional<Integer> number = pod.namedPort(named.name(), port.protocol());
            if (number.isPresent()) {
                byNumber.computeIfAbsent(number.get(), n -> new ArrayList<>()).add(pod.ref());
            } else {
                undeclared.add(pod.ref());
            }
        }
        List<PortDescription.Resolution> resolutions = byNumber.entrySet().stream()
                .map(e -> new PortDescription.Resolution(e.getKey(), e.getValue()))
                .toList();
        return new PortDescription(port, resolutions, undeclared);
    }

    private Namespace namespace(String name) {
        Namespace n = namespaces.get(name);
        return n != null ? n : Namespace.implied(name);
    }

    private static List<Pod> sorted(List<Pod> pods) {
        return pods.stream().sorted(Comparator.comparing(Pod::ref)).toList();
    }
}
