package io.kubereach.graph;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.ServiceBackends;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jgrapht.Graph;

/**
 * Builds the {@link NetworkGraph} of a snapshot: every vertex and structural edge, and the
 * workload-level traffic edges that a policy is involved in. The engine work happens here, so
 * call it off the UI thread. Vertices and edges go in in id order, so the same snapshot always
 * gives the same graph in the same order.
 */
public final class NetworkGraphBuilder {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final EngineOptions options;
    private final Graph<GraphVertex, GraphEdge> graph = new PlainMultigraph();
    private final Map<String, GraphVertex> vertices = new LinkedHashMap<>();
    private BuildProgress progress = BuildProgress.NONE;
    private Optional<Reuse> reuse = Optional.empty();
    private boolean summing;

    /**
     * What a build may take over from an earlier graph of the same pods: the verdicts and drawn
     * lines of every workload pair neither of whose ends is touched.
     *
     * @param previous the earlier graph
     * @param touched the workload vertex ids whose pairs are judged again
     */
    private record Reuse(NetworkGraph previous, Set<String> touched) {
    }

    /** A builder over a snapshot judged by an engine built with {@code options}. */
    public NetworkGraphBuilder(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.options = options;
    }

    /** The graph of a snapshot under the default options, judged by a new {@link IndexedEngine}. */
    public static NetworkGraph build(ClusterSnapshot snapshot) {
        return new NetworkGraphBuilder(snapshot, new IndexedEngine(snapshot), EngineOptions.DEFAULTS).build();
    }

