package io.kubereach.diff;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.ExternalRanges.Range;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionEnd;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the allowed connectivity of one cluster differs from another's, pair by pair, as
 * netpol-analyzer's {@code diff} computes it: the connection lists of both sides, their outside
 * ranges cut to common pieces and joined again where the pieces changed alike, compared per
 * (source, destination). A pair whose connections either side could not judge (its NetworkPolicies
 * could not be read) is never called unchanged or changed: it is {@link #uncertain()}.
 */
public final class ConnectivityDiff {

    private static final Comparator<ConnectionChange> BY_NAMES = Comparator
            .comparing((ConnectionChange c) -> c.source().toString())
            .thenComparing(c -> c.destination().toString());

    private final List<ConnectionChange> pairs;
    private final List<ConnectionChange> uncertain;

    private ConnectivityDiff(List<ConnectionChange> pairs, List<ConnectionChange> uncertain) {
        this.pairs = List.copyOf(pairs);
        this.uncertain = List.copyOf(uncertain);
    }

    /** How {@code after} differs from {@code before}. */
    public static ConnectivityDiff between(Connectivity before, Connectivity after) {
        PairTable table = new PairTable();
        table.addBounds(before);
        table.addBounds(after);
        table.put(before.known(), true, true);
        table.put(before.unknown(), true, false);
        table.put(after.known(), false, true);
        table.put(after.unknown(), false, false);

        List<ConnectionChange> certain = new ArrayList<>();
        List<ConnectionChange> notCertain = new ArrayList<>();
        joinRanges(table.byPair).forEach((pair, sides) -> {
            var change = new ConnectionChange(pair.source(), pair.destination(), sides.before(), sides.after(),
                    presence(pair.source(), before.workloads(), after.workloads()),
                    presence(pair.destination(), before.workloads(), after.workloads()));
            (sides.certain() ? certain : notCertain).add(change);
        });
        certain.sort(BY_NAMES);
        notCertain.sort(BY_NAMES);
        return new ConnectivityDiff(certain, notCertain);
    }

    /** Every pair allowed on either side and judged on both, unchanged ones included, by source then destination name. */
    public List<ConnectionChange> pairs() {
        return pairs;
    }

    /** The pairs that changed: added, removed or changed, by source then destination name. */
    public List<ConnectionChange> changes() {
        return pairs.stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).toList();
    }

    /**
     * The pairs that may be allowed on a side whose NetworkPolicies for one of their ends could
     * not be read: whether they changed is unknown. Their sets are upper bounds.
     */
    public List<ConnectionChange> uncertain() {
        return uncertain;
    }

    /** Whether no pair is known to have changed (see {@link #uncertain()} for those that may have). */
    public boolean isEmpty() {
        return pairs.stream().allMatch(c -> c.kind() == ChangeKind.UNCHANGED);
    }

    /** The source and destination of one pair. */
    private record Pair(ConnectionEnd source, ConnectionEnd destination) {
    }

    /** What each side allows for one pair, and whether both sides judged it. */
    private record Sides(ConnectionSet before, ConnectionSet after, boolean certain) {
        static final Sides NOTHING = new Sides(ConnectionSet.none(), ConnectionSet.none(), true);

        Sides with(boolean first, ConnectionSet set, boolean known) {
            return new Sides(first ? set : before, first ? after : set, certain && known);
        }
    }

    /** Pairs whose outside ends can be joined: the same other end, on the same side, and the same sets. */
    private record Joinable(ConnectionEnd inside, boolean outsideIsSource, Sides sides) {
    }

    /** Both sides' connections per pair, their outside ends cut to the pieces both sides' bounds make. */
    private static final class PairTable {
        private final RangeCuts sources = new RangeCuts();
        private final RangeCuts destinations = new RangeCuts();
        private final Map<Pair, Sides> byPair = new LinkedHashMap<>();

        void addBounds(Connectivity side) {
            for (List<Connection> list : List.of(side.known(), side.unknown())) {
                for (Connection c : list) {
                    if (c.source() instanceof ConnectionEnd.External e) {
                        sources.add(e.range());
                    }
                    if (c.destination() instanceof ConnectionEnd.External e) {
                        destinations.add(e.range());
                    }
                }
            }
        }

        /** Call after every {@link #addBounds}: the cuts must be complete. */
        void put(List<Connection> connections, boolean first, boolean known) {
            for (Connection c : connections) {
                for (Pair p : pieces(c, sources, destinations)) {
                    byPair.put(p, byPair.getOrDefault(p, Sides.NOTHING).with(first, c.connections(), known));
                }
            }
        }
    }

    /** The pairs a connection stands for once its outside end is cut to the common pieces. */
    private static List<Pair> pieces(Connection c, RangeCuts sources, RangeCuts destinations) {
        if (c.source() instanceof ConnectionEnd.External e) {
            return sources.pieces(e.range()).stream()
                    .map(r -> new Pair(new ConnectionEnd.External(r), c.destination())).toList();
        }
        if (c.destination() instanceof ConnectionEnd.External e) {
            return destinations.pieces(e.range()).stream()
                    .map(r -> new Pair(c.source(), new ConnectionEnd.External(r))).toList();
        }
        return List.of(new Pair(c.source(), c.destination()));
    }

    /** The pairs with the outside pieces that changed alike joined into ranges again. */
    private static Map<Pair, Sides> joinRanges(Map<Pair, Sides> byPair) {
        Map<Pair, Sides> out = new LinkedHashMap<>();
        Map<Joinable, List<Range>> joinable = new LinkedHashMap<>();
        byPair.forEach((pair, sides) -> {
            if (pair.source() instanceof ConnectionEnd.External e) {
                joinable.computeIfAbsent(new Joinable(pair.destination(), true, sides), k -> new ArrayList<>()).add(e.range());
            } else if (pair.destination() instanceof ConnectionEnd.External e) {
                joinable.computeIfAbsent(new Joinable(pair.source(), false, sides), k -> new ArrayList<>()).add(e.range());
            } else {
                out.put(pair, sides);
            }
        });
        joinable.forEach((group, ranges) -> {
            for (Range r : RangeCuts.join(ranges)) {
                ConnectionEnd outside = new ConnectionEnd.External(r);
                Pair pair = group.outsideIsSource() ? new Pair(outside, group.inside()) : new Pair(group.inside(), outside);
                out.put(pair, group.sides());
            }
        });
        return out;
    }

    private static Presence presence(ConnectionEnd end, Set<WorkloadRef> before, Set<WorkloadRef> after) {
        return end.workload().map(w -> {
            if (!after.contains(w)) {
                return Presence.BEFORE_ONLY;
            }
            return before.contains(w) ? Presence.BOTH : Presence.AFTER_ONLY;
        }).orElse(Presence.BOTH);
    }
}
