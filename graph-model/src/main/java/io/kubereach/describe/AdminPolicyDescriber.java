package io.kubereach.describe;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.PortProtocol;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import io.kubereach.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes a cluster-wide policy (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
 * ClusterNetworkPolicy) against one snapshot, in plain words: its tier and priority, what it
 * applies to now, each rule in order with its action, peers resolved to the namespaces, pods and
 * nodes they match now and ports (named ones resolved), and its traps.
 */
public final class AdminPolicyDescriber {

    /**
     * A policy described.
     *
     * @param policy the policy
     * @param subjects the pods it applies to now, sorted
     * @param traps its traps
     * @param sentences the description, traps included, ready for {@link MessageText}
     */
    public record Description(AdminPolicy policy, List<PodRef> subjects, List<Trap> traps, List<Sentence> sentences) {
        public Description {
            subjects = List.copyOf(subjects);
            traps = List.copyOf(traps);
            sentences = List.copyOf(sentences);
        }
    }

    private final ClusterSnapshot snapshot;
    private final AdminPolicyScope scope;

    public AdminPolicyDescriber(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.scope = new AdminPolicyScope(snapshot);
    }

    /** The policy of this kind (any kind when empty) and name, if the snapshot has it. */
    public Optional<AdminPolicy> find(Optional<AdminPolicy.Kind> kind, String name) {
        return snapshot.adminPolicies().stream()
                .filter(p -> p.name().equals(name) && kind.map(k -> k == p.kind()).orElse(true))
                .findFirst();
    }

