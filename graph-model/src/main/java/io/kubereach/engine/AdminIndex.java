package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.PolicySubject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The cluster-wide policies with their subjects and peers evaluated into bit sets over pod
 * classes and address ranges, and for every class, direction and tier the policies that apply
 * to it, in walking order. Immutable once built.
 */
final class AdminIndex {

    /**
     * One policy, indexed.
     *
     * @param ref how explanations name it
     * @param rank its precedence in its tier (its priority)
     * @param ingress its ingress rules
     * @param egress its egress rules
     */
    record IndexedAdminPolicy(PolicyRef ref, int rank, List<IndexedAdminRule> ingress, List<IndexedAdminRule> egress) {
        IndexedAdminPolicy {
            ingress = List.copyOf(ingress);
            egress = List.copyOf(egress);
        }

        List<IndexedAdminRule> rules(Direction direction) {
            return direction == Direction.INGRESS ? ingress : egress;
        }
    }

    private static final IndexedAdminPolicy[] NONE = new IndexedAdminPolicy[0];

    /** By tier (ADMIN 0, BASELINE 1), direction (INGRESS 0, EGRESS 1) and class: the policies that apply. */
    private final IndexedAdminPolicy[][][][] applying;
    private final boolean empty;

    private AdminIndex(IndexedAdminPolicy[][][][] applying, boolean empty) {
        this.applying = applying;
        this.empty = empty;
    }

    /** Whether there is no cluster-wide policy at all. */
    boolean isEmpty() {
        return empty;
    }

    /** The policies of a cluster-wide tier that apply to a class for a direction, in walking order. */
    IndexedAdminPolicy[] applying(TierKind tier, Direction direction, int podClass) {
        return applying[tier == TierKind.ADMIN ? 0 : 1][direction.ordinal()][podClass];
    }

    /** The {@code networks} CIDRs of cluster-wide policies, as blocks to cut the address space at; they may match pod IPs. */
    static List<IpBlock> networkBlocks(List<AdminPolicy> policies) {
        List<IpBlock> out = new ArrayList<>();
        for (AdminPeer peer : peers(policies)) {
            if (peer instanceof AdminPeer.Networks n) {
                n.cidrs().forEach(c -> out.add(new IpBlock(c, List.of())));
            }
        }
        return out;
    }

    /** Every node address, as a block to cut the address space at, when some {@code nodes} peer may match it. */
    static List<IpBlock> nodeBlocks(List<AdminPolicy> policies, List<ClusterNode> nodes) {
        if (peers(policies).stream().noneMatch(p -> p instanceof AdminPeer.Nodes)) {
            return List.of();
        }
        List<IpBlock> out = new ArrayList<>();
        nodes.forEach(n -> n.addresses().forEach(a -> out.add(new IpBlock(new Cidr(a, a.bits()), List.of()))));
        return out;
    }

    private static List<AdminPeer> peers(List<AdminPolicy> policies) {
        List<AdminPeer> out = new ArrayList<>();
        for (AdminPolicy policy : policies) {
            for (Direction direction : Direction.values()) {
                policy.rules(direction).forEach(rule -> out.addAll(rule.peers()));
            }
        }
        return out;
    }

