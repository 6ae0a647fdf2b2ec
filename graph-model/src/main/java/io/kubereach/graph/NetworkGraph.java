package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Decider;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.TierKind;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The typed graph every view draws: nodes, namespaces, workloads, pods with their pause and app
 * containers, Services, Ingresses, the outside and address blocks, joined by containment,
 * backend, route and traffic edges (see {@link GraphVertex}, {@link GraphEdge}). Traffic edges
 * are at workload level and only where a policy is involved; the traffic around one pod or
 * workload is computed on demand ({@link #trafficAround}). Filters and focus are views over
 * this graph ({@link GraphView}, {@link Focus}), never copies.
 *
 * <p>Immutable once built, apart from the on-demand caches; safe to read from any thread.
 * Build one with {@link NetworkGraphBuilder}, off the UI thread.
 */
public final class NetworkGraph {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final Graph<GraphVertex, GraphEdge> graph;
    private final Map<String, GraphVertex> vertices;
    private final int workloadCount;
    /** The edges by id, made on the first look-up: hundreds of thousands of ids nobody may ask for, so none is kept. */
    private volatile IdIndex<GraphEdge> edges;
    /** The kinds of tier that decide some traffic edge, made on the first look-up (a pass over every edge). */
    private volatile Set<TierKind> decidingTiers;
    private final Map<String, TrafficEnd> workloadEnds;
    private final Map<String, TrafficEnd> entryEnds;
    private final TrafficEnds ends;
    private final PolicyIsolation isolation;
    private final TrafficJudge judge;
    private final WorkloadPairs pairs;
    private final Map<String, Graph<GraphVertex, GraphEdge>> around = new ConcurrentHashMap<>();
    private final Map<String, List<JudgedPair>> judgedAround = new ConcurrentHashMap<>();

    NetworkGraph(ClusterSnapshot snapshot, ReachabilityEngine engine, Graph<GraphVertex, GraphEdge> graph,
            Map<String, GraphVertex> vertices, Map<String, TrafficEnd> workloadEnds, Map<String, TrafficEnd> entryEnds, TrafficEnds ends,
            PolicyIsolation isolation, TrafficJudge judge, WorkloadPairs pairs) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.vertices = Collections.unmodifiableMap(vertices);
        this.workloadCount = (int) vertices.values().stream().filter(GraphVertex.WorkloadVertex.class::isInstance).count();
        this.workloadEnds = Collections.unmodifiableMap(workloadEnds);
        this.entryEnds = Collections.unmodifiableMap(entryEnds);
        this.ends = ends;
        this.isolation = isolation;
        this.judge = judge;
        this.pairs = pairs;
    }

    /** The whole graph, read-only; vertices and edges iterate in id order of insertion. */
    public Graph<GraphVertex, GraphEdge> graph() {
        return graph;
    }

    /** The snapshot it was built from. */
    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** The engine that judged its traffic. */
    public ReachabilityEngine engine() {
        return engine;
    }

    /** The vertex of an id. */
    public Optional<GraphVertex> vertex(String id) {
        return Optional.ofNullable(vertices.get(id));
    }

    /** The edge of an id, including traffic edges computed on demand so far. */
    public Optional<GraphEdge> edge(String id) {
        Optional<GraphEdge> e = edgesById().item(id);
        if (e.isPresent()) {
            return e;
        }
        return around.values().stream().flatMap(g -> g.edgeSet().stream()).filter(x -> x.id().equals(id)).findFirst();
    }

    private IdIndex<GraphEdge> edgesById() {
        IdIndex<GraphEdge> byId = edges;
        if (byId == null) {
            synchronized (this) {
                byId = edges;
                if (byId == null) {
                    edges = byId = IdIndex.ofEdges(List.copyOf(graph.edgeSet()));
                }
            }
        }
        return byId;
    }

    /**
     * The kinds of tier that decide some traffic edge of the graph, in walking order: the union of
     * {@link GraphEdge.Traffic#decidingTiers()} over every traffic edge. Worked out on the first
     * call (one pass over hundreds of thousands of edges at 10,000 pods), so a builder off the UI
     * thread can call it once and the UI reads it for free.
     */
    public Set<TierKind> decidingTiers() {
        Set<TierKind> kinds = decidingTiers;
        if (kinds == null) {
            Set<TierKind> present = EnumSet.noneOf(TierKind.class);
            int every = TierKind.values().length;
            for (GraphEdge e : graph.edgeSet()) {
                if (present.size() == every) {
                    break; // none left to find: the rest would only make garbage
                }
                if (e instanceof GraphEdge.Traffic t && !t.decidedBy().isEmpty()) { // a set per edge added up at 10,000 pods
                    for (Decider d : t.decidedBy().keySet()) {
                        present.add(d.tier());
                    }
                }
            }
            decidingTiers = kinds = Collections.unmodifiableSet(present);
        }
        return kinds;
    }

    /** How many workloads the graph has: counted as the graph is made, so a status bar asks it on the UI thread for free. */
    public int workloadCount() {
        return workloadCount;
    }

    /** The vertices of one type, in graph order. */
    public <T extends GraphVertex> List<T> vertices(Class<T> type) {
        return vertices.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The workload-level traffic edges of the default picture. */
    public List<GraphEdge.Traffic> trafficEdges() {
        return graph.edgeSet().stream().filter(GraphEdge.Traffic.class::isInstance).map(GraphEdge.Traffic.class::cast).toList();
    }

    /**
     * The traffic around a pod or workload, computed now (and cached): at the same level, every
     * vertex it may reach and every vertex that may reach it, the blocked pairs worth drawing,
     * and the address blocks its isolating policies name. Empty for other vertices.
     */
    public Graph<GraphVertex, GraphEdge> trafficAround(String id) {
        return around.computeIfAbsent(id, this::computeAround);
    }

    /**
     * Every pair a pod or workload is one end of, judged now (and cached): at the same level,
     * to and from every other pod or workload, allowed, blocked or unknown alike (none left out
     * as the picture leaves out what isolation means), then the address blocks its isolating
     * policies name. What a pod's or workload's details list in both directions. Empty for
     * other vertices.
     */
    public List<Judged> pairsAround(String id) {
        return judgedAround.computeIfAbsent(id, this::computePairs).stream()
                .map(p -> new Judged(p.edge(), TrafficJudge.verdictOf(p.edge(), p.dst()))).toList();
    }

    /**
     * A pair judged: its traffic edge and its verdict, unknown where a served connection cannot be judged.
     *
     * @param edge the traffic edge
     * @param verdict its verdict (what {@link #verdictOf} says, without looking its end up again)
     */
    public record Judged(GraphEdge.Traffic edge, PairVerdict verdict) {
    }

    /** A judged pair with its ends. */
    private record JudgedPair(TrafficEnd src, TrafficEnd dst, GraphEdge.Traffic edge, boolean block) {
    }

    private List<JudgedPair> computePairs(String id) {
        GraphVertex focus = vertices.get(id);
        List<TrafficEnd> others;
        TrafficEnd center;
        List<Pod> pods;
        if (focus instanceof GraphVertex.PodVertex p) {
            Pod pod = snapshot.pod(p.ref()).orElseThrow();
            center = ends.ofPod(pod);
            pods = List.of(pod);
            others = snapshot.pods().stream().sorted(Comparator.comparing(Pod::ref)).filter(q -> !q.ref().equals(pod.ref()))
                    .map(ends::ofPod).toList();
        } else if (focus instanceof GraphVertex.WorkloadVertex w) {
            center = workloadEnds.get(id);
            pods = snapshot.pods().stream().filter(q -> q.owner().equals(w.ref())).toList();
            others = workloadEnds.values().stream().filter(e -> e != center).toList();
        } else {
            return List.of();
        }
        List<JudgedPair> out = new ArrayList<>();
        for (TrafficEnd other : others) {
            for (boolean outgoing : new boolean[] {true, false}) {
                TrafficEnd src = outgoing ? center : other;
                TrafficEnd dst = outgoing ? other : center;
                out.add(new JudgedPair(src, dst, judge.judge(src, dst), false));
            }
        }
        for (Direction d : Direction.values()) {
            TreeMap<String, IpBlock> named = new TreeMap<>();
            pods.forEach(p -> isolation.namedBlocks(p.ref(), d).forEach(b -> named.put(GraphVertex.AddressBlockVertex.idOf(b), b)));
            for (IpBlock block : named.values()) {
                TrafficEnd b = ends.ofBlock(block);
                TrafficEnd src = d == Direction.INGRESS ? b : center;
                TrafficEnd dst = d == Direction.INGRESS ? center : b;
                out.add(new JudgedPair(src, dst, judge.judge(src, dst), true));
            }
        }
        return List.copyOf(out);
    }

    private Graph<GraphVertex, GraphEdge> computeAround(String id) {
        Graph<GraphVertex, GraphEdge> out = new PlainMultigraph();
        GraphVertex focus = vertices.get(id);
        if (!(focus instanceof GraphVertex.PodVertex) && !(focus instanceof GraphVertex.WorkloadVertex)) {
            return new AsUnmodifiableGraph<>(out);
        }
        out.addVertex(focus);
        for (JudgedPair pair : judgedAround.computeIfAbsent(id, this::computePairs)) {
            GraphEdge.Traffic edge = pair.edge();
            if (pair.block() || edge.verdict() != TrafficVerdict.BLOCKED || judge.worthDrawing(pair.src(), pair.dst(), edge)) {
                add(out, edge);
            }
        }
        return new AsUnmodifiableGraph<>(out);
    }

    private void add(Graph<GraphVertex, GraphEdge> out, GraphEdge edge) {
        GraphVertex s = vertices.get(edge.sourceId());
        GraphVertex t = vertices.get(edge.targetId());
        if (s == null || t == null) {
            return;
        }
        out.addVertex(s);
        out.addVertex(t);
        out.addEdge(s, t, edge);
    }

    /** The end of a traffic edge's vertex as the engine sees it: a workload, pod, address block or an entry point's controller. */
    Optional<TrafficEnd> end(String id) {
        GraphVertex v = vertices.get(id);
        if (v instanceof GraphVertex.WorkloadVertex) {
            return Optional.ofNullable(workloadEnds.get(id));
        }
        if (v instanceof GraphVertex.PodVertex p) {
            return snapshot.pod(p.ref()).map(ends::ofPod);
        }
        if (v instanceof GraphVertex.AddressBlockVertex b) {
            return Optional.of(ends.ofBlock(b.block()));
        }
        if (v instanceof GraphVertex.IngressVertex) {
            return Optional.ofNullable(entryEnds.get(id));
        }
        return Optional.empty();
    }

    /** The workload ends in graph order. */
    Map<String, TrafficEnd> workloadEnds() {
        return workloadEnds;
    }

    /** The verdict of every ordered workload pair, as judged while the graph was built. */
    WorkloadPairs workloadPairs() {
        return pairs;
    }

    /**
     * The traffic from one vertex to another, judged now whether the diagram draws it or not:
     * between workloads, pods or address blocks (a workload to itself: two of its replicas).
     * Empty when either id is none of those.
     */
    public Optional<GraphEdge.Traffic> traffic(String fromId, String toId) {
        Optional<TrafficEnd> src = end(fromId);
        Optional<TrafficEnd> dst = end(toId);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        if (fromId.equals(toId) && vertices.get(fromId) instanceof GraphVertex.WorkloadVertex w) {
            return Optional.of(judge.replicas(src.get(), snapshot.pods().stream().filter(p -> p.owner().equals(w.ref())).toList()));
        }
        return Optional.of(judge.judge(src.get(), dst.get()));
    }

    /** The verdict of a traffic edge of this graph, with unknown as an answer of its own. */
    public PairVerdict verdictOf(GraphEdge.Traffic edge) {
        return end(edge.targetId()).map(dst -> TrafficJudge.verdictOf(edge, dst)).orElse(PairVerdict.of(edge.verdict(), ConnectionSet.none()));
    }

    /** What one vertex may open to another, judged now (see {@link #traffic}). */
    Optional<ReachabilityMatrix.Ports> pairTraffic(String fromId, String toId) {
        return traffic(fromId, toId).flatMap(edge -> end(toId).map(dst -> new ReachabilityMatrix.Ports(dst.served(), edge.allowed(),
                edge.common(), TrafficJudge.unknownServed(edge, dst))));
    }

    TrafficJudge judge() {
        return judge;
    }

    /** An address block's end as this graph's engine sees it, whether this graph draws the block or not. */
    TrafficEnd blockEnd(IpBlock block) {
        return ends.ofBlock(block);
    }

    /** Explains a traffic edge port by port with the engine's own reasons. */
    public EdgeExplanation explain(GraphEdge.Traffic edge) {
        return EdgeExplanation.of(this, edge);
    }
}
