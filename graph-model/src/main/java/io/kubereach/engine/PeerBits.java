package io.kubereach.engine;

import java.util.BitSet;

/**
 * Whom one {@code from}/{@code to} item of a rule matches: a bit set over pod classes and one
 * over address ranges. A selector peer matches classes only; an ipBlock peer matches ranges,
 * and classes only when ipBlocks may match pod IPs (rules 10, 13). Never changed once made.
 *
 * @param classes the pod classes it matches
 * @param ranges the address ranges it matches
 */
record PeerBits(BitSet classes, BitSet ranges) {

    /** Matches no class and no range. */
    static final PeerBits NOBODY = new PeerBits(new BitSet(), new BitSet());

    boolean matchesClass(int podClass) {
        return classes.get(podClass);
    }

    boolean matchesRange(int range) {
        return ranges.get(range);
    }

    /** Whom either matches. */
    PeerBits or(PeerBits other) {
        BitSet c = (BitSet) classes.clone();
        c.or(other.classes);
        BitSet r = (BitSet) ranges.clone();
        r.or(other.ranges);
        return new PeerBits(c, r);
    }
}
