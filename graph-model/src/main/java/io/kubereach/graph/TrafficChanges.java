package io.kubereach.graph;

import io.kubereach.diff.ChangeKind;
import io.kubereach.engine.ConnectionSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * How the traffic of one graph differs from another's, per traffic edge id: what a what-if layer
 * paints over the picture (lines that became allowed or blocked or changed ports, the others
 * dimmed). Vertex ids are the same for the same objects in both graphs, so an edge id names the
 * same line on both sides.
 *
 * <p>Every pair of workloads is judged in both graphs, not only the pairs the pictures draw: a
 * pair that neither picture draws can still change (a workload newly isolated for ingress
 * blocks lines that were allowed without a policy). Address blocks count where either picture
 * draws traffic with them. A line is judged as the picture judges it, on the ports its
 * destination serves: {@link ChangeKind#ADDED} when it was blocked (or an end did not exist)
 * and is allowed at least in part now, {@link ChangeKind#REMOVED} the other way round,
 * {@link ChangeKind#CHANGED} when it is allowed on both sides but on other served ports or for
 * other pods.
 */
public final class TrafficChanges {

    /**
     * A traffic line judged in both graphs.
     *
     * @param sourceId the connecting workload or address block
     * @param targetId the accepting workload or address block
     * @param before the line in the first graph; empty when an end does not exist there
     * @param after the line in the second graph; empty when an end does not exist there
     * @param kind how it changed
     */
    public record EdgeChange(String sourceId, String targetId, Optional<GraphEdge.Traffic> before,
            Optional<GraphEdge.Traffic> after, ChangeKind kind) {
        /** The id of the traffic edge this line is in either graph. */
        public String edgeId() {
            // the id a traffic edge between the two vertices has, whatever its verdict
            return new GraphEdge.Traffic(sourceId, targetId, TrafficVerdict.BLOCKED, ConnectionSet.none(), ConnectionSet.none()).id();
        }
    }

    private final Map<String, EdgeChange> changes;

    private TrafficChanges(Map<String, EdgeChange> changes) {
        this.changes = Collections.unmodifiableMap(changes);
    }

    /** How the traffic of {@code after} differs from that of {@code before}. */
    public static TrafficChanges between(NetworkGraph before, NetworkGraph after) {
        return between(before, after, id -> true);
    }

    /**
     * How the traffic of {@code after} differs from that of {@code before} when only the pairs
     * with a touched workload at one end can differ (the two graphs differ in policies only, see
     * {@link PolicyChanges#touchedWorkloads}): only those are judged.
     */
    public static TrafficChanges between(NetworkGraph before, NetworkGraph after, Set<String> touched) {
        return between(before, after, touched::contains);
    }

    private static TrafficChanges between(NetworkGraph before, NetworkGraph after, Predicate<String> touched) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> workloads = new LinkedHashSet<>(before.workloadEnds().keySet());
        workloads.addAll(after.workloadEnds().keySet());
        for (String from : workloads) {
            for (String to : workloads) {
                if (!from.equals(to) && (touched.test(from) || touched.test(to))) {
                    pairs.add(new Pair(from, to));
                }
            }
        }
        Set<Pair> blockPairs = new LinkedHashSet<>();
        for (NetworkGraph g : List.of(before, after)) {
            g.trafficEdges().stream().filter(e -> isBlock(g, e.sourceId()) || isBlock(g, e.targetId()))
                    .filter(e -> touched.test(e.sourceId()) || touched.test(e.targetId()))
                    .forEach(e -> blockPairs.add(new Pair(e.sourceId(), e.targetId())));
        }
        pairs.addAll(blockPairs);
        // judged in parallel, as the graph builder judges its pairs (the engines are safe for concurrent queries)
        List<EdgeChange> judged = IntStream.range(0, pairs.size()).parallel()
                .mapToObj(i -> judge(pairs.get(i), before, after)).toList();
        Map<String, EdgeChange> out = new LinkedHashMap<>();
        judged.stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).forEach(c -> out.put(c.edgeId(), c));
        return new TrafficChanges(out);
    }

    /** How the line of a traffic edge id changed; {@link ChangeKind#UNCHANGED} for every line not among the changes. */
    public ChangeKind kindOf(String edgeId) {
        EdgeChange c = changes.get(edgeId);
        return c == null ? ChangeKind.UNCHANGED : c.kind();
    }

    /** The change of a traffic edge id, when its line changed. */
    public Optional<EdgeChange> change(String edgeId) {
        return Optional.ofNullable(changes.get(edgeId));
    }

    /** The lines that changed, workload pairs in graph order first, then those with address blocks. */
    public List<EdgeChange> changes() {
        return List.copyOf(changes.values());
    }

    /** How many lines changed in each way (added: became allowed, removed: became blocked, changed); no unchanged count. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED)) {
            out.put(k, 0);
        }
        changes.values().forEach(c -> out.merge(c.kind(), 1, Integer::sum));
        return out;
    }

    /** Whether no line changed. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private record Pair(String sourceId, String targetId) {
    }

    private static boolean isBlock(NetworkGraph g, String vertexId) {
        return g.vertex(vertexId).filter(GraphVertex.AddressBlockVertex.class::isInstance).isPresent();
    }

    private static EdgeChange judge(Pair pair, NetworkGraph before, NetworkGraph after) {
        Optional<Judged> first = judged(pair, before, after);
        Optional<Judged> second = judged(pair, after, before);
        return new EdgeChange(pair.sourceId(), pair.targetId(), first.map(Judged::edge), second.map(Judged::edge), kind(first, second));
    }

    /** A line and what its destination serves. */
    private record Judged(GraphEdge.Traffic edge, ConnectionSet served) {
        boolean opens() {
            return edge.verdict() != TrafficVerdict.BLOCKED;
        }

        /** What the picture shows of the line: the verdict and the served ports some and every pair may open. */
        List<Object> shown() {
            return List.of(edge.verdict(), edge.allowed().intersect(served), edge.common().intersect(served));
        }
    }

    /** The line judged in graph {@code g}; an address block that only {@code other} draws is judged in {@code g} too. */
    private static Optional<Judged> judged(Pair pair, NetworkGraph g, NetworkGraph other) {
        Optional<TrafficEnd> src = end(pair.sourceId(), g, other);
        Optional<TrafficEnd> dst = end(pair.targetId(), g, other);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Judged(g.judge().judge(src.get(), dst.get()), dst.get().served()));
    }

    private static Optional<TrafficEnd> end(String vertexId, NetworkGraph g, NetworkGraph other) {
        Optional<TrafficEnd> own = g.end(vertexId);
        if (own.isPresent()) {
            return own;
        }
        return other.vertex(vertexId).filter(GraphVertex.AddressBlockVertex.class::isInstance)
                .map(v -> g.blockEnd(((GraphVertex.AddressBlockVertex) v).block()));
    }

    private static ChangeKind kind(Optional<Judged> before, Optional<Judged> after) {
        boolean opened = before.filter(Judged::opens).isPresent();
        boolean opens = after.filter(Judged::opens).isPresent();
        if (opened != opens) {
            return opens ? ChangeKind.ADDED : ChangeKind.REMOVED;
        }
        if (opens && !before.get().shown().equals(after.get().shown())) {
            return ChangeKind.CHANGED;
        }
        return ChangeKind.UNCHANGED;
    }
}
