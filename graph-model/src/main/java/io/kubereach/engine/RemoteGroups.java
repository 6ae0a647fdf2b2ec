package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The remote ends that the rules of one side cannot tell apart: pod classes, or address ranges.
 * For a judged class and a direction, two remote ends are in one group when every bit set that the
 * side's rules test the remote end against ({@link Tested}) holds both or neither and they agree on
 * what every side sees of them whatever its rules (for a class: its IP families — Calico's
 * {@code ipVersion} —, host network and, for egress, where the remote end is the destination, its
 * named ports (rule 16); for a range: its address family). The side's answer toward any end of a
 * group is then its answer toward the group's first end, so a side is worked out once per group:
 * the work grows with what the rules tell apart, not with the classes or ranges. Groups are made
 * when first asked; safe for concurrent use (two threads may make the same groups, equal either way).
 */
final class RemoteGroups {

    /** Gives the bit sets the side of a judged class tests a remote end against. */
    @FunctionalInterface
    interface Tested {
        /** Every bit set (over remote classes or ranges) the side of {@code judged} for {@code direction} may test a remote end against. */
        void bits(Direction direction, int judged, Consumer<BitSet> sink);
    }

    /**
     * The remote ends of one side, grouped.
     *
     * @param group the group of each remote end
     * @param representative the first end of each group
     */
    record Groups(int[] group, int[] representative) {
    }

    private final int ends;
    private final Tested tested;
    /** By direction: the group of each end by what every side sees of it whatever its rules. */
    private final int[][] base;
    private final AtomicReferenceArray<Groups>[] made;
    private final ThreadLocal<Scratch> scratch;

    @SuppressWarnings("unchecked")
    private RemoteGroups(int ends, int judgedClasses, int[][] base, Tested tested) {
        this.ends = ends;
        this.tested = tested;
        this.base = base;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(ends));
        this.made = new AtomicReferenceArray[] {new AtomicReferenceArray<Groups>(judgedClasses),
            new AtomicReferenceArray<Groups>(judgedClasses)};
    }

    /** Remote pod classes, for sides of the same classes. */
    static RemoteGroups ofClasses(PodClassIndex index, Tested tested) {
        int[][] base = new int[2][index.size()];
        for (Direction direction : Direction.values()) {
            boolean destination = direction == Direction.EGRESS;
            Map<List<Object>, Integer> ids = new HashMap<>();
            for (PodClass c : index.classes()) {
                PodClass.Key key = c.key();
                List<Object> seen = List.of(key.families(), key.hostNetwork(),
                        destination ? key.namedPorts() : Map.of(), destination ? key.anyProtocolPorts() : Map.of());
                base[direction.ordinal()][c.id()] = ids.computeIfAbsent(seen, s -> ids.size());
            }
        }
        return new RemoteGroups(index.size(), index.size(), base, tested);
    }

    /** Remote address ranges, for sides of pod classes; a range is told by its first address's family before any rule. */
    static RemoteGroups ofRanges(AddressRanges ranges, int judgedClasses, Tested tested) {
        int[][] base = new int[2][ranges.rangeCount()];
        for (int r = 0; r < ranges.rangeCount(); r++) {
            int family = ranges.first(r).v6() ? 1 : 0;
            base[0][r] = family;
            base[1][r] = family;
        }
        return new RemoteGroups(ranges.rangeCount(), judgedClasses, base, tested);
    }

    /** The groups of the remote ends of one side. */
    Groups of(Direction direction, int judged) {
        AtomicReferenceArray<Groups> byJudged = made[direction.ordinal()];
        Groups groups = byJudged.get(judged);
        if (groups == null) {
            groups = make(direction, judged);
            byJudged.set(judged, groups);
        }
        return groups;
    }

    /** Splits the base groups by every bit set the side tests, one after the other, then numbers the groups densely. */
    private Groups make(Direction direction, int judged) {
        Set<BitSet> distinct = new LinkedHashSet<>();
        tested.bits(direction, judged, distinct::add);
        int[] group = base[direction.ordinal()].clone();
        int next = 0;
        for (int g : group) {
            next = Math.max(next, g + 1);
        }
        // group numbers stay below 4 × ends before a split, which adds at most one per end
        Scratch s = scratch.get();
        int[] split = s.split; // all -1 between splits
        int[] touched = s.touched;
        for (BitSet bits : distinct) {
            // the members of each group inside the set move to a new group of their own; the others stay
            int count = 0;
            for (int c = bits.nextSetBit(0); c >= 0 && c < ends; c = bits.nextSetBit(c + 1)) {
                int g = group[c];
                if (split[g] < 0) {
                    split[g] = next++;
                    touched[count++] = g;
                }
                group[c] = split[g];
            }
            for (int i = 0; i < count; i++) {
                split[touched[i]] = -1;
            }
            if (next > 4 * ends) {
                next = renumber(group, s);
            }
        }
        int count = renumber(group, s);
        return new Groups(group, Arrays.copyOf(s.firsts, count));
    }

    /**
     * Numbers the groups (all below the scratch's bound) 0, 1, … in the order of their first end;
     * leaves each group's first end in {@code s.firsts} and gives how many groups there are.
     */
    private static int renumber(int[] group, Scratch s) {
        int[] ids = s.ids;
        Arrays.fill(ids, -1);
        int[] firsts = s.firsts;
        int count = 0;
        for (int c = 0; c < group.length; c++) {
            if (ids[group[c]] < 0) {
                ids[group[c]] = count;
                firsts[count++] = c;
            }
            group[c] = ids[group[c]];
        }
        return count;
    }

    /**
     * The arrays one thread works in while making groups, kept from one judged class to the next:
     * made anew for each, they were about 100 MB of garbage judging 10,000 pods.
     */
    private static final class Scratch {
        final int[] split;
        final int[] touched;
        final int[] ids;
        final int[] firsts;

        Scratch(int ends) {
            split = new int[5 * ends + 2];
            Arrays.fill(split, -1);
            touched = new int[ends];
            ids = new int[split.length];
            firsts = new int[ends];
        }
    }
}
