package io.kubereach.describe;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An inclusive range of addresses of one family, as an ipBlock with excepts leaves them:
 * {@code 172.17.0.0/16 except 172.17.1.0/24} is {@code 172.17.0.0–172.17.0.255} and
 * {@code 172.17.2.0–172.17.255.255}.
 *
 * @param first the first address
 * @param last the last address, not below {@code first}
 */
public record AddressRange(IpAddress first, IpAddress last) {

    public AddressRange {
        if (first.v6() != last.v6() || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("not a range: " + first + " to " + last);
        }
    }

    /**
     * The addresses an ipBlock matches (rule 13), as disjoint ascending ranges: its cidr with
     * every except cut out. An except of the other family cuts nothing; the list is empty when
     * the excepts cover the whole cidr.
     */
    public static List<AddressRange> of(IpBlock block) {
        Cidr cidr = block.cidr();
        List<Cidr> cuts = new ArrayList<>(block.except().stream().filter(e -> e.v6() == cidr.v6()).toList());
        cuts.sort(Comparator.comparing(c -> c.first().value()));
        List<AddressRange> out = new ArrayList<>();
        BigInteger next = cidr.first().value();
        BigInteger end = cidr.last().value();
        for (Cidr cut : cuts) {
            BigInteger from = cut.first().value().max(cidr.first().value());
            BigInteger to = cut.last().value().min(end);
            if (from.compareTo(to) > 0) {
                continue; // an except outside the cidr cuts nothing
            }
            if (from.compareTo(next) > 0) {
                out.add(range(cidr.v6(), next, from.subtract(BigInteger.ONE)));
            }
            next = next.max(to.add(BigInteger.ONE));
        }
        if (next.compareTo(end) <= 0) {
            out.add(range(cidr.v6(), next, end));
        }
        return out;
    }

    private static AddressRange range(boolean v6, BigInteger first, BigInteger last) {
        return new AddressRange(new IpAddress(v6, first), new IpAddress(v6, last));
    }

    /** How many addresses it holds. */
    public BigInteger size() {
        return last.value().subtract(first.value()).add(BigInteger.ONE);
    }

    /** {@code first–last} with an en dash, or the single address. */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + "–" + last;
    }
}
