package io.kubereach.engine;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The IPv4 and IPv6 address spaces cut at every ipBlock {@code cidr} and {@code except}
 * boundary into disjoint ranges. Every ipBlock holds each range entirely or not at all, so
 * whatever the policies say about one address of a range they say about all of it.
 *
 * <p>Ranges are numbered across both families: the IPv4 ranges first, ascending, then the IPv6
 * ranges. Each family has at least one range, so every address has one (rule 24: a CIDR only
 * holds addresses of its own family). Immutable once cut.
 */
final class AddressRanges {

    private final BigInteger[] v4Starts;
    private final BigInteger[] v6Starts;
    private final Map<IpBlock, Integer> blockIds;
    private final BitSet[] rangesOfBlock;
    private final BitSet[] blocksOfRange;

    private AddressRanges(BigInteger[] v4Starts, BigInteger[] v6Starts, Map<IpBlock, Integer> blockIds) {
        this.v4Starts = v4Starts;
        this.v6Starts = v6Starts;
        this.blockIds = blockIds;
        this.rangesOfBlock = new BitSet[blockIds.size()];
        this.blocksOfRange = new BitSet[rangeCount()];
        for (int r = 0; r < blocksOfRange.length; r++) {
            blocksOfRange[r] = new BitSet();
        }
        blockIds.forEach((block, id) -> {
            BitSet ranges = rangesOf(block);
            rangesOfBlock[id] = ranges;
            ranges.stream().forEach(r -> blocksOfRange[r].set(id));
        });
    }

    /** Cuts both address spaces at the boundaries of these blocks; equal blocks get one id. */
    static AddressRanges cut(Collection<IpBlock> blocks) {
        Map<IpBlock, Integer> ids = new LinkedHashMap<>();
        TreeSet<BigInteger> v4 = new TreeSet<>(List.of(BigInteger.ZERO));
        TreeSet<BigInteger> v6 = new TreeSet<>(List.of(BigInteger.ZERO));
        for (IpBlock block : blocks) {
            ids.putIfAbsent(block, ids.size());
            List<Cidr> edges = new ArrayList<>(block.except());
            edges.add(block.cidr());
            for (Cidr cidr : edges) {
                TreeSet<BigInteger> starts = cidr.v6() ? v6 : v4;
                starts.add(cidr.first().value());
                cidr.last().next().ifPresent(after -> starts.add(after.value()));
            }
        }
        return new AddressRanges(v4.toArray(BigInteger[]::new), v6.toArray(BigInteger[]::new), ids);
    }

    /** How many ranges both families have together. */
    int rangeCount() {
        return v4Starts.length + v6Starts.length;
    }

    /** The id of a block that was cut in, or -1. */
    int blockId(IpBlock block) {
        return blockIds.getOrDefault(block, -1);
    }

    /** The range an address lies in, found by binary search over the range starts of its family. */
    int rangeOf(IpAddress address) {
        BigInteger[] starts = address.v6() ? v6Starts : v4Starts;
        int i = Arrays.binarySearch(starts, address.value());
        int local = i >= 0 ? i : -i - 2; // the last start below the address; starts[0] is 0
        return address.v6() ? v4Starts.length + local : local;
    }

    /** The lowest address of a range. */
    IpAddress first(int range) {
        boolean v6 = range >= v4Starts.length;
        return new IpAddress(v6, v6 ? v6Starts[range - v4Starts.length] : v4Starts[range]);
    }

    /** The ranges a block holds: inside its cidr and outside every except (rule 13). Callers must not change it. */
    BitSet ranges(int block) {
        return rangesOfBlock[block];
    }

    /** The blocks that hold a range. Callers must not change it. */
    BitSet blocks(int range) {
        return blocksOfRange[range];
    }

    private BitSet rangesOf(IpBlock block) {
        BitSet out = new BitSet();
        out.set(rangeOf(block.cidr().first()), rangeOf(block.cidr().last()) + 1);
        for (Cidr except : block.except()) {
            if (except.v6() == block.cidr().v6()) { // an except of the other family holds nothing
                out.clear(rangeOf(except.first()), rangeOf(except.last()) + 1);
            }
        }
        return out;
    }
}
