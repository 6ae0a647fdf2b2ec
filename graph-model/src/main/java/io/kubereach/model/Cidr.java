package io.kubereach.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A CIDR block; {@link #first()} is the network address (host bits cleared, as the API server accepts it).
 *
 * @param first the lowest address of the block
 * @param prefix the prefix length
 */
public record Cidr(IpAddress first, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > first.bits()) {
            throw new IllegalArgumentException("prefix /" + prefix + " out of range for " + first);
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(first.bits() - prefix).subtract(BigInteger.ONE);
        first = new IpAddress(first.v6(), first.value().andNot(hostMask));
    }

    /** Parses {@code a.b.c.d/n} or an IPv6 CIDR; empty when the text is not one. */
    public static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<IpAddress> address = IpAddress.parse(text.substring(0, slash));
        String bits = text.substring(slash + 1).trim();
        if (address.isEmpty() || !bits.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > address.get().bits()) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    /** Parses a CIDR or fails with a message naming the text. */
    public static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a CIDR: '" + text + "'"));
    }

    /** The highest address of the block. */
    public IpAddress last() {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(first.bits() - prefix).subtract(BigInteger.ONE);
        return new IpAddress(first.v6(), first.value().or(hostMask));
    }

    /** Whether the address lies in this block; an address of the other family never does (rule 24). */
    public boolean contains(IpAddress address) {
        return address.v6() == first.v6()
                && address.value().compareTo(first.value()) >= 0
                && address.value().compareTo(last().value()) <= 0;
    }

    /** Whether this block is IPv6. */
    public boolean v6() {
        return first.v6();
    }

    @Override
    public String toString() {
        return first + "/" + prefix;
    }
}
