package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The objects not evaluated ({@link Unjudged}) with whom each covers evaluated over pod classes
 * and address ranges, for the {@link IndexedEngine}. Immutable once built.
 */
final class UnjudgedIndex {

    private final List<Unjudged.Entry> entries;
    private final BitSet[][] classes;
    private final BitSet[] ranges;
    private final boolean[][] anyClass;

    private UnjudgedIndex(List<Unjudged.Entry> entries, BitSet[][] classes, BitSet[] ranges, boolean[][] anyClass) {
        this.entries = entries;
        this.classes = classes;
        this.ranges = ranges;
        this.anyClass = anyClass;
    }

    /** Evaluates whom every entry covers: each class by a member, each range by its first address. */
    static UnjudgedIndex build(Unjudged unjudged, CniBits bits) {
        List<Unjudged.Entry> entries = unjudged.entries();
        BitSet[][] classes = new BitSet[entries.size()][2];
        BitSet[] ranges = new BitSet[entries.size()];
        boolean[][] anyClass = new boolean[2][bits.classes.size()];
        for (int e = 0; e < entries.size(); e++) {
            Unjudged.Entry entry = entries.get(e);
            for (Direction d : Direction.values()) {
                BitSet covered = new BitSet();
                for (PodClass c : bits.classes.classes()) {
                    if (unjudged.coversPod(entry, d, c.representative())) {
                        covered.set(c.id());
                        anyClass[d.ordinal()][c.id()] = true;
                    }
                }
                classes[e][d.ordinal()] = covered;
            }
            BitSet covered = new BitSet();
            for (int r = 0; r < bits.ranges.rangeCount(); r++) {
                if (unjudged.coversAddress(entry, bits.ranges.first(r))) {
                    covered.set(r);
                }
            }
            ranges[e] = covered;
        }
        return new UnjudgedIndex(entries, classes, ranges, anyClass);
    }

    /** Whether nothing may be undecided for a class's side, whatever the remote end (an address may still be). */
    boolean coversNoClass(Direction direction, int podClass) {
        return !anyClass[direction.ordinal()][podClass];
    }

    /** Every bit set over ranges that {@link #coversRange} and {@link #deciding} test a remote range against. */
    void rangeBits(Consumer<BitSet> sink) {
        for (BitSet r : ranges) {
            sink.accept(r);
        }
    }

    /** Whether some entry covers addresses of a range. */
    boolean coversRange(int range) {
        for (BitSet r : ranges) {
            if (r.get(range)) {
                return true;
            }
        }
        return false;
    }

    /** The entries that may decide one side: they cover the judged class's side, or the remote range. */
    List<Unjudged.Entry> deciding(Direction direction, int judged, boolean pod, int remote) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Unjudged.Entry> out = new ArrayList<>(0);
        for (int e = 0; e < entries.size(); e++) {
            if (classes[e][direction.ordinal()].get(judged) || !pod && ranges[e].get(remote)) {
                out.add(entries.get(e));
            }
        }
        return out;
    }
}
