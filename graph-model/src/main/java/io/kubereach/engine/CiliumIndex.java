package io.kubereach.engine;

import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Service;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cilium's rules with their selectors evaluated over pod classes and their peers over classes and
 * address ranges, for the {@link IndexedEngine}. A peer of the {@code host} or {@code remote-node}
 * entity depends on whether the remote end is on the judged pod's own node, which no class says:
 * the caller tells ({@code sameNode}). Immutable once built.
 */
final class CiliumIndex {

    /**
     * One peer, compiled: whom it matches whatever the nodes, only on the judged pod's own node,
     * only on another node, and perhaps.
     */
    record CompiledPeer(PeerBits always, PeerBits sameNode, PeerBits otherNode, PeerBits maybe) {

        static final CompiledPeer NOBODY = new CompiledPeer(PeerBits.NOBODY, PeerBits.NOBODY, PeerBits.NOBODY, PeerBits.NOBODY);

        static CompiledPeer always(BitSet classes, BitSet ranges) {
            return new CompiledPeer(new PeerBits(classes, ranges), PeerBits.NOBODY, PeerBits.NOBODY, PeerBits.NOBODY);
        }

        static CompiledPeer maybe(BitSet classes, BitSet ranges) {
            return new CompiledPeer(PeerBits.NOBODY, PeerBits.NOBODY, PeerBits.NOBODY, new PeerBits(classes, ranges));
        }

        Match match(boolean pod, int remote, boolean same) {
            if (hits(always, pod, remote) || hits(same ? sameNode : otherNode, pod, remote)) {
                return Match.YES;
            }
            return hits(maybe, pod, remote) ? Match.MAYBE : Match.NO;
        }

        private static boolean hits(PeerBits bits, boolean pod, int remote) {
            return pod ? bits.matchesClass(remote) : bits.matchesRange(remote);
        }
    }

    private static final BitSet NONE = new BitSet();

    private final List<List<CiliumRules.Member>> byClass;
    private final List<List<CiliumRules.Member>> distinctByClass;
    /** By member id, direction, deny (0 allow, 1 deny), item and peer. */
    private final CompiledPeer[][][][][] peers;
    private final boolean empty;

    private CiliumIndex(List<CiliumRules.Member> members, List<List<CiliumRules.Member>> byClass, CompiledPeer[][][][][] peers) {
        this.byClass = byClass;
        this.peers = peers;
        this.empty = members.isEmpty();
        // one number per distinct (rule, namespace), so that repeats are found by a number
        Map<List<Object>, Integer> ids = new HashMap<>();
        int[] signature = new int[members.size()];
        for (CiliumRules.Member m : members) {
            signature[m.id()] = ids.computeIfAbsent(List.of(m.rule(), m.namespace()), k -> ids.size());
        }
        List<List<CiliumRules.Member>> distinct = new ArrayList<>(byClass.size());
        for (List<CiliumRules.Member> list : byClass) {
            distinct.add(distinct(list, signature));
        }
        this.distinctByClass = List.copyOf(distinct);
    }

    /**
     * The members without repeats: of rules equal in every field (and in the policy's namespace,
     * which scopes their peers), only the first. A repeated rule matches what the first does, so
     * what the deny rules may deny and the allow rules admit is the same without it; the
     * explanations still list every rule.
     */
    private static List<CiliumRules.Member> distinct(List<CiliumRules.Member> members, int[] signature) {
        if (members.size() < 2) {
            return members;
        }
        Set<Integer> seen = new HashSet<>();
        List<CiliumRules.Member> out = new ArrayList<>(members.size());
        for (CiliumRules.Member m : members) {
            if (seen.add(signature[m.id()])) {
                out.add(m);
            }
        }
        return out.size() == members.size() ? members : List.copyOf(out);
    }

    /** Indexes the rules over the classes and ranges. */
    static CiliumIndex build(List<CiliumRules.Member> members, CniBits bits) {
        List<List<CiliumRules.Member>> byClass = new ArrayList<>(bits.classes.size());
        for (int c = 0; c < bits.classes.size(); c++) {
            byClass.add(new ArrayList<>(0));
        }
        CompiledPeer[][][][][] peers = new CompiledPeer[members.size()][2][2][][];
        for (CiliumRules.Member m : members) {
            CiliumSubject.Endpoints subject = (CiliumSubject.Endpoints) m.rule().subject();
            BitSet selected = bits.ciliumEndpoints(subject.selector());
            for (int c = selected.nextSetBit(0); c >= 0; c = selected.nextSetBit(c + 1)) {
                byClass.get(c).add(m);
            }
            for (Direction d : Direction.values()) {
                for (int deny = 0; deny < 2; deny++) {
                    List<CiliumPeerRule> items = CiliumRules.items(m, d, deny == 1);
                    CompiledPeer[][] compiled = new CompiledPeer[items.size()][];
                    for (int i = 0; i < items.size(); i++) {
                        List<CiliumPeer> list = items.get(i).peers();
                        compiled[i] = new CompiledPeer[list.size()];
                        for (int p = 0; p < list.size(); p++) {
                            compiled[i][p] = compile(list.get(p), m, bits);
                        }
                    }
                    peers[m.id()][d.ordinal()][deny] = compiled;
                }
            }
        }
        List<List<CiliumRules.Member>> frozen = new ArrayList<>(byClass.size());
        byClass.forEach(l -> frozen.add(List.copyOf(l)));
        return new CiliumIndex(members, List.copyOf(frozen), peers);
    }

