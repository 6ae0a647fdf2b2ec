package io.kubereach.describe;

import io.kubereach.cni.CniPolicyLanguages;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.model.CiliumEndpointLabels;
import io.kubereach.model.CiliumLabelRequirement;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PortSpec;
import io.kubereach.text.Message;
import io.kubereach.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes a CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy against one snapshot, in
 * plain words: how Cilium combines it with other policies, what each of its rules applies to now,
 * whether it isolates, each allow and deny rule with its peers and ports, and its traps (a rule
 * with no peer that denies everything, a peer that names only namespace labels yet stays in the
 * policy's namespace, a selector that matches no pod, a cluster whose CNI is not Cilium).
 */
public final class CiliumPolicyDescriber {

    /**
     * A policy described.
     *
     * @param policy the policy
     * @param traps its traps
     * @param sentences the description, traps included
     */
    public record Description(CiliumPolicy policy, List<Trap> traps, List<Sentence> sentences) {
        public Description {
            traps = List.copyOf(traps);
            sentences = List.copyOf(sentences);
        }
    }

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;
    private final CniPolicyLanguages languages;

    public CiliumPolicyDescriber(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
        this.languages = new CniPolicyLanguages(new CniRecognizer(snapshot).recognise());
    }

    /** The policy of this name: namespaced ({@code namespace} given) or clusterwide. */
    public Optional<CiliumPolicy> find(Optional<String> namespace, String name) {
        return snapshot.cniPolicies().cilium().stream().filter(p -> p.namespace().equals(namespace) && p.name().equals(name)).findFirst();
    }

    /** What a policy of this snapshot does, right now. */
    public Description describe(CiliumPolicy policy) {
        List<Sentence> out = new ArrayList<>();
        List<Trap> traps = new ArrayList<>();
        out.add(new Sentence(0, Message.of("describe.cilium.title", policy.kind(), policy.qualifiedName())));
        out.add(new Sentence(0, Message.of("describe.cilium.model")));
        for (int part = 0; part < policy.rules().size(); part++) {
            if (policy.rules().size() > 1) {
                out.add(new Sentence(0, Message.of("describe.cilium.part", String.valueOf(part + 1))));
            }
            rule(policy, policy.rules().get(part), out, traps);
        }
        languages.notEnforcedHere(CniPolicyLanguages.Language.CILIUM).ifPresent(m -> traps.add(new Trap(Trap.Kind.NOT_ENFORCED_HERE, m)));
        if (!traps.isEmpty()) {
            out.add(new Sentence(0, Message.of("describe.traps")));
            traps.forEach(t -> out.add(new Sentence(1, t.message())));
        }
        return new Description(policy, traps, out);
    }

    private void rule(CiliumPolicy policy, CiliumRule rule, List<Sentence> out, List<Trap> traps) {
        if (rule.subject() instanceof CiliumSubject.Nodes n) {
            out.add(new Sentence(0, Message.of("describe.cilium.nodes", n.selector().toString())));
            return;
        }
        CiliumSelector selector = ((CiliumSubject.Endpoints) rule.subject()).selector();
        List<PodRef> selected = snapshot.pods().stream().filter(p -> !p.hostNetwork() && selector.matches(labels(p))).map(Pod::ref)
                .sorted().toList();
        Message applies = policy.namespace().map(ns -> Message.of("describe.cilium.appliesIn", written(selector), ns))
                .orElse(Message.of("describe.cilium.appliesEverywhere", written(selector)));
        out.add(new Sentence(0, selected.isEmpty() ? Message.of("describe.selectedNone", applies)
                : Message.of("describe.selectedNow", applies, selected.size(), Phrases.pods(selected, policy.namespace().orElse("")))));
        if (selected.isEmpty()) {
            traps.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING, Message.of("trap.cilium.selectsNothing")));
        }
        for (Direction d : Direction.values()) {
            boolean ingress = d == Direction.INGRESS;
            if (rule.allows(d).isEmpty() && rule.denies(d).isEmpty()) {
                out.add(new Sentence(0, Message.of(rule.defaultDeny().isolates(d)
                        ? (ingress ? "describe.cilium.isolatesIngressOnly" : "describe.cilium.isolatesEgressOnly")
                        : (ingress ? "describe.cilium.noIngress" : "describe.cilium.noEgress"))));
                continue;
            }
            out.add(new Sentence(0, Message.of(rule.defaultDeny().isolates(d)
                    ? (ingress ? "describe.cilium.ingressIsolated" : "describe.cilium.egressIsolated")
                    : (ingress ? "describe.cilium.ingressOpen" : "describe.cilium.egressOpen"))));
            items(policy, rule.denies(d), d, true, out, traps);
            items(policy, rule.allows(d), d, false, out, traps);
        }
    }

    private void items(CiliumPolicy policy, List<CiliumPeerRule> items, Direction d, boolean deny, List<Sentence> out, List<Trap> traps) {
        String list = d.apiName().toLowerCase(java.util.Locale.ROOT) + (deny ? "Deny" : "");
        for (int i = 0; i < items.size(); i++) {
            CiliumPeerRule item = items.get(i);
            Message name = Message.of("explain.ciliumRule", list, String.valueOf(i + 1));
            String key = deny ? (d == Direction.INGRESS ? "describe.cilium.denyFrom" : "describe.cilium.denyTo")
                    : (d == Direction.INGRESS ? "describe.cilium.allowFrom" : "describe.cilium.allowTo");
            out.add(new Sentence(1, Message.of(key, name, ports(item.ports()))));
            if (item.peers().isEmpty()) {
                out.add(new Sentence(2, Message.of("describe.cilium.nobody")));
                traps.add(new Trap(Trap.Kind.CILIUM_RULE_MATCHES_NOTHING, Message.of("trap.cilium.emptyRule", name,
                        list + ": [{}]")));
            }
            for (CiliumPeer peer : item.peers()) {
                out.add(new Sentence(2, peer(peer, policy)));
                namespaceLabelsOnly(peer, policy).ifPresent(m -> traps.add(new Trap(Trap.Kind.CILIUM_NAMESPACE_LABELS_STAY, m)));
            }
            if (item.authenticationRequired()) {
                out.add(new Sentence(2, Message.of("describe.cilium.authentication")));
            }
            if (item.requires()) {
                out.add(new Sentence(2, Message.of("describe.cilium.requires")));
            }
        }
    }

    private static Message ports(CiliumPorts ports) {
        if (ports instanceof CiliumPorts.Every) {
            return Message.of("describe.admin.allPorts");
        }
        if (ports instanceof CiliumPorts.IcmpOnly) {
            return Message.of("describe.cilium.icmpOnly");
        }
        List<Message> out = new ArrayList<>();
        for (CiliumPortRule rule : ((CiliumPorts.Listed) ports).rules()) {
            Message listed = rule.ports().isEmpty() ? Message.of("describe.admin.allPorts")
                    : Message.of("describe.admin.ports", Message.names(rule.ports().stream().map(CiliumPolicyDescriber::port).toList()));
            out.add(rule.l7().isEmpty() ? listed : Message.of("describe.cilium.l7", listed,
                    Message.names(rule.l7().stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList())));
        }
        return Message.series(out);
    }

    private static String port(CiliumPort port) {
        String where = port.port() instanceof PortSpec.Range r ? (r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to())
                : port.port() instanceof PortSpec.Named n ? n.name() : "*";
        return where + "/" + port.protocol();
    }

    private Message peer(CiliumPeer peer, CiliumPolicy policy) {
        if (peer instanceof CiliumPeer.Endpoints e) {
            List<PodRef> now = snapshot.pods().stream().filter(p -> !p.hostNetwork() && e.selector().matches(labels(p))).map(Pod::ref)
                    .sorted().toList();
            Message pods = Message.of("describe.cilium.peerPods", written(e.selector()), scope(e.selector()));
            return now.isEmpty() ? Message.of("describe.cilium.none", pods)
                    : Message.of("describe.cilium.now", pods, now.size(), Phrases.pods(now, policy.namespace().orElse("")));
        }
        if (peer instanceof CiliumPeer.Entity e) {
            return Message.of("describe.cilium.entity", e.entity().apiName(), Message.of(entityKey(e.entity())));
        }
        if (peer instanceof CiliumPeer.Cidr c) {
            String except = c.block().except().isEmpty() ? "" : " except " + c.block().except().stream().map(Object::toString).toList();
            return Message.of("describe.cilium.cidr", c.block().cidr() + except);
        }
        if (peer instanceof CiliumPeer.CidrGroup g) {
            return Message.of("describe.cilium.cidrGroup", g.reference());
        }
        if (peer instanceof CiliumPeer.Nodes n) {
            return Message.of("describe.cilium.peerNodes", n.selector().toString());
        }
        if (peer instanceof CiliumPeer.Service s) {
            return s.name().map(name -> Message.of("describe.cilium.service", s.namespace().or(policy::namespace).map(n -> n + "/").orElse("")
                    + name)).orElseGet(() -> Message.of("describe.cilium.serviceSelector", Phrases.selector(s.selector().get())));
        }
        if (peer instanceof CiliumPeer.Fqdn f) {
            return Message.of("describe.cilium.fqdn", Message.names(f.patterns()));
        }
        return Message.of("describe.cilium.cloudGroup", ((CiliumPeer.CloudGroup) peer).provider());
    }

    private static String entityKey(io.kubereach.model.CiliumEntity entity) {
        return switch (entity) {
            case ALL -> "describe.cilium.entity.all";
            case WORLD -> "describe.cilium.entity.world";
            case WORLD_IPV4 -> "describe.cilium.entity.world-ipv4";
            case WORLD_IPV6 -> "describe.cilium.entity.world-ipv6";
            case CLUSTER -> "describe.cilium.entity.cluster";
            case HOST -> "describe.cilium.entity.host";
            case REMOTE_NODE -> "describe.cilium.entity.remote-node";
            case KUBE_APISERVER -> "describe.cilium.entity.kube-apiserver";
            case INGRESS -> "describe.cilium.entity.ingress";
            case HEALTH -> "describe.cilium.entity.health";
            case INIT -> "describe.cilium.entity.init";
            case UNMANAGED -> "describe.cilium.entity.unmanaged";
            case NONE -> "describe.cilium.entity.none";
        };
    }

    /** A namespaced policy's peer that names only namespace labels still stays in the policy's namespace. */
    private static Optional<Message> namespaceLabelsOnly(CiliumPeer peer, CiliumPolicy policy) {
        if (!(peer instanceof CiliumPeer.Endpoints e) || policy.clusterwide() || e.selector().requirements().isEmpty()
                || e.selector().implied().isEmpty()) {
            return Optional.empty();
        }
        boolean onlyNamespaceLabels = e.selector().requirements().stream()
                .allMatch(r -> r.key().startsWith(CiliumEndpointLabels.NAMESPACE_LABEL_PREFIX));
        return onlyNamespaceLabels ? Optional.of(Message.of("trap.cilium.namespaceLabels", written(e.selector()), policy.namespace().get()))
                : Optional.empty();
    }

    private static String written(CiliumSelector selector) {
        return selector.requirements().isEmpty() ? "{}" : selector.toString();
    }

    private static Message scope(CiliumSelector selector) {
        Optional<CiliumLabelRequirement> implied = selector.implied();
        if (implied.isEmpty()) {
            return Message.of("describe.cilium.scopeAsWritten");
        }
        return implied.get().values().isEmpty() ? Message.of("describe.cilium.scopeAnyNamespace")
                : Message.of("describe.cilium.scopeNamespace", implied.get().values().iterator().next());
    }

    private Map<String, String> labels(Pod pod) {
        return CiliumEndpointLabels.of(pod, namespaces.getOrDefault(pod.namespace(), Namespace.implied(pod.namespace())),
                CiliumEndpointLabels.DEFAULT_CLUSTER);
    }
}