    /** What a policy of this snapshot does, right now. */
    public Description describe(AdminPolicy policy) {
        List<Pod> subjects = scope.subjects(policy);
        List<Trap> traps = new AdminPolicyTraps(snapshot, scope).find(policy, subjects);
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence(0, Message.of("describe.admin.title", policy.kind().kindName(), policy.name(), placement(policy))));
        out.add(new Sentence(0, Message.of(policy.tier() == AdminPolicy.Tier.ADMIN ? "describe.admin.adminTier" : "describe.admin.baselineTier")));
        Message applies = subject(policy.subject());
        out.add(new Sentence(0, subjects.isEmpty() ? Message.of("describe.selectedNone", applies)
                : Message.of("describe.selectedNow", applies, subjects.size(), Phrases.pods(subjects.stream().map(Pod::ref).toList(), ""))));
        for (Direction direction : Direction.values()) {
            rules(policy, direction, subjects, out);
        }
        if (!traps.isEmpty()) {
            out.add(new Sentence(0, Message.of("describe.traps")));
            traps.forEach(t -> out.add(new Sentence(1, t.message())));
        }
        return new Description(policy, subjects.stream().map(Pod::ref).toList(), traps, out);
    }

    private static Message placement(AdminPolicy policy) {
        if (!policy.hasPriority()) {
            return Message.of("describe.admin.baselineLast");
        }
        return Message.of(policy.tier() == AdminPolicy.Tier.ADMIN ? "describe.admin.adminPriority" : "describe.admin.baselinePriority",
                String.valueOf(policy.priority()));
    }

    private static Message subject(PolicySubject subject) {
        if (subject instanceof PolicySubject.Namespaces n) {
            return n.namespaces().isEmpty() ? Message.of("describe.admin.subjectEverywhere")
                    : Message.of("describe.admin.subjectNamespaces", Phrases.selector(n.namespaces()));
        }
        PolicySubject.Pods p = (PolicySubject.Pods) subject;
        return p.namespaces().isEmpty() ? Message.of("describe.admin.subjectPodsEverywhere", Phrases.selector(p.pods()))
                : Message.of("describe.admin.subjectPods", Phrases.selector(p.pods()), Phrases.selector(p.namespaces()));
    }

    private void rules(AdminPolicy policy, Direction direction, List<Pod> subjects, List<Sentence> out) {
        boolean ingress = direction == Direction.INGRESS;
        List<AdminRule> rules = policy.rules(direction);
        if (rules.isEmpty()) {
            out.add(new Sentence(0, Message.of(ingress ? "describe.admin.noIngress" : "describe.admin.noEgress")));
            return;
        }
        out.add(new Sentence(0, Message.of(ingress ? "describe.admin.ingressRules" : "describe.admin.egressRules")));
        for (int i = 0; i < rules.size(); i++) {
            AdminRule rule = rules.get(i);
            Message name = rule.name().isEmpty() ? Message.of("explain.ruleNumber", String.valueOf(i + 1))
                    : Message.of("explain.ruleNamed", String.valueOf(i + 1), rule.name());
            Message action = Message.of(switch (rule.action()) {
                case ALLOW -> "describe.admin.allows";
                case DENY -> "describe.admin.denies";
                case PASS -> "describe.admin.passes";
            });
            // a named port resolves on the destination: the subjects for ingress, the peer pods for egress
            List<Pod> destinations = ingress ? subjects : peerPods(rule);
            Message ports = rule.allPorts() ? Message.of("describe.admin.allPorts")
                    : Message.of("describe.admin.ports", Message.series(rule.ports().stream().map(p -> port(p, destinations)).toList()));
            out.add(new Sentence(1, Message.of(ingress ? "describe.admin.ruleFrom" : "describe.admin.ruleTo", name, action, ports)));
            rule.peers().forEach(p -> out.add(new Sentence(2, peer(p))));
        }
    }

    private List<Pod> peerPods(AdminRule rule) {
        Set<Pod> out = new LinkedHashSet<>();
        rule.peers().forEach(p -> out.addAll(scope.pods(p)));
        return List.copyOf(out);
    }

    private static Message port(AdminPort port, List<Pod> destinations) {
        if (port instanceof AdminPort.Numbers n) {
            String number = n.from() == n.to() ? String.valueOf(n.from()) : n.from() + "–" + n.to();
            return Message.of("port.number", number + "/" + n.protocol());
        }
        String name = ((AdminPort.Named) port).name();
        Map<PortProtocol, List<PodRef>> byNumber = new TreeMap<>();
        List<PodRef> undeclared = new ArrayList<>();
        for (Pod pod : destinations) {
            Optional<ContainerPort> declared = pod.namedPort(name);
            if (declared.isPresent()) {
                byNumber.computeIfAbsent(declared.get().portProtocol(), k -> new ArrayList<>()).add(pod.ref());
            } else {
                undeclared.add(pod.ref());
            }
        }
        if (byNumber.isEmpty() && undeclared.isEmpty()) {
            return Message.of("port.named", name);
        }
        List<Message> where = new ArrayList<>();
        byNumber.forEach((number, pods) -> where.add(Message.of("port.resolvesTo", number.toString(), Phrases.pods(pods, ""))));
        if (!undeclared.isEmpty()) {
            where.add(Message.of("port.undeclaredOn", Phrases.pods(undeclared, "")));
        }
        return Message.of("port.namedResolved", name, Message.series(where));
    }

    /** A peer as written, with what it matches now. */
    private Message peer(AdminPeer peer) {
        if (peer instanceof AdminPeer.Namespaces n) {
            return namespacesNow(n.namespaces().isEmpty() ? Message.of("peer.allPodsEverywhere")
                    : Message.of("peer.allPodsOfNamespaces", Phrases.selector(n.namespaces())), n.namespaces(), scope.pods(peer));
        }
        if (peer instanceof AdminPeer.Pods p) {
            Message written = p.namespaces().isEmpty() ? Message.of("peer.podsEverywhere", Phrases.selector(p.pods()))
                    : Message.of("peer.podsOfNamespaces", Phrases.selector(p.pods()), Phrases.selector(p.namespaces()));
            List<Pod> pods = scope.pods(peer);
            return pods.isEmpty() ? Message.of("peer.now.noPod", written)
                    : Message.of("peer.now.pods", written, pods.size(), Phrases.pods(pods.stream().map(Pod::ref).toList(), ""));
        }
        if (peer instanceof AdminPeer.Nodes n) {
            List<ClusterNode> nodes = scope.nodes(n);
            Message written = n.nodes().isEmpty() ? Message.of("describe.admin.peerAllNodes")
                    : Message.of("describe.admin.peerNodes", Phrases.selector(n.nodes()));
            if (nodes.isEmpty()) {
                return Message.of("describe.admin.peerNodesNone", written);
            }
            List<String> names = nodes.stream().map(node -> node.name() + (node.addresses().isEmpty() ? ""
                    : " " + String.join(", ", node.addresses().stream().map(Object::toString).toList()))).toList();
            return Message.of("describe.admin.peerNodesNow", written, nodes.size(), Message.names(names));
        }
        if (peer instanceof AdminPeer.Networks n) {
            Message cidrs = Message.series(n.cidrs().stream().map(c -> Message.verbatim(c.toString())).toList());
            List<Pod> pods = scope.pods(peer);
            return pods.isEmpty() ? Message.of("describe.admin.peerNetworks", cidrs)
                    : Message.of("describe.admin.peerNetworksPods", cidrs, pods.size(),
                            Message.names(pods.stream().map(p -> p.ref().toString()).toList()));
        }
        if (peer instanceof AdminPeer.DomainNames d) {
            return Message.of("describe.admin.peerDomains", Message.names(d.names()));
        }
        return Message.of("describe.admin.peerEveryone", ((AdminPeer.Everyone) peer).unknownFields());
    }

    private Message namespacesNow(Message written, LabelSelector selector, List<Pod> pods) {
        List<String> names = scope.namespacesMatching(selector);
        if (names.isEmpty()) {
            return Message.of("peer.now.noNamespace", written);
        }
        return Message.of("peer.now.namespaces", written, names.size(), Message.names(names), pods.size());
    }
}
