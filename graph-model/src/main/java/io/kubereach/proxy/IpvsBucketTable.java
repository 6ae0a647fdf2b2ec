package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import java.math.BigInteger;

/**
 * The 256-bucket table of the IPVS hashing schedulers ({@code ip_vs_sh.c}, {@code ip_vs_dh.c}):
 * {@code ip_vs_sh_reassign} deals the buckets to the destination list in turn, each destination
 * taking as many consecutive buckets as its weight (kube-proxy's weights are all 1); an address
 * picks its bucket with the kernel's multiplicative hash.
 *
 * <p>The hash is today's kernel's: {@code hash_32(x, 8) = (x * 0x61C88647) >> 24} (since Linux 4.7;
 * older kernels multiplied by 2654435761 and, before 3.x, took the low bits instead). IPv6
 * addresses are folded to 32 bits by XOR of their four words first.
 */
final class IpvsBucketTable {

    /** {@code IP_VS_SH_TAB_BITS}, {@code IP_VS_DH_TAB_BITS}. */
    static final int BITS = 8;
    static final int SIZE = 1 << BITS;
    /** {@code GOLDEN_RATIO_32} of {@code include/linux/hash.h}. */
    private static final int GOLDEN_RATIO_32 = 0x61C88647;
    private static final int WEIGHT = 1;

    private final int[] buckets = new int[SIZE];

    IpvsBucketTable(int destinations) {
        int dest = 0;
        int filled = 0;
        for (int i = 0; i < SIZE; i++) {
            buckets[i] = dest;
            if (++filled >= WEIGHT) {
                dest = (dest + 1) % destinations;
                filled = 0;
            }
        }
    }

    /** The destination that owns a bucket. */
    int destination(int bucket) {
        return buckets[bucket];
    }

    /** {@code hash_32(value, 8)}: the top eight bits of the 32-bit product. */
    static int hash32(int value) {
        return (value * GOLDEN_RATIO_32) >>> (32 - BITS);
    }

    /** The address as the kernel hashes it: IPv4 in host order, IPv6 folded by XOR of its four words. */
    static int fold(IpAddress address) {
        BigInteger v = address.value();
        if (!address.v6()) {
            return v.intValue();
        }
        return v.shiftRight(96).intValue() ^ v.shiftRight(64).intValue() ^ v.shiftRight(32).intValue() ^ v.intValue();
    }
}
