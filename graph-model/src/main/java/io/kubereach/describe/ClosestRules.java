package io.kubereach.describe;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For a side that NetworkPolicies isolate and no rule admits: the rules that came closest, each
 * with what the connection lacked to match it ("namespace label project=myproject missing",
 * "port 6380 not in 6379/TCP"). A rule matches when one of its peers AND one of its ports match
 * (rule 8), so a rule's lack is that of its best peer plus that of its best port; the rules
 * lacking least are the closest, listed in evaluation order (policies as they isolate, rules in
 * their order).
 */
final class ClosestRules {

    /** At most this many closest rules are named. */
    static final int SHOWN = 3;

    private final ClusterSnapshot snapshot;

    ClosestRules(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** A kind mismatch (a pod against an ipBlock, an address against selectors) weighs more than a missing label. */
    private static final int KIND_MISMATCH = 2;

    /**
     * One rule and what the connection lacked to match it.
     *
     * @param policy the policy's qualified name
     * @param rule the rule's index in its direction
     * @param lacks what did not match: the closest peers (each with its number and what it lacked), then the port
     * @param weight how far the rule is from matching: missing conditions, a kind mismatch counting double
     */
    record Miss(String policy, int rule, List<Message> lacks, int weight) {
    }

    /**
     * The closest rules of the isolating policies for a connection from {@code src} to
     * {@code dst} on a port, judged on the {@code direction} side.
     */
    List<Miss> of(List<String> isolatingPolicies, Direction direction, Peer src, Peer dst, int port, Protocol protocol) {
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<Miss> all = new ArrayList<>();
        for (String name : isolatingPolicies) {
            Optional<NetworkPolicy> policy = snapshot.policies().stream().filter(p -> p.qualifiedName().equals(name)).findFirst();
            if (policy.isEmpty()) {
                continue;
            }
            List<PolicyRule> rules = policy.get().rules(direction);
            for (int i = 0; i < rules.size(); i++) {
                List<Message> lacks = new ArrayList<>();
                int weight = closestPeers(rules.get(i), policy.get().namespace(), remote, lacks);
                List<Message> ports = portLacks(rules.get(i), dst, port, protocol);
                lacks.addAll(ports);
                weight += ports.size();
                if (weight > 0) {
                    all.add(new Miss(name, i, lacks, weight));
                }
            }
        }
        int least = all.stream().mapToInt(Miss::weight).min().orElse(0);
        return all.stream().filter(m -> m.weight() == least).limit(SHOWN).toList();
    }

    /**
     * Adds what the remote end lacks for the rule's closest peers (several when they tie, each
     * with its number) and returns how far they are; nothing and 0 when some peer matches.
     */
    private int closestPeers(PolicyRule rule, String policyNamespace, Peer remote, List<Message> out) {
        if (rule.allPeers()) {
            return 0;
        }
        int least = Integer.MAX_VALUE;
        List<Message> closest = new ArrayList<>();
        for (int i = 0; i < rule.peers().size(); i++) {
            PolicyPeer peer = rule.peers().get(i);
            List<Message> lacks = peerLacks(peer, policyNamespace, remote);
            if (lacks.isEmpty()) {
                return 0;
            }
            boolean kindMismatch = (peer instanceof PolicyPeer.Addresses) != (remote instanceof Peer.External);
            int weight = kindMismatch ? KIND_MISMATCH + lacks.size() : lacks.size();
            Message named = Message.of("explain.lack.peer", String.valueOf(i + 1), VerdictExplanation.peer(peer),
                    VerdictExplanation.joinedLacks(lacks));
            if (weight < least) {
                least = weight;
                closest.clear();
            }
            if (weight == least && closest.size() < SHOWN) {
                closest.add(named);
            }
        }
        Message peers = closest.get(0);
        for (int i = 1; i < closest.size(); i++) {
            peers = Message.of("explain.lack.peerOr", peers, closest.get(i));
        }
        out.add(peers);
        return least;
    }

    private List<Message> peerLacks(PolicyPeer peer, String policyNamespace, Peer remote) {
        if (peer instanceof PolicyPeer.Addresses a) {
            if (!(remote instanceof Peer.External e)) {
                return List.of(Message.of("explain.lack.podNotBlock", a.block().cidr().toString()));
            }
            IpAddress address = e.address();
            if (!a.block().cidr().contains(address)) {
                return List.of(Message.of("explain.lack.notInBlock", address.toString(), a.block().cidr().toString()));
            }
            return a.block().except().stream().filter(x -> x.contains(address)).findFirst()
                    .map(x -> List.of(Message.of("explain.lack.inExcept", address.toString(), x.toString())))
                    .orElse(List.of());
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        if (!(remote instanceof Peer.PodPeer p)) {
            return List.of(Message.of("explain.lack.addressNotPod", remote.toString()));
        }
        Pod pod = p.pod();
        List<Message> out = new ArrayList<>();
        if (s.namespaceSelector().isPresent()) {
            Namespace namespace = snapshot.namespace(pod.namespace());
            out.addAll(labelLacks(s.namespaceSelector().get(), namespace.labels(), true, pod.namespace()));
        } else if (!pod.namespace().equals(policyNamespace)) {
            out.add(Message.of("explain.lack.otherNamespace", pod.namespace(), policyNamespace));
        }
        s.podSelector().ifPresent(sel -> out.addAll(labelLacks(sel, pod.labels(), false, pod.name())));
        return out;
    }

    /** One phrase per condition of a selector that these labels fail. */
    private static List<Message> labelLacks(LabelSelector selector, Map<String, String> labels, boolean namespace, String owner) {
        List<Message> out = new ArrayList<>();
        selector.matchLabels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String has = labels.get(e.getKey());
            String wanted = e.getKey() + "=" + e.getValue();
            if (has == null) {
                out.add(Message.of(namespace ? "explain.lack.namespaceLabel" : "explain.lack.podLabel", wanted, owner));
            } else if (!has.equals(e.getValue())) {
                out.add(Message.of(namespace ? "explain.lack.namespaceLabelValue" : "explain.lack.podLabelValue", wanted, owner,
                        e.getKey() + "=" + has));
            }
        });
        for (LabelRequirement r : selector.requirements()) {
            if (!r.matches(labels)) {
                out.add(Message.of(namespace ? "explain.lack.namespaceExpression" : "explain.lack.podExpression",
                        new LabelSelector(Map.of(), List.of(r)).toString(), owner));
            }
        }
        return out;
    }

