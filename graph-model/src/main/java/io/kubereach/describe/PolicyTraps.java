package io.kubereach.describe;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the traps of one policy: {@code policyTypes} left out with egress rules (so ingress is
 * isolated too), selectors that match nothing, named ports no destination declares, and egress
 * isolation that forgets DNS.
 */
final class PolicyTraps {

    private final ClusterSnapshot snapshot;

    PolicyTraps(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<Trap> find(NetworkPolicy policy, List<Pod> selected, List<RuleDescription> ingress, List<RuleDescription> egress) {
        List<Trap> out = new ArrayList<>();
        policyTypes(policy, out);
        selectors(policy, selected, ingress, egress, out);
        namedPorts(selected, ingress, out);
        namedPorts(selected, egress, out);
        new DnsReach(snapshot).traps(policy, selected).forEach(out::add);
        return out;
    }

    /** Rule 3: without policyTypes, egress rules make the policy {@code [Ingress, Egress]}. */
    private static void policyTypes(NetworkPolicy policy, List<Trap> out) {
        if (policy.policyTypesDeclared() || policy.egress().isEmpty()) {
            return;
        }
        String key = policy.ingress().isEmpty() ? "trap.policyTypesIsolateIngress" : "trap.policyTypesIsolateIngressWithRules";
        out.add(new Trap(Trap.Kind.POLICY_TYPES_ISOLATE_INGRESS, Message.of(key)));
    }

    private static void selectors(NetworkPolicy policy, List<Pod> selected, List<RuleDescription> ingress,
            List<RuleDescription> egress, List<Trap> out) {
        if (selected.isEmpty()) {
            out.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING,
                    Message.of("trap.podSelectorMatchesNothing", Phrases.selector(policy.podSelector()), policy.namespace())));
        }
        List<RuleDescription> rules = new ArrayList<>(ingress);
        rules.addAll(egress);
        for (RuleDescription rule : rules) {
            for (PeerDescription peer : rule.peers()) {
                if (!(peer instanceof PeerDescription.Pods p)) {
                    continue;
                }
                if (p.namespaceSelector().isPresent() && p.namespaces().isEmpty()) {
                    out.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING, Message.of("trap.namespaceSelectorMatchesNothing",
                            Phrases.direction(rule.direction()), rule.number(), Phrases.selector(p.namespaceSelector().get()))));
                } else if (p.pods().isEmpty()) {
                    out.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING, Message.of("trap.peerMatchesNothing",
                            Phrases.direction(rule.direction()), rule.number(), Phrases.peer(p))));
                }
            }
        }
    }

    /** Rule 16: a named port that no destination in scope declares admits nothing. */
    private static void namedPorts(List<Pod> selected, List<RuleDescription> rules, List<Trap> out) {
        for (RuleDescription rule : rules) {
            boolean onlyAddresses = !rule.allPeers() && rule.peers().stream().allMatch(p -> p instanceof PeerDescription.Addresses);
            for (PortDescription port : rule.ports()) {
                if (!port.named()) {
                    continue;
                }
                if (rule.direction() == Direction.EGRESS && onlyAddresses) {
                    out.add(new Trap(Trap.Kind.NAMED_PORT_UNDECLARED,
                            Message.of("trap.namedPortToAddresses", rule.number(), Phrases.portName(port))));
                } else if (port.resolutions().isEmpty() && !port.undeclared().isEmpty()) {
                    out.add(new Trap(Trap.Kind.NAMED_PORT_UNDECLARED, Message.of("trap.namedPortUndeclared",
                            Phrases.direction(rule.direction()), rule.number(), Phrases.portName(port), port.undeclared().size())));
                }
            }
        }
    }

    /** The pods a description speaks of: "the pods it selects" when all of them, else their names. */
    static Message subject(List<Pod> selected, List<PodRef> concerned) {
        if (concerned.size() == selected.size()) {
            return Message.of("subject.selectedPods");
        }
        return Phrases.pods(concerned, selected.isEmpty() ? "" : selected.get(0).namespace());
    }
}
