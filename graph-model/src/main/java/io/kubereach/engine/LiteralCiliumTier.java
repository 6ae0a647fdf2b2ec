package io.kubereach.engine;

import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.model.Service;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cilium's policies read literally from {@code cnipol-semantics.md} part A for the
 * {@link LiteralEngine}: every question walks every rule. A rule selects pods by their identity
 * labels (never a host-network pod); its deny rules beat every allow; its allow rules join the
 * NetworkPolicy tier, where a rule that is default-deny for a direction isolates the pod.
 */
final class LiteralCiliumTier {

    /**
     * One rule of a policy ({@code spec}, or an item of {@code specs}).
     *
     * @param ref how explanations name it
     * @param rule the rule
     * @param namespace the policy's namespace; empty for a clusterwide policy
     */
    record Member(PolicyRef ref, CiliumRule rule, Optional<String> namespace) {
    }

    /**
     * A peer's match, with why it only may match.
     *
     * @param match whether it matches
     * @param why why it cannot be judged, when it only may
     */
    record PeerMatch(Match match, Optional<Uncertainty> why) {
        static final PeerMatch NO = new PeerMatch(Match.NO, Optional.empty());
        static final PeerMatch YES = new PeerMatch(Match.YES, Optional.empty());
    }

    private final List<Member> members = new ArrayList<>();
    private final CniContext context;

    LiteralCiliumTier(ClusterSnapshot snapshot, CniContext context) {
        this.context = context;
        for (CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
            for (int part = 0; part < policy.rules().size(); part++) {
                CiliumRule rule = policy.rules().get(part);
                if (rule.subject() instanceof CiliumSubject.Endpoints) {
                    members.add(new Member(ref(policy, part), rule, policy.namespace()));
                }
            }
        }
    }

    /** How explanations name a rule of a Cilium policy. */
    static PolicyRef ref(CiliumPolicy policy, int part) {
        return new PolicyRef(policy.kind(), policy.qualifiedName(), OptionalInt.empty(), PolicyLanguage.CILIUM, "", part);
    }

