package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * The ranges of a family cut at the bounds of every ipBlock of a direction's rules. An
     * ipBlock counts as the address set it stands for ({@code cidr} minus its {@code except}s),
     * so excepts that touch leave no cut between them, as netpol-analyzer cuts.
     */
    public static List<Range> cut(List<NetworkPolicy> policies, Direction direction, boolean v6) {
        return cut(policies, List.of(), direction, v6);
    }

    /**
     * The ranges of a family cut at the bounds of every ipBlock of a direction's rules and, for
     * egress, at the bounds of every {@code networks} CIDR of the cluster-wide policies' egress
     * rules, as netpol-analyzer cuts them.
     */
    public static List<Range> cut(List<NetworkPolicy> policies, List<AdminPolicy> adminPolicies, Direction direction, boolean v6) {
        TreeSet<BigInteger> starts = new TreeSet<>();
        for (AdminPolicy policy : adminPolicies) {
            for (AdminRule rule : policy.rules(direction)) {
                for (AdminPeer peer : rule.peers()) {
                    if (peer instanceof AdminPeer.Networks n) {
                        n.cidrs().stream().filter(c -> c.v6() == v6).forEach(c -> addBounds(new IpBlock(c, List.of()), starts));
                    }
                }
            }
        }
        starts.add(BigInteger.ZERO);
        BigInteger end = IpAddress.last(v6).value().add(BigInteger.ONE);
        for (NetworkPolicy policy : policies) {
            for (PolicyRule rule : policy.rules(direction)) {
                for (PolicyPeer peer : rule.peers()) {
                    if (peer instanceof PolicyPeer.Addresses a && a.block().cidr().v6() == v6) {
                        addBounds(a.block(), starts);
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

    /**
     * The ranges of a family cut at every boundary any policy of the snapshot draws in a
     * direction: ipBlocks and cluster-wide {@code networks} (as {@link #cut(List, List, Direction, boolean)}),
     * Cilium CIDRs with their excepts, Calico {@code nets} and {@code notNets} of the remote end, the
     * addresses of objects not evaluated, and with Cilium policies every node address (Cilium tells
     * nodes from the world) and the addresses Cilium's {@code toServices} and the API server stand for.
     */
    public static List<Range> cut(ClusterSnapshot snapshot, Direction direction, boolean v6) {
        List<Range> base = cut(snapshot.policies(), snapshot.adminPolicies(), direction, v6);
        List<IpBlock> blocks = CniRangeBlocks.of(snapshot, direction);
        if (blocks.isEmpty()) {
            return base;
        }
        TreeSet<BigInteger> starts = new TreeSet<>();
        base.forEach(r -> starts.add(r.first().value()));
        blocks.stream().filter(b -> b.cidr().v6() == v6).forEach(b -> addBounds(b, starts));
        BigInteger end = IpAddress.last(v6).value().add(BigInteger.ONE);
        starts.remove(end);
        List<Range> out = new ArrayList<>();
        List<BigInteger> sorted = new ArrayList<>(starts);
        for (int i = 0; i < sorted.size(); i++) {
            BigInteger next = i + 1 < sorted.size() ? sorted.get(i + 1) : end;
            out.add(new Range(new IpAddress(v6, sorted.get(i)), new IpAddress(v6, next.subtract(BigInteger.ONE))));
        }
        return out;
    }

    /** Whether any policy of the snapshot names an IPv6 block or network, in either direction. */
    public static boolean usesV6(ClusterSnapshot snapshot) {
        List<NetworkPolicy> policies = snapshot.policies();
        List<AdminPolicy> adminPolicies = snapshot.adminPolicies();
        for (Direction direction : Direction.values()) {
            if (CniRangeBlocks.of(snapshot, direction).stream().anyMatch(b -> b.cidr().v6())) {
                return true;
            }
            for (NetworkPolicy policy : policies) {
                for (PolicyRule rule : policy.rules(direction)) {
                    if (rule.peers().stream().anyMatch(p -> p instanceof PolicyPeer.Addresses a && a.block().cidr().v6())) {
                        return true;
                    }
                }
            }
            for (AdminPolicy policy : adminPolicies) {
                for (AdminRule rule : policy.rules(direction)) {
                    if (rule.peers().stream().anyMatch(p -> p instanceof AdminPeer.Networks n && n.cidrs().stream().anyMatch(Cidr::v6))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Adds where each interval of {@code cidr} minus the excepts starts and where it ends (its last address + 1). */
    private static void addBounds(IpBlock block, TreeSet<BigInteger> starts) {
        List<Cidr> holes = block.except().stream()
                .filter(e -> e.v6() == block.cidr().v6())
                .sorted(Comparator.comparing(Cidr::first))
                .toList();
        BigInteger cursor = block.cidr().first().value();
        BigInteger last = block.cidr().last().value();
        for (Cidr hole : holes) {
            BigInteger holeStart = hole.first().value().max(block.cidr().first().value());
            BigInteger holeEnd = hole.last().value().min(last);
            if (holeEnd.compareTo(cursor) < 0) {
                continue; // inside a hole already passed
            }
            if (holeStart.compareTo(cursor) > 0) {
                starts.add(cursor);
                starts.add(holeStart);
            }
            cursor = holeEnd.add(BigInteger.ONE);
        }
        if (cursor.compareTo(last) <= 0) {
            starts.add(cursor);
            starts.add(last.add(BigInteger.ONE));
        }
    }
}