    /** Tells {@code listener} how far the build is, and stops it when the listener asks. */
    public NetworkGraphBuilder reportingTo(BuildProgress listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Takes over from {@code previous} the verdict and drawn line of every workload pair that has
     * no end among {@code touched}, instead of judging it again: right when the two snapshots
     * differ only in policies and every pod a changed policy applies to belongs to a touched
     * workload (see {@link PolicyChanges#touchedWorkloads}). Ignored when the workloads differ.
     */
    public NetworkGraphBuilder reusing(NetworkGraph previous, Set<String> touched) {
        this.reuse = Optional.of(new Reuse(previous, Set.copyOf(touched)));
        return this;
    }

    /**
     * Builds the graph for a picture with closed namespaces only (the 10,000-pod overview, an
     * export at namespace level): every workload pair is judged as always, but instead of a
     * {@link GraphEdge.Traffic} edge per pair worth drawing, the graph gets one
     * {@link GraphEdge.SummedTraffic} edge per ordered pair of distinct namespaces that has some (a closed
     * namespace draws no line to itself), adding
     * those pairs' edges up exactly as the picture merges their lines. Such a graph has no
     * workload-pair traffic edges: a picture that opens a namespace needs a graph built without this.
     * Ignores {@link #reusing}.
     */
    public NetworkGraphBuilder summingWorkloadTraffic() {
        this.summing = true;
        return this;
    }

    /**
     * Builds the graph.
     *
     * @throws java.util.concurrent.CancellationException when the progress listener asked to stop
     */
    public NetworkGraph build() {
        PolicyIsolation isolation = new PolicyIsolation(snapshot);
        TrafficEnds ends = new TrafficEnds(snapshot, isolation, options);
        Map<WorkloadRef, List<Pod>> workloads = new TreeMap<>();
        snapshot.pods().stream().sorted(Comparator.comparing(Pod::ref))
                .forEach(p -> workloads.computeIfAbsent(p.owner(), w -> new ArrayList<>()).add(p));

        snapshot.namespaces().stream().map(n -> n.name()).sorted().forEach(n -> add(new GraphVertex.NamespaceVertex(n)));
        snapshot.nodes().stream().map(n -> n.name()).sorted().forEach(n -> add(new GraphVertex.NodeVertex(n)));
        Map<String, TrafficEnd> workloadEnds = new LinkedHashMap<>();
        workloads.forEach((ref, pods) -> {
            GraphVertex.WorkloadVertex w = add(new GraphVertex.WorkloadVertex(ref,
                    isolation.isolating(pods, Direction.INGRESS), isolation.isolating(pods, Direction.EGRESS)));
            contains(namespace(ref.namespace()).id(), w.id());
            pods.forEach(pod -> addPod(pod, w));
            workloadEnds.put(w.id(), ends.ofWorkload(w.id(), ref.namespace(), pods));
        });
        GraphVertex outside = add(new GraphVertex.OutsideVertex());
        addBlocks(isolation, workloads);
        addServices(outside);
        EntryPoints entryPoints = new EntryPoints(snapshot);
        entryPoints.addVertices(this::add, this::edge, outside, vertices);

        TrafficJudge judge = new TrafficJudge(engine);
        List<TrafficEnd> all = new ArrayList<>(workloadEnds.values());
        List<List<Pod>> podsOf = new ArrayList<>(workloads.values());
        WorkloadPairs pairs = new WorkloadPairs(all.stream().map(TrafficEnd::vertexId).toList());
        // what the source could not read may leave pairs no policy we read is involved in unknown: the engine judges them all
        boolean judgeEvery = !snapshot.gaps().isEmpty();
        Optional<Reuse> reused = summing ? Optional.empty() : reuse.filter(r -> r.previous().workloadPairs().ids().equals(pairs.ids()));
        Map<String, GraphEdge.Traffic> earlier = new HashMap<>();
        reused.ifPresent(r -> r.previous().trafficEdges().forEach(e -> earlier.put(e.id(), e)));
        // the pairs are judged in parallel (the engine is safe for concurrent queries), one
        // source row per task, and their edges added in source-then-destination order as before
        AtomicInteger done = new AtomicInteger();
        if (summing) {
            NamespaceSums sums = new NamespaceSums(all);
            IntStream.range(0, all.size()).parallel()
                    .mapToObj(i -> {
                        stopIfCancelled();
                        NamespaceSums.Row row = sums.row(i);
                        judgeRow(judge, i, all, podsOf.get(i), pairs, judgeEvery, row::add);
                        progress.judged(done.incrementAndGet(), all.size());
                        return row;
                    })
                    .toList()
                    .forEach(sums::add);
            sums.edges().forEach(this::edge);
        } else {
            IntStream.range(0, all.size()).parallel()
                    .mapToObj(i -> {
                        stopIfCancelled();
                        List<GraphEdge.Traffic> row = new ArrayList<>();
                        if (reused.isPresent() && !reused.get().touched().contains(all.get(i).vertexId())) {
                            reuseRow(judge, i, all, reused.get(), earlier, pairs, row);
                        } else {
                            judgeRow(judge, i, all, podsOf.get(i), pairs, judgeEvery, (column, edge) -> row.add(edge));
                        }
                        progress.judged(done.incrementAndGet(), all.size());
                        return row;
                    })
                    .toList()
                    .forEach(row -> row.forEach(this::edge));
        }
        workloads.forEach((ref, pods) -> addBlockTraffic(judge, ends, isolation, workloadEnds.get(GraphVertex.WorkloadVertex.idOf(ref)), pods));
        Map<String, TrafficEnd> entryEnds = entryPoints.addTraffic(judge, isolation, this::edge, vertices);
        return new NetworkGraph(snapshot, engine, graph, vertices, workloadEnds, entryEnds, ends, isolation, judge, pairs);
    }

    private void stopIfCancelled() {
        if (progress.cancelled()) {
            throw new CancellationException("the graph of " + snapshot.source() + " was no longer wanted");
        }
    }

    /** Where the edges worth drawing of one row of workload pairs go, with the column of each. */
    private interface Drawn {
        void add(int column, GraphEdge.Traffic edge);
    }

    /**
     * Judges one workload to every workload (itself: two of its replicas), writes the verdicts
     * into its row of {@code pairs}, and hands the edges worth drawing to {@code drawn}, in the
     * others' order. A pair no policy is involved in is allowed by default and needs no engine,
     * unless the source could not read everything ({@code judgeEvery}).
     */
    private static void judgeRow(TrafficJudge judge, int row, List<TrafficEnd> all, List<Pod> pods,
            WorkloadPairs pairs, boolean judgeEvery, Drawn drawn) {
        TrafficEnd src = all.get(row);
        for (int column = 0; column < all.size(); column++) {
            TrafficEnd dst = all.get(column);
            boolean involved = src.egressIsolated() || dst.ingressIsolated();
            if (column == row) {
                pairs.set(row, column, TrafficJudge.verdictOf(judge.replicas(src, pods), dst), involved);
            } else if (!involved && !judgeEvery) {
                pairs.set(row, column, PairVerdict.ALLOWED, false);
            } else {
                GraphEdge.Traffic edge = judge.judge(src, dst);
                pairs.set(row, column, TrafficJudge.verdictOf(edge, dst), involved);
                if (judge.worthDrawing(src, dst, edge)) {
                    drawn.add(column, edge);
                }
            }
        }
    }

    /**
     * Copies an untouched workload's row from the earlier graph, judging again only the pairs
     * whose destination is touched.
     */
    private static void reuseRow(TrafficJudge judge, int row, List<TrafficEnd> all, Reuse reuse,
            Map<String, GraphEdge.Traffic> earlier, WorkloadPairs pairs, List<GraphEdge.Traffic> drawn) {
        TrafficEnd src = all.get(row);
        WorkloadPairs before = reuse.previous().workloadPairs();
        for (int column = 0; column < all.size(); column++) {
            TrafficEnd dst = all.get(column);
            if (column != row && reuse.touched().contains(dst.vertexId())) {
                GraphEdge.Traffic edge = judge.judge(src, dst);
                pairs.set(row, column, TrafficJudge.verdictOf(edge, dst), src.egressIsolated() || dst.ingressIsolated());
                if (judge.worthDrawing(src, dst, edge)) {
                    drawn.add(edge);
                }
                continue;
            }
            pairs.set(row, column, before.verdict(row, column), before.policyInvolved(row, column));
            if (column != row) {
                GraphEdge.Traffic edge = earlier.get(GraphEdge.Traffic.idOf(src.vertexId(), dst.vertexId()));
                if (edge != null) {
                    drawn.add(edge);
                }
            }
        }
    }

    private void addPod(Pod pod, GraphVertex.WorkloadVertex workload) {
        GraphVertex.PodVertex p = add(new GraphVertex.PodVertex(pod.ref(), pod.owner(), pod.node().orElse(""), pod.ips(),
                pod.hostNetwork(), pod.labels()));
        contains(workload.id(), p.id());
        pod.node().ifPresent(n -> contains(add(new GraphVertex.NodeVertex(n)).id(), p.id()));
        GraphVertex pause = add(new GraphVertex.PauseVertex(pod.ref(), pod.ips(), pod.hostNetwork()));
        contains(p.id(), pause.id());
        for (Container c : pod.containers()) {
            GraphVertex container = add(new GraphVertex.ContainerVertex(pod.ref(), c.name(), c.ports()));
            contains(p.id(), container.id());
            edge(new GraphEdge.SharesLoopback(pause.id(), container.id()));
        }
    }

    /** Every ipBlock that a policy isolating some pod names, once. */
    private void addBlocks(PolicyIsolation isolation, Map<WorkloadRef, List<Pod>> workloads) {
        TreeMap<String, IpBlock> blocks = new TreeMap<>();
        workloads.values().forEach(pods -> pods.forEach(p -> {
            for (Direction d : Direction.values()) {
                isolation.namedBlocks(p.ref(), d).forEach(b -> blocks.put(GraphVertex.AddressBlockVertex.idOf(b), b));
            }
        }));
        blocks.values().forEach(b -> add(new GraphVertex.AddressBlockVertex(b, false)));
    }

    private void addBlockTraffic(TrafficJudge judge, TrafficEnds ends, PolicyIsolation isolation, TrafficEnd workload, List<Pod> pods) {
        for (Direction d : Direction.values()) {
            TreeMap<String, IpBlock> named = new TreeMap<>();
            pods.forEach(p -> isolation.namedBlocks(p.ref(), d).forEach(b -> named.put(GraphVertex.AddressBlockVertex.idOf(b), b)));
            for (IpBlock block : named.values()) {
                TrafficEnd b = ends.ofBlock(block);
                edge(d == Direction.INGRESS ? judge.judge(b, workload) : judge.judge(workload, b));
            }
        }
    }

    private void addServices(GraphVertex outside) {
        ServiceBackends backends = new ServiceBackends(snapshot);
        List<Service> services = snapshot.services().stream().sorted(Comparator.comparing(Service::qualifiedName)).toList();
        for (Service service : services) {
            ServiceKind kind = ServiceKind.of(service);
            GraphVertex.ServiceVertex s = add(new GraphVertex.ServiceVertex(service.namespace(), service.name(), kind, service.ports(),
                    service.externalName()));
            if (kind.entersFromOutside()) {
                edge(new GraphEdge.Routes(outside.id(), s.id(), String.join(", ", service.ports().stream()
                        .flatMap(p -> p.nodePortProtocol().stream()).map(PortProtocol::toString).toList())));
            }
            if (kind == ServiceKind.EXTERNAL_NAME) {
                continue; // a DNS alias: nothing behind it that kube-proxy forwards to
            }
            Map<String, List<String>> byBackend = new TreeMap<>();
            for (ServicePort port : service.ports()) {
                for (ServiceBackend backend : backends.of(service, port)) {
                    String target = backendVertex(backend).id();
                    byBackend.computeIfAbsent(target, t -> new ArrayList<>())
                            .add(port.port() + "→" + backend.targetPort().map(String::valueOf).orElse("?") + "/" + port.protocol());
                }
            }
            byBackend.forEach((target, mapped) -> edge(new GraphEdge.Backs(s.id(), target, String.join(", ", new TreeSet<>(mapped)))));
        }
    }

    private GraphVertex backendVertex(ServiceBackend backend) {
        if (backend.peer() instanceof Peer.PodPeer p) {
            return vertices.get(GraphVertex.PodVertex.idOf(p.pod().ref()));
        }
        Peer.External e = (Peer.External) backend.peer();
        IpBlock single = new IpBlock(new Cidr(e.address(), e.address().bits()), List.of());
        GraphVertex existing = vertices.get(GraphVertex.AddressBlockVertex.idOf(single));
        return existing != null ? existing : add(new GraphVertex.AddressBlockVertex(single, true));
    }

    private GraphVertex namespace(String name) {
        return add(new GraphVertex.NamespaceVertex(name));
    }

    @SuppressWarnings("unchecked")
    private <V extends GraphVertex> V add(V vertex) {
        GraphVertex existing = vertices.putIfAbsent(vertex.id(), vertex);
        if (existing != null) {
            return (V) existing;
        }
        graph.addVertex(vertex);
        return vertex;
    }

    private void contains(String from, String to) {
        edge(new GraphEdge.Contains(from, to));
    }

    private void edge(GraphEdge e) {
        graph.addEdge(vertices.get(e.sourceId()), vertices.get(e.targetId()), e);
    }
}