    /** The rules whose endpoint selector selects the pod; Cilium never selects a host-network pod. */
    List<Member> selecting(Pod pod) {
        if (pod.hostNetwork() || members.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, String> labels = context.ciliumLabels(pod);
        return members.stream().filter(m -> ((CiliumSubject.Endpoints) m.rule().subject()).selector().matches(labels)).toList();
    }

    /** Whether one of the rules makes the pod default-deny for the direction. */
    static boolean isolates(List<Member> selecting, Direction direction) {
        return selecting.stream().anyMatch(m -> m.rule().defaultDeny().isolates(direction));
    }

    /** The rules that isolate the pod for the direction. */
    static List<PolicyRef> isolating(List<Member> selecting, Direction direction) {
        return selecting.stream().filter(m -> m.rule().defaultDeny().isolates(direction)).map(Member::ref).toList();
    }

    // ---- the deny tier ----

    /** What the deny rules may deny: each rule at one rank, the first match decides; the rest goes on. */
    Possibilities denySets(List<Member> selecting, Pod judged, Peer remote, Peer destination, Direction direction) {
        List<Possibilities.PolicySets> group = new ArrayList<>();
        for (Member m : selecting) {
            if (!inDenyTier(m, direction)) {
                continue;
            }
            List<Possibilities.RuleSets> rules = new ArrayList<>();
            for (CiliumPeerRule item : m.rule().denies(direction)) {
                Match peer = peer(item, m, judged, remote, direction).match();
                ConnectionSet ports = peer == Match.NO ? ConnectionSet.none() : CniPorts.cilium(item.ports(), NamedPorts.of(destination));
                rules.add(new Possibilities.RuleSets(RuleAction.DENY, peer == Match.YES ? ports : ConnectionSet.none(),
                        peer == Match.MAYBE ? ports : ConnectionSet.none()));
            }
            if (requires(m, direction)) {
                rules.add(new Possibilities.RuleSets(RuleAction.DENY, ConnectionSet.none(), ConnectionSet.all()));
            }
            group.add(Possibilities.PolicySets.firstMatch(rules));
        }
        if (group.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        return Possibilities.ofTier(List.of(Possibilities.PolicySets.anyOrder(group)), false);
    }

    /** The deny tier's outcome for one connection. */
    TierOutcome denyOutcome(List<Member> selecting, Pod judged, Peer remote, Peer destination, Direction direction,
            Protocol protocol, int port) {
        List<OrderedTierWalk.PolicyProbe> probes = new ArrayList<>();
        for (Member m : selecting) {
            if (!inDenyTier(m, direction)) {
                continue;
            }
            List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
            List<CiliumPeerRule> items = m.rule().denies(direction);
            for (int i = 0; i < items.size(); i++) {
                probe(m, i, items.get(i), RuleAction.DENY, judged, remote, destination, direction, protocol, port).ifPresent(matching::add);
            }
            if (requires(m, direction)) {
                matching.add(requiresProbe(m, direction));
            }
            probes.add(new OrderedTierWalk.PolicyProbe(m.ref(), 0, matching));
        }
        return OrderedTierWalk.walk(TierKind.CILIUM_DENY, "", probes, false);
    }

    /** A rule takes part in the deny tier of a direction when it has deny rules there, or requirements that are not evaluated. */
    static boolean inDenyTier(Member m, Direction direction) {
        return !m.rule().denies(direction).isEmpty() || requires(m, direction);
    }

    /** Whether a rule has {@code fromRequires}/{@code toRequires} for the direction: they may narrow every allow of its pods. */
    static boolean requires(Member m, Direction direction) {
        return m.rule().allows(direction).stream().anyMatch(CiliumPeerRule::requires)
                || m.rule().denies(direction).stream().anyMatch(CiliumPeerRule::requires);
    }

    /** The requirement that is not evaluated: it may deny anything of the rule's pods. */
    static OrderedTierWalk.RuleProbe requiresProbe(Member m, Direction direction) {
        int index = 0;
        List<CiliumPeerRule> items = m.rule().allows(direction);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).requires()) {
                index = i;
                break;
            }
        }
        RuleHit hit = new RuleHit(m.ref(), index, "", RuleAction.DENY, -1, -1, false);
        return new OrderedTierWalk.RuleProbe(hit, Optional.of(new Uncertainty.RuleNotJudged(m.ref(), index,
                Message.of("notJudged.ciliumRequires"))));
    }

    // ---- the allow rules, in the NetworkPolicy tier ----

    /**
     * What the allow rules of the selecting rules admit: certainly, and perhaps.
     *
     * @param certain admitted for sure
     * @param maybe perhaps admitted (a peer that cannot be judged)
     */
    record Admitted(ConnectionSet certain, ConnectionSet maybe) {
    }

    /** The union of the ports of every allow rule whose peer matches the remote end. */
    Admitted admitted(List<Member> selecting, Pod judged, Peer remote, Peer destination, Direction direction) {
        ConnectionSet certain = ConnectionSet.none();
        ConnectionSet maybe = ConnectionSet.none();
        for (Member m : selecting) {
            for (CiliumPeerRule item : m.rule().allows(direction)) {
                Match peer = peer(item, m, judged, remote, direction).match();
                if (peer == Match.NO) {
                    continue;
                }
                ConnectionSet ports = CniPorts.cilium(item.ports(), NamedPorts.of(destination));
                if (peer == Match.YES) {
                    certain = certain.union(ports);
                } else {
                    maybe = maybe.union(ports);
                }
            }
        }
        return new Admitted(certain, maybe);
    }

    /** Every allow rule that matches or may match one connection, rule by rule. */
    List<OrderedTierWalk.RuleProbe> admissions(List<Member> selecting, Pod judged, Peer remote, Peer destination, Direction direction,
            Protocol protocol, int port) {
        List<OrderedTierWalk.RuleProbe> out = new ArrayList<>();
        for (Member m : selecting) {
            List<CiliumPeerRule> items = m.rule().allows(direction);
            for (int i = 0; i < items.size(); i++) {
                probe(m, i, items.get(i), RuleAction.ALLOW, judged, remote, destination, direction, protocol, port).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The probe of one rule item for one connection: its first certainly matching peer (else the first that may) and port rule. */
    private Optional<OrderedTierWalk.RuleProbe> probe(Member m, int index, CiliumPeerRule item, RuleAction action, Pod judged,
            Peer remote, Peer destination, Direction direction, Protocol protocol, int port) {
        int entry = CniPorts.firstCilium(item.ports(), NamedPorts.of(destination), protocol, port);
        if (entry == CniPorts.NONE) {
            return Optional.empty();
        }
        int first = -1;
        PeerMatch firstMatch = PeerMatch.NO;
        for (int p = 0; p < item.peers().size(); p++) {
            PeerMatch match = peer(item.peers().get(p), m, judged, remote, direction, index);
            if (match.match() == Match.YES) {
                first = p;
                firstMatch = match;
                break;
            }
            if (match.match() == Match.MAYBE && first < 0) {
                first = p;
                firstMatch = match;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        boolean certain = firstMatch.match() == Match.YES;
        boolean filtered = item.authenticationRequired() || CniPorts.ciliumFiltered(item.ports(), entry);
        RuleHit hit = new RuleHit(m.ref(), index, "", action, first, entry, certain, filtered);
        return Optional.of(new OrderedTierWalk.RuleProbe(hit, certain ? Optional.empty() : firstMatch.why()));
    }

    private PeerMatch peer(CiliumPeerRule item, Member m, Pod judged, Peer remote, Direction direction) {
        PeerMatch best = PeerMatch.NO;
        for (CiliumPeer peer : item.peers()) {
            PeerMatch match = peer(peer, m, judged, remote, direction, 0);
            if (match.match() == Match.YES) {
                return match;
            }
            if (match.match() == Match.MAYBE) {
                best = match;
            }
        }
        return best;
    }

    /** Whether one peer matches the remote end ({@code cnipol-semantics.md} A5). */
    private PeerMatch peer(CiliumPeer peer, Member m, Pod judged, Peer remote, Direction direction, int index) {
        Optional<Pod> pod = remote instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
        Optional<IpAddress> address = remote instanceof Peer.External e ? Optional.of(e.address()) : Optional.empty();
        boolean outside = address.isPresent() && !context.isNodeAddress(address.get()); // the world: no pod, no node
        if (peer instanceof CiliumPeer.Endpoints e) {
            return yes(pod.isPresent() && !pod.get().hostNetwork() && e.selector().matches(context.ciliumLabels(pod.get())));
        }
        if (peer instanceof CiliumPeer.Entity e) {
            return entity(e.entity(), m, judged, pod, address, index);
        }
        if (peer instanceof CiliumPeer.Cidr c) {
            return yes(outside && c.block().contains(address.get()));
        }
        if (peer instanceof CiliumPeer.Nodes n) {
            Optional<String> node = pod.filter(Pod::hostNetwork).flatMap(Pod::node).or(() -> address.flatMap(context::nodeOf));
            return yes(node.flatMap(context::node).map(ClusterNode::labels).filter(n.selector()::matches).isPresent());
        }
        if (peer instanceof CiliumPeer.Service s) {
            return service(s, m, pod, address, outside, index);
        }
        if (!outside) {
            return PeerMatch.NO;
        }
        Uncertainty why = peer instanceof CiliumPeer.Fqdn f ? new Uncertainty.DomainNames(m.ref(), index, "", f.patterns())
                : peer instanceof CiliumPeer.CidrGroup g
                ? new Uncertainty.RuleNotJudged(m.ref(), index, Message.of("notJudged.ciliumCidrGroup", g.reference()))
                : new Uncertainty.RuleNotJudged(m.ref(), index, Message.of("notJudged.ciliumCloudGroup",
                        ((CiliumPeer.CloudGroup) peer).provider()));
        return new PeerMatch(Match.MAYBE, Optional.of(why));
    }

    private PeerMatch entity(CiliumEntity entity, Member m, Pod judged, Optional<Pod> pod, Optional<IpAddress> address, int index) {
        boolean node = address.map(context::isNodeAddress).orElse(false) || pod.map(Pod::hostNetwork).orElse(false);
        Optional<String> remoteNode = pod.filter(Pod::hostNetwork).flatMap(Pod::node).or(() -> address.flatMap(context::nodeOf));
        boolean sameNode = node && judged.node().isPresent() && remoteNode.equals(judged.node());
        boolean world = address.isPresent() && !context.isNodeAddress(address.get());
        return switch (entity) {
            case ALL -> PeerMatch.YES;
            case WORLD -> yes(world);
            case WORLD_IPV4 -> yes(world && !address.get().v6());
            case WORLD_IPV6 -> yes(world && address.get().v6());
            case CLUSTER -> yes(pod.isPresent() || node || address.filter(a -> context.apiServer().map(s -> s.contains(a)).orElse(false)).isPresent());
            case HOST -> yes(node && sameNode);
            case REMOTE_NODE -> yes(node && !sameNode);
            case KUBE_APISERVER -> apiServer(m, pod, address, index);
            default -> PeerMatch.NO; // ingress, health, init, unmanaged, none: no pod, no address KubeReach knows
        };
    }

    private PeerMatch apiServer(Member m, Optional<Pod> pod, Optional<IpAddress> address, int index) {
        if (pod.isPresent() && !pod.get().hostNetwork()) {
            return PeerMatch.NO;
        }
        List<IpAddress> addresses = pod.map(Pod::ips).orElseGet(() -> List.of(address.get()));
        if (context.apiServer().isPresent()) {
            return yes(addresses.stream().anyMatch(context.apiServer().get()::contains));
        }
        return new PeerMatch(Match.MAYBE, Optional.of(new Uncertainty.RuleNotJudged(m.ref(), index, Message.of("notJudged.apiServer"))));
    }

    /** {@code toServices}: the pods a Service selects, or the addresses outside the pods of a Service without a selector. */
    private PeerMatch service(CiliumPeer.Service s, Member m, Optional<Pod> pod, Optional<IpAddress> address, boolean outside, int index) {
        if (s.selector().isPresent()) {
            return new PeerMatch(pod.isPresent() || outside ? Match.MAYBE : Match.NO,
                    Optional.of(new Uncertainty.RuleNotJudged(m.ref(), index, Message.of("notJudged.ciliumServiceSelector"))));
        }
        String namespace = s.namespace().or(m::namespace).orElse("");
        for (Service service : context.services()) {
            if (!service.name().equals(s.name().get()) || !namespace.isEmpty() && !service.namespace().equals(namespace)) {
                continue;
            }
            if (service.selector().isPresent()) {
                if (pod.isPresent() && !pod.get().hostNetwork() && service.selects(pod.get())) {
                    return PeerMatch.YES;
                }
            } else if (outside && context.outsideEndpoints(service).contains(address.get())) {
                return PeerMatch.YES;
            }
        }
        return PeerMatch.NO;
    }

    private static PeerMatch yes(boolean match) {
        return match ? PeerMatch.YES : PeerMatch.NO;
    }
}
