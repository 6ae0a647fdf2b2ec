package io.kubereach.model;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as an unsigned number; addresses of different families never compare equal.
 *
 * @param v6 whether this is an IPv6 address
 * @param value the address as an unsigned number below 2^32 or 2^128
 */
public record IpAddress(boolean v6, BigInteger value) implements Comparable<IpAddress> {

    /** {@link #dottedQuad}: not four groups of one to three digits. */
    private static final long NOT_DOTTED_QUAD = -1;
    /** {@link #dottedQuad}: four groups of digits, one of them over 255. */
    private static final long OCTET_OVER_255 = -2;
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    /** The number of bits of this address's family. */
    public int bits() {
        return v6 ? 128 : 32;
    }

    /** Parses a literal address; never resolves a host name. */
    public static Optional<IpAddress> parse(String text) {
        String t = text.trim();
        long v4 = dottedQuad(t);
        if (v4 >= 0) {
            return Optional.of(new IpAddress(false, BigInteger.valueOf(v4)));
        }
        if (v4 == OCTET_OVER_255) {
            return Optional.empty();
        }
        if (t.contains(":") && V6_CHARS.matcher(t).matches()) {
            try {
                byte[] bytes = InetAddress.getByName(t).getAddress();
                if (bytes.length == 16) {
                    return Optional.of(new IpAddress(true, new BigInteger(1, bytes)));
                }
                // an IPv4-mapped IPv6 literal is an IPv4 address
                return Optional.of(new IpAddress(false, new BigInteger(1, bytes)));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The value of an IPv4 address written as four groups of one to three ASCII digits joined by
     * dots ({@code \d{1,3}(\.\d{1,3}){3}}), read by hand: every pod and Service address of a
     * cluster is parsed as it is read. {@link #NOT_DOTTED_QUAD} for another form,
     * {@link #OCTET_OVER_255} when a group is over 255.
     */
    private static long dottedQuad(String t) {
        int n = t.length();
        int i = 0;
        long value = 0;
        boolean over = false;
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                if (i >= n || t.charAt(i) != '.') {
                    return NOT_DOTTED_QUAD;
                }
                i++;
            }
            int start = i;
            int octet = 0;
            while (i < n && i - start < 3 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                octet = octet * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return NOT_DOTTED_QUAD;
            }
            over |= octet > 255;
            value = (value << 8) | (octet & 0xff);
        }
        if (i != n) {
            return NOT_DOTTED_QUAD;
        }
        return over ? OCTET_OVER_255 : value;
    }

    /** Parses a literal address or fails with a message naming the text. */
    public static IpAddress of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IP address: '" + text + "'"));
    }

    /** The smallest or largest address of a family. */
    public static IpAddress first(boolean v6) {
        return new IpAddress(v6, BigInteger.ZERO);
    }

    /** The largest address of a family. */
    public static IpAddress last(boolean v6) {
        return new IpAddress(v6, BigInteger.ONE.shiftLeft(v6 ? 128 : 32).subtract(BigInteger.ONE));
    }

    /** The next address, or empty at the end of the family. */
    public Optional<IpAddress> next() {
        return equals(last(v6)) ? Optional.empty() : Optional.of(new IpAddress(v6, value.add(BigInteger.ONE)));
    }

    /** The previous address, or empty at the start of the family. */
    public Optional<IpAddress> previous() {
        return value.signum() == 0 ? Optional.empty() : Optional.of(new IpAddress(v6, value.subtract(BigInteger.ONE)));
    }

    @Override
    public int compareTo(IpAddress o) {
        if (v6 != o.v6) {
            return v6 ? 1 : -1;
        }
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        if (!v6) {
            long v = value.longValue();
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        }
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[16];
        int copy = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - copy, bytes, 16 - copy, copy);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