    /** What the port lacks for the rule's closest port entry; nothing when some entry matches. */
    private static List<Message> portLacks(PolicyRule rule, Peer destination, int port, Protocol protocol) {
        if (rule.allPorts()) {
            return List.of();
        }
        List<Message> best = null;
        for (PolicyPort entry : rule.ports()) {
            Optional<Message> lack = portLack(entry, destination, port, protocol);
            if (lack.isEmpty()) {
                return List.of();
            }
            if (best == null) {
                best = List.of(lack.get());
            }
        }
        if (rule.ports().size() > 1) {
            String entries = String.join(", ", rule.ports().stream().map(PolicyPort::toString).toList());
            return List.of(Message.of("explain.lack.portNotIn", port + "/" + protocol, entries));
        }
        return best;
    }

    private static Optional<Message> portLack(PolicyPort entry, Peer destination, int port, Protocol protocol) {
        String asked = port + "/" + protocol;
        if (entry.protocol() != protocol) {
            return Optional.of(Message.of("explain.lack.portNotIn", asked, entry.toString()));
        }
        if (entry.port() instanceof PortSpec.Range r) {
            return port >= r.from() && port <= r.to() ? Optional.empty()
                    : Optional.of(Message.of("explain.lack.portNotIn", asked, entry.toString()));
        }
        if (entry.port() instanceof PortSpec.Named n) {
            if (!(destination instanceof Peer.PodPeer pod)) {
                return Optional.of(Message.of("explain.lack.namedPortNoPod", entry.toString(), destination.toString()));
            }
            Optional<Integer> resolved = pod.pod().namedPort(n.name(), protocol);
            if (resolved.isEmpty()) {
                return Optional.of(Message.of("explain.lack.namedPortMissing", entry.toString(), pod.pod().ref().toString()));
            }
            return resolved.get() == port ? Optional.empty()
                    : Optional.of(Message.of("explain.lack.portNotIn", asked, Message.of("explain.namedPort", entry.toString(),
                            String.valueOf(resolved.get()), pod.pod().ref().toString())));
        }
        return Optional.empty();
    }
}
