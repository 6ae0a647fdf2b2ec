package io.kubereach.query;

import io.kubereach.engine.ExternalRanges;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A range of addresses cut into the parts that policies tell apart: the ranges between the
 * bounds of the ipBlocks (and cluster-wide {@code networks}) of one direction's rules, each
 * stood for by one of its addresses. Judging each part judges the whole range, so a question
 * about a CIDR is allowed when every part is, partial when some are, denied when none is. The
 * nodes' pod CIDRs are left out: their addresses are pods', judged as pods when asked by name.
 */
final class AddressParts {

    /** At most this many node addresses are stepped over to find a part's stand-in. */
    private static final int MAX_SKIPPED = 64;

    private AddressParts() {
    }

    /**
     * A node's pod CIDR: addresses that are, or will be, pods', which the ipBlocks of a range
     * question do not stand for.
     *
     * @param node the node
     * @param cidr its pod CIDR
     */
    record PodNetwork(String node, Cidr cidr) {
    }

    /**
     * One address of every part of {@code cidr} that the rules of {@code direction} tell apart,
     * outside the nodes' pod CIDRs (see {@link #podNetworkIn}); empty when the range lies wholly
     * in the pod network.
     */
    static List<IpAddress> of(ClusterSnapshot snapshot, Cidr cidr, Direction direction) {
        Set<IpAddress> nodes = new HashSet<>();
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodes::addAll);
        List<PodNetwork> podNetwork = podNetworkIn(snapshot, cidr);
        List<IpAddress> out = new ArrayList<>();
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), snapshot.adminPolicies(), direction, cidr.v6())) {
            IpAddress first = range.first().compareTo(cidr.first()) < 0 ? cidr.first() : range.first();
            IpAddress last = range.last().compareTo(cidr.last()) > 0 ? cidr.last() : range.last();
            for (IpAddress[] span : outside(first, last, podNetwork)) {
                // a node's own address is exempt for its pods (rule 19): it would stand for the part wrongly
                IpAddress a = span[0];
                for (int i = 0; i < MAX_SKIPPED && nodes.contains(a) && a.compareTo(span[1]) < 0; i++) {
                    a = a.next().orElse(a);
                }
                out.add(a);
            }
        }
        return out;
    }

    /** The nodes' pod CIDRs that share addresses with {@code cidr}, by first address. */
    static List<PodNetwork> podNetworkIn(ClusterSnapshot snapshot, Cidr cidr) {
        List<PodNetwork> out = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            for (Cidr pods : node.podCidrs()) {
                if (pods.v6() == cidr.v6() && (pods.contains(cidr.first()) || cidr.contains(pods.first()))) {
                    out.add(new PodNetwork(node.name(), pods));
                }
            }
        }
        out.sort(Comparator.comparing((PodNetwork p) -> p.cidr().first()));
        return out;
    }

    /** Whether every address of {@code cidr} lies in one of the pod CIDRs {@code podNetwork}. */
    static boolean within(Cidr cidr, List<PodNetwork> podNetwork) {
        return outside(cidr.first(), cidr.last(), podNetwork).isEmpty();
    }

    /** The spans {@code [first, last]} of the addresses from {@code first} to {@code last} outside every pod CIDR. */
    private static List<IpAddress[]> outside(IpAddress first, IpAddress last, List<PodNetwork> podNetwork) {
        List<IpAddress[]> spans = new ArrayList<>();
        IpAddress cursor = first;
        for (PodNetwork pods : podNetwork) {
            if (cursor.compareTo(last) > 0) {
                return spans;
            }
            if (pods.cidr().last().compareTo(cursor) < 0) {
                continue;
            }
            if (pods.cidr().first().compareTo(last) > 0) {
                break;
            }
            if (pods.cidr().first().compareTo(cursor) > 0) {
                spans.add(new IpAddress[] {cursor, pods.cidr().first().previous().orElseThrow()});
            }
            Optional<IpAddress> after = pods.cidr().last().next();
            if (after.isEmpty()) {
                return spans;
            }
            cursor = after.get();
        }
        if (cursor.compareTo(last) <= 0) {
            spans.add(new IpAddress[] {cursor, last});
        }
        return spans;
    }
}
