package io.kubereach.engine;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;

/**
 * The bit sets Cilium's and Calico's peers are built from: every class, the host-network classes,
 * every range, the ranges that are node addresses, the API server's, the world's (outside the
 * pods and the nodes) by IP version. Built once per index, by one thread; the sets are shared and
 * must not be changed.
 */
final class CniBits {

    final PodClassIndex classes;
    final AddressRanges ranges;
    final CniContext context;
    final BitSet allClasses = new BitSet();
    final BitSet hostNetworkClasses = new BitSet();
    final BitSet allRanges = new BitSet();
    final BitSet nodeRanges = new BitSet();
    final BitSet apiServerRanges = new BitSet();
    final BitSet worldRanges;
    final BitSet worldV4 = new BitSet();
    final BitSet worldV6 = new BitSet();

    private final Map<String, String>[] ciliumLabels;
    private final Map<io.kubereach.model.CiliumSelector, BitSet> ciliumEndpoints = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    CniBits(PodClassIndex classes, AddressRanges ranges, CniContext context) {
        this.ciliumLabels = new Map[classes.size()];
        this.classes = classes;
        this.ranges = ranges;
        this.context = context;
        allClasses.set(0, classes.size());
        for (PodClass c : classes.classes()) {
            if (c.hostNetwork()) {
                hostNetworkClasses.set(c.id());
            }
        }
        allRanges.set(0, ranges.rangeCount());
        for (ClusterNode node : context.nodes()) {
            node.addresses().forEach(a -> nodeRanges.set(ranges.rangeOf(a)));
        }
        context.apiServer().ifPresent(s -> s.forEach(a -> apiServerRanges.set(ranges.rangeOf(a))));
        worldRanges = minus(allRanges, nodeRanges);
        for (int r = worldRanges.nextSetBit(0); r >= 0; r = worldRanges.nextSetBit(r + 1)) {
            (ranges.first(r).v6() ? worldV6 : worldV4).set(r);
        }
    }

    /** The identity labels Cilium's selectors see on every member of a class, computed once. */
    Map<String, String> ciliumLabels(PodClass c) {
        if (ciliumLabels[c.id()] == null) {
            ciliumLabels[c.id()] = context.ciliumLabels(c.representative());
        }
        return ciliumLabels[c.id()];
    }

    /**
     * The classes with a Cilium endpoint (not host network) a selector matches, each selector
     * evaluated once: policies repeat a few selectors many times. The set is shared: not to be changed.
     */
    BitSet ciliumEndpoints(io.kubereach.model.CiliumSelector selector) {
        return ciliumEndpoints.computeIfAbsent(selector, s -> {
            BitSet out = new BitSet();
            for (PodClass c : classes.classes()) {
                if (!c.hostNetwork() && s.matches(ciliumLabels(c))) {
                    out.set(c.id());
                }
            }
            return out;
        });
    }

    /** The ranges of a block that was cut in. */
    BitSet rangesOf(IpBlock block) {
        return ranges.ranges(ranges.blockId(block));
    }

    /** The ranges of one address's block that was cut in. */
    int rangeOf(IpAddress address) {
        return ranges.rangeOf(address);
    }

    /** The classes some of whose IPs lie in a CIDR that was cut in as a block that may match pod IPs. */
    BitSet classesIn(Cidr cidr) {
        int id = ranges.blockId(new IpBlock(cidr, java.util.List.of()));
        BitSet out = new BitSet();
        for (PodClass c : classes.classes()) {
            if (id >= 0 && c.key().hasIpBlock(id)) {
                out.set(c.id());
            }
        }
        return out;
    }

    /** The host-network classes whose pods run on one of these nodes (their node is in the class key). */
    BitSet hostNetworkOn(Set<String> nodes) {
        BitSet out = new BitSet();
        for (PodClass c : classes.classes()) {
            if (c.hostNetwork() && nodes.contains(c.key().hostNode())) {
                out.set(c.id());
            }
        }
        return out;
    }

    static BitSet minus(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.andNot(b);
        return out;
    }

    static BitSet and(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.and(b);
        return out;
    }

    static BitSet or(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.or(b);
        return out;
    }
}