    /** Whether there is no Cilium rule that selects endpoints. */
    boolean isEmpty() {
        return empty;
    }

    /** The rules that select the class's pods. */
    List<CiliumRules.Member> selecting(int podClass) {
        return byClass.get(podClass);
    }

    /** The rules that select the class's pods, repeats left out: enough for what they may allow and deny. */
    List<CiliumRules.Member> distinct(int podClass) {
        return distinctByClass.get(podClass);
    }

    /**
     * Every bit set a peer of the direction (allow or deny) of a rule selecting the class tests a
     * remote end against: over classes ({@code pod}) or ranges.
     */
    void remoteBits(Direction direction, int podClass, boolean pod, Consumer<BitSet> sink) {
        for (CiliumRules.Member m : byClass.get(podClass)) {
            for (CompiledPeer[][] items : peers[m.id()][direction.ordinal()]) {
                for (CompiledPeer[] item : items) {
                    for (CompiledPeer p : item) {
                        List.of(p.always(), p.sameNode(), p.otherNode(), p.maybe()).forEach(b -> sink.accept(pod ? b.classes() : b.ranges()));
                    }
                }
            }
        }
    }

    /** How peers match a remote end: a class ({@code pod}) or a range, on the judged pod's node or not. */
    CiliumRules.Matcher matcher(boolean pod, int remote, boolean sameNode) {
        return (m, direction, deny, item, peer) -> peers[m.id()][direction.ordinal()][deny ? 1 : 0][item][peer].match(pod, remote, sameNode);
    }

    /** Whom one peer matches ({@code cnipol-semantics.md} A5). */
    private static CompiledPeer compile(CiliumPeer peer, CiliumRules.Member m, CniBits bits) {
        if (peer instanceof CiliumPeer.Endpoints e) {
            return CompiledPeer.always((BitSet) bits.ciliumEndpoints(e.selector()).clone(), NONE);
        }
        if (peer instanceof CiliumPeer.Entity e) {
            return switch (e.entity()) {
                case ALL -> CompiledPeer.always(bits.allClasses, bits.allRanges);
                case WORLD -> CompiledPeer.always(NONE, bits.worldRanges);
                case WORLD_IPV4 -> CompiledPeer.always(NONE, bits.worldV4);
                case WORLD_IPV6 -> CompiledPeer.always(NONE, bits.worldV6);
                case CLUSTER -> CompiledPeer.always(bits.allClasses, CniBits.or(bits.nodeRanges, bits.apiServerRanges));
                case HOST -> new CompiledPeer(PeerBits.NOBODY, new PeerBits(bits.hostNetworkClasses, bits.nodeRanges), PeerBits.NOBODY,
                        PeerBits.NOBODY);
                case REMOTE_NODE -> new CompiledPeer(PeerBits.NOBODY, PeerBits.NOBODY, new PeerBits(bits.hostNetworkClasses, bits.nodeRanges),
                        PeerBits.NOBODY);
                case KUBE_APISERVER -> apiServer(bits);
                default -> CompiledPeer.NOBODY;
            };
        }
        if (peer instanceof CiliumPeer.Cidr c) {
            return CompiledPeer.always(NONE, CniBits.minus(bits.rangesOf(c.block()), bits.nodeRanges));
        }
        if (peer instanceof CiliumPeer.Nodes n) {
            Set<String> names = new HashSet<>();
            BitSet ranges = new BitSet();
            for (ClusterNode node : bits.context.nodes()) {
                if (n.selector().matches(node.labels())) {
                    names.add(node.name());
                    node.addresses().forEach(a -> ranges.set(bits.rangeOf(a)));
                }
            }
            return CompiledPeer.always(bits.hostNetworkOn(names), ranges);
        }
        if (peer instanceof CiliumPeer.Service s) {
            return service(s, m, bits);
        }
        return CompiledPeer.maybe(NONE, bits.worldRanges); // toFQDNs, CIDR groups, cloud groups
    }

    private static CompiledPeer apiServer(CniBits bits) {
        if (bits.context.apiServer().isEmpty()) {
            return CompiledPeer.maybe(bits.hostNetworkClasses, bits.allRanges);
        }
        BitSet classes = new BitSet();
        for (IpAddress a : bits.context.apiServer().get()) {
            classes.or(bits.classesIn(new io.kubereach.model.Cidr(a, a.bits())));
        }
        classes.and(bits.hostNetworkClasses);
        return CompiledPeer.always(classes, bits.apiServerRanges);
    }

    private static CompiledPeer service(CiliumPeer.Service s, CiliumRules.Member m, CniBits bits) {
        if (s.selector().isPresent()) {
            return CompiledPeer.maybe(bits.allClasses, bits.worldRanges);
        }
        String namespace = s.namespace().or(m::namespace).orElse("");
        BitSet classes = new BitSet();
        BitSet ranges = new BitSet();
        for (Service service : bits.context.services()) {
            if (!service.name().equals(s.name().get()) || !namespace.isEmpty() && !service.namespace().equals(namespace)) {
                continue;
            }
            if (service.selector().isPresent()) {
                for (PodClass c : bits.classes.classes()) {
                    if (!c.hostNetwork() && service.selects(c.representative())) {
                        classes.set(c.id());
                    }
                }
            } else {
                bits.context.outsideEndpoints(service).forEach(a -> ranges.set(bits.rangeOf(a)));
            }
        }
        ranges.andNot(bits.nodeRanges);
        return CompiledPeer.always(classes, ranges);
    }
}
