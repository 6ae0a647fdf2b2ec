package io.kubereach.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Finds an item of a list by its id, as a {@code HashMap<String, Integer>} of the ids would (the
 * last item of an id wins), in a table of positions only: no map entry, boxed number or kept id per
 * item. At 10,000 pods there are hundreds of thousands of lines, and such a map of them was tens of
 * megabytes that every collection after the open had to walk or copy. An item is asked whether it has
 * an id on a look-up, and only when its id hashes alike; graph edges answer without making their id.
 *
 * @param <T> the items
 */
public final class IdIndex<T> {

    private final List<T> items;
    private final Function<T, String> idOf;
    private final BiPredicate<T, String> hasId;
    /** The hash of each item's id. */
    private final int[] hashes;
    /** Open addressing: an item's position + 1 in its id's slot or the next free one; 0 is free. */
    private final int[] slots;

    private IdIndex(List<T> items, Function<T, String> idOf, ToIntFunction<T> hashOf, BiPredicate<T, String> hasId) {
        this.items = items;
        this.idOf = idOf;
        this.hasId = hasId;
        this.hashes = new int[items.size()];
        this.slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, items.size())) << 2)];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            hashes[i] = hashOf.applyAsInt(item);
            int slot = findLike(item, hashes[i]);
            slots[slot] = i + 1; // a later item of the same id takes its place, as a map's put would
        }
    }

    /** An index of the items (a list with fast {@link List#get}) by the ids {@code idOf} gives; the list is not copied. */
    public static <T> IdIndex<T> of(List<T> items, Function<T, String> idOf) {
        return new IdIndex<>(items, idOf, item -> idOf.apply(item).hashCode(), (item, id) -> idOf.apply(item).equals(id));
    }

    /** An index of graph edges by id, none of the ids made: each edge hashes and matches its id in place. */
    public static IdIndex<GraphEdge> ofEdges(List<GraphEdge> edges) {
        return new IdIndex<>(edges, GraphEdge::id, GraphEdge::idHash, GraphEdge::hasId);
    }

    /** The position of the last item of an id, -1 when none has it. */
    public int position(String id) {
        int slot = find(id, id.hashCode());
        return slots[slot] - 1;
    }

    /** The last item of an id. */
    public Optional<T> item(String id) {
        int at = position(id);
        return at < 0 ? Optional.empty() : Optional.of(items.get(at));
    }

    /** The slot holding an item of the id, or the free slot where one would go. */
    private int find(String id, int hash) {
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            int held = slots[slot] - 1;
            if (held < 0 || hashes[held] == hash && hasId.test(items.get(held), id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The slot holding an item of the same id as {@code item}, or the free slot where it would go. */
    private int findLike(T item, int hash) {
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            int held = slots[slot] - 1;
            // the id is made only for an item whose id hashes alike: the same id again, or a rare collision
            if (held < 0 || hashes[held] == hash && hasId.test(items.get(held), idOf.apply(item))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Spreads the high bits of a hash down, as ids often differ only in their last characters. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