    /** Indexes the policies over classes and ranges. */
    static AdminIndex build(List<AdminPolicy> policies, PodClassIndex classes, SelectorBits selectors, AddressRanges ranges,
            List<ClusterNode> nodes) {
        int n = classes.size();
        BitSet podNetwork = new BitSet(n);
        BitSet all = new BitSet(n);
        all.set(0, n);
        for (PodClass c : classes.classes()) {
            if (!c.hostNetwork()) {
                podNetwork.set(c.id());
            }
        }
        Compiler compiler = new Compiler(classes, selectors, ranges, nodes, podNetwork);
        IndexedAdminPolicy[][][][] applying = new IndexedAdminPolicy[2][2][n][];
        List<List<List<List<IndexedAdminPolicy>>>> perClass = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            List<List<List<IndexedAdminPolicy>>> byDirection = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                List<List<IndexedAdminPolicy>> byClass = new ArrayList<>(n);
                for (int c = 0; c < n; c++) {
                    byClass.add(new ArrayList<>(0));
                }
                byDirection.add(byClass);
            }
            perClass.add(byDirection);
        }
        for (TierKind tier : List.of(TierKind.ADMIN, TierKind.BASELINE)) {
            int t = tier == TierKind.ADMIN ? 0 : 1;
            for (AdminPolicy policy : AdminOrder.of(policies, tier)) {
                BitSet subjects = compiler.subjects(policy.subject());
                subjects.and(podNetwork); // host-network pods are never a subject
                IndexedAdminPolicy indexed = new IndexedAdminPolicy(AdminOrder.ref(policy), policy.priority(),
                        compiler.rules(policy, Direction.INGRESS), compiler.rules(policy, Direction.EGRESS));
                for (Direction direction : Direction.values()) {
                    if (policy.rules(direction).isEmpty()) {
                        continue; // a policy with no rules for a direction does not affect it
                    }
                    List<List<IndexedAdminPolicy>> byClass = perClass.get(t).get(direction.ordinal());
                    subjects.stream().forEach(c -> byClass.get(c).add(indexed));
                }
            }
            for (int d = 0; d < 2; d++) {
                for (int c = 0; c < n; c++) {
                    List<IndexedAdminPolicy> list = perClass.get(t).get(d).get(c);
                    applying[t][d][c] = list.isEmpty() ? NONE : list.toArray(IndexedAdminPolicy[]::new);
                }
            }
        }
        return new AdminIndex(applying, policies.isEmpty());
    }

    /** Turns subjects and peers into bit sets. */
    private static final class Compiler {
        private final PodClassIndex classes;
        private final SelectorBits selectors;
        private final AddressRanges ranges;
        private final List<ClusterNode> nodes;
        private final BitSet podNetwork;

        Compiler(PodClassIndex classes, SelectorBits selectors, AddressRanges ranges, List<ClusterNode> nodes, BitSet podNetwork) {
            this.classes = classes;
            this.selectors = selectors;
            this.ranges = ranges;
            this.nodes = nodes;
            this.podNetwork = podNetwork;
        }

        BitSet subjects(PolicySubject subject) {
            BitSet out = (BitSet) (subject instanceof PolicySubject.Namespaces n
                    ? selectors.inNamespacesMatching(n.namespaces())
                    : selectors.inNamespacesMatching(((PolicySubject.Pods) subject).namespaces())).clone();
            if (subject instanceof PolicySubject.Pods p) {
                out.and(selectors.podsMatching(p.pods()));
            }
            return out;
        }

        List<IndexedAdminRule> rules(AdminPolicy policy, Direction direction) {
            List<AdminRule> rules = policy.rules(direction);
            List<IndexedAdminRule> out = new ArrayList<>(rules.size());
            for (int r = 0; r < rules.size(); r++) {
                List<PeerBits> peers = new ArrayList<>();
                for (AdminPeer peer : rules.get(r).peers()) {
                    peers.add(bits(peer));
                }
                out.add(new IndexedAdminRule(r, rules.get(r), peers));
            }
            return out;
        }

        private PeerBits bits(AdminPeer peer) {
            BitSet allRanges = new BitSet();
            allRanges.set(0, ranges.rangeCount());
            if (peer instanceof AdminPeer.Namespaces n) {
                return new PeerBits(and(selectors.inNamespacesMatching(n.namespaces()), podNetwork), new BitSet());
            }
            if (peer instanceof AdminPeer.Pods p) {
                return new PeerBits(and(and(selectors.inNamespacesMatching(p.namespaces()), selectors.podsMatching(p.pods())),
                        podNetwork), new BitSet());
            }
            if (peer instanceof AdminPeer.Nodes n) {
                return nodeBits(n);
            }
            if (peer instanceof AdminPeer.Networks n) {
                return networkBits(n);
            }
            if (peer instanceof AdminPeer.DomainNames) {
                return new PeerBits(new BitSet(), allRanges); // may match any address outside the cluster
            }
            BitSet allClasses = new BitSet();
            allClasses.set(0, classes.size());
            return new PeerBits(allClasses, allRanges); // a rule failing closed matches everyone
        }

        /** The node addresses of the matching nodes, and the host-network pods on them. */
        private PeerBits nodeBits(AdminPeer.Nodes peer) {
            BitSet classBits = new BitSet();
            BitSet rangeBits = new BitSet();
            for (ClusterNode node : nodes) {
                if (!peer.nodes().matches(node.labels())) {
                    continue;
                }
                node.addresses().forEach(a -> rangeBits.or(ranges.ranges(ranges.blockId(new IpBlock(new Cidr(a, a.bits()), List.of())))));
                for (PodClass c : classes.classes()) {
                    if (c.hostNetwork() && c.key().hostNode().equals(node.name())) {
                        classBits.set(c.id());
                    }
                }
            }
            return new PeerBits(classBits, rangeBits);
        }

        /** Addresses inside the CIDRs, pod IPs included. */
        private PeerBits networkBits(AdminPeer.Networks peer) {
            BitSet classBits = new BitSet();
            BitSet rangeBits = new BitSet();
            for (Cidr cidr : peer.cidrs()) {
                int id = ranges.blockId(new IpBlock(cidr, List.of()));
                rangeBits.or(ranges.ranges(id));
                for (PodClass c : classes.classes()) {
                    if (c.key().hasIpBlock(id)) {
                        classBits.set(c.id());
                    }
                }
            }
            return new PeerBits(classBits, rangeBits);
        }

        private static BitSet and(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.and(b);
            return out;
        }
    }
}
