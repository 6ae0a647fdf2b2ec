package io.kubereach.report;

import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The address space of one family cut at every ipBlock boundary that policies use in one
 * direction; no ipBlock can tell two addresses of one range apart.
 */
public final class ExternalRanges {

    private ExternalRanges() {
    }

    /**
     * One inclusive range of addresses.
     *
     * @param first its first address
     * @param last its last address
     */
    public record Range(IpAddress first, IpAddress last) {
        /** {@code first-last}, as netpol-analyzer writes an external range. */
        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    /** The ranges of a family cut at the {@code cidr} and {@code except} bounds of every rule of a direction. */
    public static List<Range> cut(List<NetworkPolicy> policies, Direction direction, boolean v6) {
        TreeSet<BigInteger> starts = new TreeSet<>();
        starts.add(BigInteger.ZERO);
        BigInteger end = IpAddress.last(v6).value().add(BigInteger.ONE);
        for (NetworkPolicy policy : policies) {
            for (PolicyRule rule : policy.rules(direction)) {
                for (PolicyPeer peer : rule.peers()) {
                    if (peer instanceof PolicyPeer.Addresses a) {
                        addBounds(a.block().cidr(), v6, starts);
                        a.block().except().forEach(c -> addBounds(c, v6, starts));
                    }
                }
            }
        }
        starts.remove(end);
        List<Range> out = new ArrayList<>();
        List<BigInteger> sorted = new ArrayList<>(starts);
        for (int i = 0; i < sorted.size(); i++) {
            BigInteger next = i + 1 < sorted.size() ? sorted.get(i + 1) : end;
            out.add(new Range(new IpAddress(v6, sorted.get(i)), new IpAddress(v6, next.subtract(BigInteger.ONE))));
        }
        return out;
    }

    private static void addBounds(Cidr cidr, boolean v6, TreeSet<BigInteger> starts) {
        if (cidr.v6() == v6) {
            starts.add(cidr.first().value());
            starts.add(cidr.last().value().add(BigInteger.ONE));
        }
    }
}
