package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * The fast engine: indexes one snapshot once, then answers from bit sets and cached tables.
 * It gives the same answers as {@link LiteralEngine}, explanations included.
 *
 * <p>How: pods are grouped into {@link PodClass}es that no policy can tell apart; every
 * selector and ipBlock is evaluated once into bit sets over classes and over the
 * {@link AddressRanges} cut at every ipBlock boundary; each class knows the policies that
 * isolate it, and which cluster-wide policies apply to it, in walking order. {@link #reach}
 * fills three lazily computed tables (class → class, class → address range, address range →
 * class) whose equal answers share one interned {@link Reach}. {@link #verdict} walks only the
 * rules of the two classes involved.
 *
 * <p>Thread-safety: safe for concurrent queries from any number of threads. Everything built by
 * the constructor is immutable; the tables are filled without locks through atomic arrays and
 * a concurrent pool (see {@link ConnectionTable}).
 *
 * <p>A pod that is not in the snapshot and unlike every pod of it (a what-if pod in a new
 * namespace or with labels the classes do not cover) has no class; questions about it are
 * answered by a literal engine over the same snapshot.
 */
public final class IndexedEngine implements ReachabilityEngine {

    private final Exemptions exemptions;
    private final AddressRanges ranges;
    private final PodClassIndex classes;
    private final IndexedSides sides;
    private final ConnectionTable podToPod;
    private final ConnectionTable podToPodSameNode;
    private final ConnectionTable podToAddress;
    private final ConnectionTable addressToPod;
    private final LiteralEngine strangers;
    private final CniContext context;
    private final boolean nodeRelative;
    /** A side's facts on some connections: from the shared sides' groups, or worked out for each pair. */
    private final FactsOfSides facts;

    /** Where {@link #sideFacts(Peer, Peer, List)} takes a side's facts from. */
    private interface FactsOfSides {
        List<SideFacts> of(Direction direction, int judged, IndexedSides.Remote kind, int remote, boolean sameNode,
                List<PortProtocol> connections);
    }

    /** Indexes a snapshot under these options. */
    public IndexedEngine(ClusterSnapshot snapshot, EngineOptions options) {
        this(snapshot, options, true);
    }

    /**
     * Indexes a snapshot; pod pairs and pods with address ranges are answered from sides shared by
     * the remote classes or ranges no rule tells apart ({@link SideCache}), or, for tests that hold
     * the two to equal answers, side by side.
     */
    IndexedEngine(ClusterSnapshot snapshot, EngineOptions options, boolean shareSides) {
        List<NetworkPolicy> policies = snapshot.policies();
        this.strangers = new LiteralEngine(snapshot, options);
        this.exemptions = new Exemptions(snapshot.nodes(), strangers::egressJudgedByCni);
        this.context = new CniContext(snapshot);
        Unjudged unjudged = new Unjudged(snapshot, context);
        CniVocabulary cni = CniVocabulary.of(snapshot, context, unjudged);
        this.nodeRelative = cni.nodeRelative();
        List<IpBlock> policyBlocks = ipBlocks(policies);
        List<IpBlock> networkBlocks = AdminIndex.networkBlocks(snapshot.adminPolicies());
        List<IpBlock> blocks = new ArrayList<>(policyBlocks);
        blocks.addAll(networkBlocks);
        blocks.addAll(AdminIndex.nodeBlocks(snapshot.adminPolicies(), snapshot.nodes()));
        blocks.addAll(cni.rangeBlocks());
        this.ranges = AddressRanges.cut(blocks);
        // the blocks that may match pod IPs: networks of cluster-wide policies and Calico nets always, ipBlocks when asked (rule 13)
        BitSet podBlocks = new BitSet();
        networkBlocks.forEach(b -> podBlocks.set(ranges.blockId(b)));
        cni.podBlocks().forEach(b -> podBlocks.set(ranges.blockId(b)));
        if (options.ipBlocksMatchPodIps()) {
            policyBlocks.forEach(b -> podBlocks.set(ranges.blockId(b)));
        }
        this.classes = PodClassIndex.group(snapshot.pods(), PolicyVocabulary.of(policies, snapshot.adminPolicies()).with(cni), ranges,
                podBlocks);
        SelectorBits selectors = new SelectorBits(classes, snapshot.namespacesByName());
        PolicyIndex policyIndex = PolicyIndex.build(policies, classes, selectors, ranges, options);
        AdminIndex adminIndex = AdminIndex.build(snapshot.adminPolicies(), classes, selectors, ranges, snapshot.nodes());
        CniBits bits = new CniBits(classes, ranges, context);
        IndexedSides indexedSides = new IndexedSides(classes, ClassIsolation.of(policyIndex, classes.size()), adminIndex,
                new PolicyGaps(snapshot), TierPlan.of(snapshot), CiliumIndex.build(CiliumRules.members(snapshot), bits),
                CalicoIndex.build(snapshot.cniPolicies().calico(), bits), UnjudgedIndex.build(unjudged, bits), context);
        this.sides = indexedSides;
        ConcurrentMap<Reach, Reach> pool = ConnectionTable.newPool();
        int n = classes.size();
        int r = ranges.rangeCount();
        // rule 5: egress allowed at the source AND ingress allowed at the destination
        // an address outside the cluster has no side of its own; a pod and its own node's address are exempt
        if (shareSides) {
            SideCache cache = new SideCache(indexedSides, classes, ranges, pool);
            this.podToPod = ConnectionTable.ofInterned(n, n, (src, dst) -> cache.pair(src, dst, false));
            this.podToPodSameNode = ConnectionTable.ofInterned(n, n, (src, dst) -> cache.pair(src, dst, true));
            this.podToAddress = ConnectionTable.ofInterned(n, r, (src, range) -> cache.withRange(Direction.EGRESS, src, range));
            this.addressToPod = ConnectionTable.ofInterned(r, n, (range, dst) -> cache.withRange(Direction.INGRESS, dst, range));
            this.facts = cache::facts;
        } else {
            this.podToPod = new ConnectionTable(n, n, (src, dst) -> pair(indexedSides, src, dst, false), pool);
            this.podToPodSameNode = new ConnectionTable(n, n, (src, dst) -> pair(indexedSides, src, dst, true), pool);
            this.podToAddress = new ConnectionTable(n, r,
                    (src, range) -> indexedSides.sets(Direction.EGRESS, src, IndexedSides.Remote.ADDRESS_RANGE, range, false).alone(), pool);
            this.addressToPod = new ConnectionTable(r, n,
                    (range, dst) -> indexedSides.sets(Direction.INGRESS, dst, IndexedSides.Remote.ADDRESS_RANGE, range, false).alone(), pool);
            this.facts = indexedSides::facts;
        }
    }

    /** Rule 5 for one pod pair, both sides worked out now ({@link SideCache#pair} gives the same answer from shared sides). */
    private static Reach pair(IndexedSides sides, int src, int dst, boolean sameNode) {
        SideSets egress = sides.sets(Direction.EGRESS, src, IndexedSides.Remote.POD_CLASS, dst, sameNode);
        if (egress.deniesEverything()) {
            return egress.alone(); // denied at the source whatever the destination says
        }
        return SideSets.pair(egress, sides.sets(Direction.INGRESS, dst, IndexedSides.Remote.POD_CLASS, src, sameNode));
    }

    /** Indexes a snapshot under the default options. */
    public IndexedEngine(ClusterSnapshot snapshot) {
        this(snapshot, EngineOptions.DEFAULTS);
    }

    @Override
    public Reach reach(Peer src, Peer dst) {
        if (exemptions.of(src, dst) != Verdict.Exemption.NONE) {
            return Reach.all();
        }
        int srcClass = classOf(src);
        int dstClass = classOf(dst);
        if (srcClass == PodClassIndex.NO_CLASS || dstClass == PodClassIndex.NO_CLASS) {
            return strangers.reach(src, dst);
        }
        if (src instanceof Peer.External e) {
            return addressToPod.get(ranges.rangeOf(e.address()), dstClass);
        }
        if (dst instanceof Peer.External e) {
            if (exemptions.judgedOwnNodeEgress(src, dst)) {
                return strangers.reach(src, dst); // the tables judge addresses as on another node (Cilium's host entity)
            }
            return podToAddress.get(srcClass, ranges.rangeOf(e.address()));
        }
        Pod a = ((Peer.PodPeer) src).pod();
        Pod b = ((Peer.PodPeer) dst).pod();
        // Cilium's host and remote-node entities tell a host-network pod on the judged pod's node from one elsewhere
        boolean sameNode = nodeRelative && (a.hostNetwork() || b.hostNetwork()) && sameNode(src, dst);
        return (sameNode ? podToPodSameNode : podToPod).get(srcClass, dstClass);
    }

    @Override
    public Verdict verdict(Peer src, Peer dst, Protocol protocol, int port) {
        int srcClass = classOf(src);
        int dstClass = classOf(dst);
        if (srcClass == PodClassIndex.NO_CLASS || dstClass == PodClassIndex.NO_CLASS) {
            return strangers.verdict(src, dst, protocol, port);
        }
        Verdict.Exemption exemption = exemptions.of(src, dst);
        boolean sameNode = sameNode(src, dst);
        SideVerdict egress = src instanceof Peer.External
                ? SideVerdict.external(Direction.EGRESS)
                : sides.explain(Direction.EGRESS, srcClass, kind(dst), id(dst, dstClass), sameNode, protocol, port);
        SideVerdict ingress = dst instanceof Peer.External
                ? SideVerdict.external(Direction.INGRESS)
                : sides.explain(Direction.INGRESS, dstClass, kind(src), id(src, srcClass), sameNode, protocol, port);
        Answer answer = exemption != Verdict.Exemption.NONE ? Answer.ALLOWED : egress.answer().and(ingress.answer());
        return new Verdict(src, dst, new PortProtocol(port, protocol), answer, exemption, egress, ingress, Caveats.of(src, dst, answer, egress, ingress));
    }

    /** Whether two ends are on one node: two pods scheduled there, or a pod and one of its node's addresses. */
    private boolean sameNode(Peer src, Peer dst) {
        if (src instanceof Peer.PodPeer a && dst instanceof Peer.PodPeer b) {
            return a.pod().node().isPresent() && a.pod().node().equals(b.pod().node());
        }
        Peer.PodPeer pod = src instanceof Peer.PodPeer p ? p : dst instanceof Peer.PodPeer p2 ? p2 : null;
        Peer.External address = src instanceof Peer.External e ? e : dst instanceof Peer.External e2 ? e2 : null;
        return pod != null && address != null && pod.pod().node().isPresent()
                && context.nodeOf(address.address()).equals(pod.pod().node());
    }

    @Override
    public SideFacts.Pair sideFacts(Peer src, Peer dst, Protocol protocol, int port) {
        int srcClass = classOf(src);
        int dstClass = classOf(dst);
        if (srcClass == PodClassIndex.NO_CLASS || dstClass == PodClassIndex.NO_CLASS) {
            return strangers.sideFacts(src, dst, protocol, port);
        }
        boolean sameNode = sameNode(src, dst);
        SideFacts egress = src instanceof Peer.External ? SideFacts.of(SideVerdict.external(Direction.EGRESS))
                : sides.facts(Direction.EGRESS, srcClass, kind(dst), id(dst, dstClass), sameNode, protocol, port);
        SideFacts ingress = dst instanceof Peer.External ? SideFacts.of(SideVerdict.external(Direction.INGRESS))
                : sides.facts(Direction.INGRESS, dstClass, kind(src), id(src, srcClass), sameNode, protocol, port);
        return SideFacts.Pair.of(egress, ingress);
    }

    @Override
    public List<SideFacts.Pair> sideFacts(Peer src, Peer dst, List<PortProtocol> connections) {
        int srcClass = classOf(src);
        int dstClass = classOf(dst);
        if (srcClass == PodClassIndex.NO_CLASS || dstClass == PodClassIndex.NO_CLASS) {
            return strangers.sideFacts(src, dst, connections);
        }
        boolean sameNode = sameNode(src, dst);
        List<SideFacts> egress = src instanceof Peer.External
                ? Collections.nCopies(connections.size(), SideFacts.of(SideVerdict.external(Direction.EGRESS)))
                : facts.of(Direction.EGRESS, srcClass, kind(dst), id(dst, dstClass), sameNode, connections);
        List<SideFacts> ingress = dst instanceof Peer.External
                ? Collections.nCopies(connections.size(), SideFacts.of(SideVerdict.external(Direction.INGRESS)))
                : facts.of(Direction.INGRESS, dstClass, kind(src), id(src, srcClass), sameNode, connections);
        List<SideFacts.Pair> out = new ArrayList<>(connections.size());
        for (int i = 0; i < connections.size(); i++) {
            out.add(SideFacts.Pair.of(egress.get(i), ingress.get(i)));
        }
        return out;
    }

    /** The pod classes, for tests of the parts. */
    PodClassIndex classIndex() {
        return classes;
    }

    /** The sides, for tests of the parts. */
    IndexedSides sides() {
        return sides;
    }

    /** The address ranges, for tests of the parts. */
    AddressRanges ranges() {
        return ranges;
    }

    /** The peer's class; 0 for an address (which has none, and needs none); {@link PodClassIndex#NO_CLASS} for a stranger. */
    private int classOf(Peer peer) {
        return peer instanceof Peer.PodPeer p ? classes.classOf(p.pod()) : 0;
    }

    private static IndexedSides.Remote kind(Peer remote) {
        return remote instanceof Peer.PodPeer ? IndexedSides.Remote.POD_CLASS : IndexedSides.Remote.ADDRESS_RANGE;
    }

    private int id(Peer remote, int podClass) {
        return remote instanceof Peer.External e ? ranges.rangeOf(e.address()) : podClass;
    }

    private static List<IpBlock> ipBlocks(List<NetworkPolicy> policies) {
        List<IpBlock> out = new ArrayList<>();
        for (NetworkPolicy policy : policies) {
            for (Direction direction : Direction.values()) {
                for (PolicyRule rule : policy.rules(direction)) {
                    for (PolicyPeer peer : rule.peers()) {
                        if (peer instanceof PolicyPeer.Addresses a) {
                            out.add(a.block());
                        }
                    }
                }
            }
        }
        return out;
    }
}
