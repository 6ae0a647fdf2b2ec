package io.kubereach.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An immutable set of ports within 1..65535, kept as sorted, disjoint, non-adjacent intervals. */
public final class PortSet {

    /** The lowest port. */
    public static final int MIN = 1;
    /** The highest port. */
    public static final int MAX = 65535;

    private static final PortSet EMPTY = new PortSet(new int[0]);
    private static final PortSet ALL = new PortSet(new int[] {MIN, MAX});

    /** Pairs lo0, hi0, lo1, hi1, … with lo(i+1) > hi(i) + 1. */
    private final int[] bounds;

    private PortSet(int[] bounds) {
        this.bounds = bounds;
    }

    /** No port. */
    public static PortSet none() {
        return EMPTY;
    }

    /** Every port 1..65535. */
    public static PortSet all() {
        return ALL;
    }

    /** The inclusive range {@code from..to}. */
    public static PortSet range(int from, int to) {
        if (from < MIN || to > MAX || from > to) {
            throw new IllegalArgumentException("port range " + from + ".." + to + " is not within 1..65535");
        }
        return from == MIN && to == MAX ? ALL : new PortSet(new int[] {from, to});
    }

    /** One port. */
    public static PortSet of(int port) {
        return range(port, port);
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public boolean isAll() {
        return bounds.length == 2 && bounds[0] == MIN && bounds[1] == MAX;
    }

    public boolean contains(int port) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (port < bounds[i]) {
                return false;
            }
            if (port <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The ports in either set. */
    public PortSet union(PortSet other) {
        if (isEmpty() || other.isAll()) {
            return other;
        }
        if (other.isEmpty() || isAll()) {
            return this;
        }
        int[] merged = new int[bounds.length + other.bounds.length];
        int a = 0;
        int b = 0;
        int n = 0;
        while (a < bounds.length || b < other.bounds.length) {
            int lo;
            int hi;
            if (b >= other.bounds.length || (a < bounds.length && bounds[a] <= other.bounds[b])) {
                lo = bounds[a];
                hi = bounds[a + 1];
                a += 2;
            } else {
                lo = other.bounds[b];
                hi = other.bounds[b + 1];
                b += 2;
            }
            if (n > 0 && lo <= merged[n - 1] + 1) {
                merged[n - 1] = Math.max(merged[n - 1], hi);
            } else {
                merged[n++] = lo;
                merged[n++] = hi;
            }
        }
        return new PortSet(Arrays.copyOf(merged, n));
    }

    /** The ports in both sets. */
    public PortSet intersect(PortSet other) {
        if (isEmpty() || other.isAll()) {
            return this;
        }
        if (other.isEmpty() || isAll()) {
            return other;
        }
        int[] out = new int[bounds.length + other.bounds.length];
        int n = 0;
        int a = 0;
        int b = 0;
        while (a < bounds.length && b < other.bounds.length) {
            int lo = Math.max(bounds[a], other.bounds[b]);
            int hi = Math.min(bounds[a + 1], other.bounds[b + 1]);
            if (lo <= hi) {
                out[n++] = lo;
                out[n++] = hi;
            }
            if (bounds[a + 1] < other.bounds[b + 1]) {
                a += 2;
            } else {
                b += 2;
            }
        }
        return n == 0 ? EMPTY : new PortSet(Arrays.copyOf(out, n));
    }

    /** The ports of 1..65535 not in this set. */
    public PortSet complement() {
        List<Integer> out = new ArrayList<>();
        int next = MIN;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                out.add(next);
                out.add(bounds[i] - 1);
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX) {
            out.add(next);
            out.add(MAX);
        }
        return new PortSet(out.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The intervals as {@code [from, to]} pairs, ascending. */
    public List<int[]> intervals() {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new int[] {bounds[i], bounds[i + 1]});
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet p && Arrays.equals(bounds, p.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    /** Ascending single ports and inclusive ranges, comma-separated: {@code 1-79,81-65535}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bounds.length; i += 2) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(bounds[i]);
            if (bounds[i + 1] != bounds[i]) {
                s.append('-').append(bounds[i + 1]);
            }
        }
        return s.toString();
    }
}
