package io.kubereach.diff;

import io.kubereach.engine.ExternalRanges.Range;
import io.kubereach.model.IpAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The address ranges of two connection lists brought to common pieces. Each list cuts the outside
 * at the bounds of its own policies, so a range of one list may overlap several of the other: cut
 * at every bound of either, each piece is judged by both. Pieces that end up alike are joined
 * again afterwards ({@link #join}), so a range is only as finely cut as the difference needs.
 */
final class RangeCuts {

    /** Where a piece starts: every range's first address and the address after its last. */
    private final TreeSet<IpAddress> starts = new TreeSet<>();

    /** Adds the bounds of a range. */
    void add(Range range) {
        starts.add(range.first());
        range.last().next().ifPresent(starts::add);
    }

    /** The pieces of a range, cut at every bound added that falls inside it, in address order. */
    List<Range> pieces(Range range) {
        List<Range> out = new ArrayList<>();
        IpAddress first = range.first();
        for (IpAddress start : starts.subSet(range.first(), false, range.last(), true)) {
            out.add(new Range(first, start.previous().orElseThrow()));
            first = start;
        }
        out.add(new Range(first, range.last()));
        return out;
    }

    /** Disjoint ranges joined where one ends right before the next begins, in address order. */
    static List<Range> join(Collection<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::first));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            int lastIndex = out.size() - 1;
            if (lastIndex >= 0 && out.get(lastIndex).last().next().filter(r.first()::equals).isPresent()) {
                out.set(lastIndex, new Range(out.get(lastIndex).first(), r.last()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
