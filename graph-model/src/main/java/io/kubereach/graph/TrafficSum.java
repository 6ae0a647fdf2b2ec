package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.TierKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The workload traffic edges between two namespaces added up one by one, as a picture with closed
 * namespaces merges their lines: how many, their line verdicts combined, the union of what they
 * allow and the kinds of tier that decided them. The edges themselves are not kept. Not safe for
 * concurrent use: each row of pairs fills its own sums, merged in row order afterwards.
 */
final class TrafficSum {

    /** At most this many distinct allowed sets are kept apart before they are united. */
    private static final int DISTINCT_KEPT = 16;

    private int edges;
    private PairVerdict verdict;
    /** The distinct allowed sets met (by identity: the engine interns its answers), united once at the end. */
    private final List<ConnectionSet> allowed = new ArrayList<>(2);
    private final Set<TierKind> tiers = EnumSet.noneOf(TierKind.class);
    private String onlyEdgeId = "";

    /** Adds one workload edge. */
    void add(GraphEdge.Traffic edge) {
        edges++;
        verdict = verdict == null ? edge.lineVerdict() : verdict.and(edge.lineVerdict());
        addAllowed(edge.allowed());
        tiers.addAll(edge.decidedBy().keySet());
        onlyEdgeId = edges == 1 ? edge.id() : "";
    }

    /** Adds the edges another sum added (of a later row). */
    void add(TrafficSum other) {
        if (other.edges == 0) {
            return;
        }
        verdict = verdict == null ? other.verdict : verdict.and(other.verdict);
        other.allowed.forEach(this::addAllowed);
        tiers.addAll(other.tiers);
        onlyEdgeId = edges == 0 ? other.onlyEdgeId : "";
        edges += other.edges;
    }

    private void addAllowed(ConnectionSet set) {
        for (ConnectionSet known : allowed) {
            if (known == set) {
                return;
            }
        }
        if (allowed.size() == DISTINCT_KEPT) {
            ConnectionSet union = set;
            for (ConnectionSet known : allowed) {
                union = union.union(known);
            }
            allowed.clear();
            set = union;
        }
        allowed.add(set);
    }

    /** Whether no edge was added. */
    boolean isEmpty() {
        return edges == 0;
    }

    /** The summed edge between two namespace vertices; only for a sum with edges. */
    GraphEdge.SummedTraffic edge(String sourceId, String targetId) {
        ConnectionSet union = ConnectionSet.none();
        for (ConnectionSet set : allowed) {
            union = union.union(set);
        }
        return new GraphEdge.SummedTraffic(sourceId, targetId, edges, verdict, union, tiers, onlyEdgeId);
    }
}
