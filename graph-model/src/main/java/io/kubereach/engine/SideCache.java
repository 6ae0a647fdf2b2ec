package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.PortProtocol;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The answers of pod pairs and of pods with address ranges from sides worked out once per
 * {@link RemoteGroups} group: a side toward a remote class or range is the side toward its
 * group's first one (the side's rules cannot tell them apart), equal sides are one interned value
 * with a number, and a pod pair's answer is worked out once per pair of side numbers. So the work
 * grows with what the rules tell apart and with the distinct answers, not with the classes.
 * Answers are interned in the pool the engine's tables share.
 *
 * <p>Safe for concurrent use without locks, as {@link ConnectionTable} is: a cell two threads
 * fill at once gets the same value from both.
 */
final class SideCache {

    /** A side's answer, its number among the distinct answers, and its answer alone. */
    private record Side(int id, SideSets sets, Reach alone) {
    }

    /**
     * The sides of one judged class: its remote groups, the side toward each and its facts on the
     * connections asked so far toward each, filled when first asked.
     */
    private record Row(RemoteGroups.Groups groups, AtomicReferenceArray<Side> cells, AtomicReferenceArray<Facts> facts) {
    }

    /**
     * A side's facts on some connections, and the facts on other connections known before (a
     * cluster's pods serve few sets of ports, and the graph asks with one list per set).
     */
    private record Facts(List<PortProtocol> connections, List<SideFacts> answer, Facts next) {
    }

    private final IndexedSides sides;
    /** By remote kind (pod class 0, address range 1). */
    private final RemoteGroups[] remotes;
    /** By remote kind, direction and same node (0 no, 1 yes): rows of judged classes, cells of remote groups. */
    private final AtomicReferenceArray<Row>[][][] tables;
    private final ConcurrentMap<SideSets, Side> interned = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentMap<Long, Reach> pairs = new ConcurrentHashMap<>();
    private final ConcurrentMap<Reach, Reach> pool;

    @SuppressWarnings("unchecked")
    SideCache(IndexedSides sides, PodClassIndex classes, AddressRanges ranges, ConcurrentMap<Reach, Reach> pool) {
        this.sides = sides;
        this.pool = pool;
        this.remotes = new RemoteGroups[] {
            RemoteGroups.ofClasses(classes, (d, judged, sink) -> sides.remoteBits(d, judged, IndexedSides.Remote.POD_CLASS, sink)),
            RemoteGroups.ofRanges(ranges, classes.size(), (d, judged, sink) -> sides.remoteBits(d, judged, IndexedSides.Remote.ADDRESS_RANGE, sink))
        };
        this.tables = new AtomicReferenceArray[2][2][2];
        for (int k = 0; k < 2; k++) {
            for (int d = 0; d < 2; d++) {
                for (int s = 0; s < 2; s++) {
                    tables[k][d][s] = new AtomicReferenceArray<>(classes.size());
                }
            }
        }
        intern(SideSets.ALL); // an answer equal to ALL is ALL itself, which SideSets.pair recognises
    }

    /** Rule 5, as {@link IndexedEngine} defines a pod pair's answer: egress at the source, then ingress at the destination. */
    Reach pair(int src, int dst, boolean sameNode) {
        Side egress = side(Direction.EGRESS, src, IndexedSides.Remote.POD_CLASS, dst, sameNode);
        if (egress.sets().deniesEverything()) {
            return egress.alone(); // denied at the source whatever the destination says
        }
        Side ingress = side(Direction.INGRESS, dst, IndexedSides.Remote.POD_CLASS, src, sameNode);
        long key = ((long) egress.id() << 32) | ingress.id();
        Reach known = pairs.get(key);
        if (known != null) {
            return known;
        }
        Reach computed = intern(SideSets.pair(egress.sets(), ingress.sets()));
        Reach existing = pairs.putIfAbsent(key, computed);
        return existing != null ? existing : computed;
    }

    /** A pod class's side alone toward an address range (an address outside the cluster has no side of its own). */
    Reach withRange(Direction direction, int judged, int range) {
        return side(direction, judged, IndexedSides.Remote.ADDRESS_RANGE, range, false).alone();
    }

    /**
     * A side's facts on some connections ({@link IndexedSides#facts}), worked out once per group of
     * remote classes or ranges its rules cannot tell apart, toward the group's first one.
     */
    List<SideFacts> facts(Direction direction, int judged, IndexedSides.Remote kind, int remote, boolean sameNode,
            List<PortProtocol> connections) {
        if (kind != IndexedSides.Remote.POD_CLASS) {
            return sides.facts(direction, judged, kind, remote, sameNode, connections);
        }
        Row row = row(direction, judged, kind, sameNode);
        int group = row.groups().group()[remote];
        Facts known = row.facts().get(group);
        for (Facts f = known; f != null; f = f.next()) {
            if (f.connections() == connections) {
                return f.answer();
            }
        }
        for (Facts f = known; f != null; f = f.next()) {
            if (f.connections().equals(connections)) {
                return f.answer();
            }
        }
        List<SideFacts> answer = List.copyOf(sides.facts(direction, judged, kind, row.groups().representative()[group], sameNode, connections));
        // another thread may have added facts meanwhile: then these are worked out again when next asked, the same
        row.facts().compareAndSet(group, known, new Facts(connections, answer, known));
        return answer;
    }

    private Row row(Direction direction, int judged, IndexedSides.Remote kind, boolean sameNode) {
        AtomicReferenceArray<Row> rows = tables[kind.ordinal()][direction.ordinal()][sameNode ? 1 : 0];
        Row row = rows.get(judged);
        if (row == null) {
            RemoteGroups.Groups groups = remotes[kind.ordinal()].of(direction, judged);
            row = new Row(groups, new AtomicReferenceArray<>(groups.representative().length),
                    new AtomicReferenceArray<>(groups.representative().length));
            if (!rows.compareAndSet(judged, null, row)) {
                row = rows.get(judged);
            }
        }
        return row;
    }

    private Side side(Direction direction, int judged, IndexedSides.Remote kind, int remote, boolean sameNode) {
        Row row = row(direction, judged, kind, sameNode);
        int group = row.groups().group()[remote];
        Side side = row.cells().get(group);
        if (side == null) {
            side = intern(sides.sets(direction, judged, kind, row.groups().representative()[group], sameNode));
            row.cells().set(group, side);
        }
        return side;
    }

    private Side intern(SideSets sets) {
        return interned.computeIfAbsent(sets, s -> new Side(next.getAndIncrement(), s, intern(s.alone())));
    }

    private Reach intern(Reach reach) {
        Reach existing = pool.putIfAbsent(reach, reach);
        return existing != null ? existing : reach;
    }
}
