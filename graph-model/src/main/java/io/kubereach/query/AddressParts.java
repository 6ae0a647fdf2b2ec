package io.kubereach.query;

import io.kubereach.engine.ExternalRanges;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A range of addresses cut into the parts that policies tell apart: the ranges between the
 * bounds of the ipBlocks (and cluster-wide {@code networks}) of one direction's rules, each
 * stood for by one of its addresses. Judging each part judges the whole range, so a question
 * about a CIDR is allowed when every part is, partial when some are, denied when none is.
 */
final class AddressParts {

    /** At most this many node addresses are stepped over to find a part's stand-in. */
    private static final int MAX_SKIPPED = 64;

    private AddressParts() {
    }

    /** One address of every part of {@code cidr} that the rules of {@code direction} tell apart. */
    static List<IpAddress> of(ClusterSnapshot snapshot, Cidr cidr, Direction direction) {
        Set<IpAddress> nodes = new HashSet<>();
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodes::addAll);
        List<IpAddress> out = new ArrayList<>();
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), snapshot.adminPolicies(), direction, cidr.v6())) {
            IpAddress first = range.first().compareTo(cidr.first()) < 0 ? cidr.first() : range.first();
            IpAddress last = range.last().compareTo(cidr.last()) > 0 ? cidr.last() : range.last();
            if (first.compareTo(last) > 0) {
                continue;
            }
            // a node's own address is exempt for its pods (rule 19): it would stand for the part wrongly
            IpAddress a = first;
            for (int i = 0; i < MAX_SKIPPED && nodes.contains(a) && a.compareTo(last) < 0; i++) {
                a = a.next().orElse(a);
            }
            out.add(a);
        }
        return out;
    }
}
