package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may reach whom, summarised as a square table: workload × workload, or namespace ×
 * namespace (every workload pair between the two namespaces combined). Every pair is judged,
 * not only those the diagram draws. A workload's cell with itself judges two of its replicas.
 */
public final class ReachabilityMatrix {

    /**
     * One cell: from the row to the column.
     *
     * @param verdict allowed, partly allowed or blocked, on the ports the column serves
     * @param allowed what some pair of the cell may open
     * @param policyInvolved whether some policy isolates the row for egress or the column for ingress
     */
    public record Cell(TrafficVerdict verdict, ConnectionSet allowed, boolean policyInvolved) {
    }

    private final List<String> ids;
    private final List<String> labels;
    private final Cell[][] cells;

    private ReachabilityMatrix(List<String> ids, List<String> labels, Cell[][] cells) {
        this.ids = List.copyOf(ids);
        this.labels = List.copyOf(labels);
        this.cells = cells;
    }

    /** Workload × workload, in graph order. */
    public static ReachabilityMatrix ofWorkloads(NetworkGraph graph) {
        List<TrafficEnd> ends = new ArrayList<>(graph.workloadEnds().values());
        List<String> ids = ends.stream().map(TrafficEnd::vertexId).toList();
        List<String> labels = ids.stream().map(id -> graph.vertex(id).map(GraphVertex::label).orElse(id)).toList();
        Cell[][] cells = new Cell[ends.size()][ends.size()];
        for (int i = 0; i < ends.size(); i++) {
            for (int j = 0; j < ends.size(); j++) {
                cells[i][j] = i == j ? replicas(graph, ends.get(i)) : cell(graph, ends.get(i), ends.get(j));
            }
        }
        return new ReachabilityMatrix(ids, labels, cells);
    }

    /** Namespace × namespace: each cell combines every workload pair of the two namespaces. */
    public static ReachabilityMatrix ofNamespaces(NetworkGraph graph) {
        ReachabilityMatrix workloads = ofWorkloads(graph);
        Map<String, List<Integer>> byNamespace = new LinkedHashMap<>();
        for (int i = 0; i < workloads.size(); i++) {
            String ns = graph.vertex(workloads.ids.get(i)).map(GraphVertex::namespace).orElse("");
            byNamespace.computeIfAbsent(ns, n -> new ArrayList<>()).add(i);
        }
        List<String> names = new ArrayList<>(byNamespace.keySet());
        Cell[][] cells = new Cell[names.size()][names.size()];
        for (int a = 0; a < names.size(); a++) {
            for (int b = 0; b < names.size(); b++) {
                Cell combined = null;
                for (int i : byNamespace.get(names.get(a))) {
                    for (int j : byNamespace.get(names.get(b))) {
                        Cell c = workloads.cells[i][j];
                        combined = combined == null ? c : new Cell(combined.verdict().and(c.verdict()),
                                combined.allowed().union(c.allowed()), combined.policyInvolved() || c.policyInvolved());
                    }
                }
                cells[a][b] = combined;
            }
        }
        return new ReachabilityMatrix(names.stream().map(n -> "ns:" + n).toList(), names, cells);
    }

    private static Cell cell(NetworkGraph graph, TrafficEnd src, TrafficEnd dst) {
        GraphEdge.Traffic t = graph.judge().judge(src, dst);
        return new Cell(t.verdict(), t.allowed(), src.egressIsolated() || dst.ingressIsolated());
    }

    /** A workload with itself: one replica to another, or allowed when it has a single pod (a pod always reaches itself). */
    private static Cell replicas(NetworkGraph graph, TrafficEnd end) {
        GraphVertex.WorkloadVertex w = (GraphVertex.WorkloadVertex) graph.vertex(end.vertexId()).orElseThrow();
        List<Pod> pods = podsOf(graph, w.ref());
        if (pods.size() < 2) {
            return new Cell(TrafficVerdict.ALLOWED, ConnectionSet.all(), end.egressIsolated() || end.ingressIsolated());
        }
        TrafficEnd first = new TrafficEnd(end.vertexId(), end.namespace(), List.of(Peer.of(pods.get(0))), end.served(),
                end.ingressIsolated(), end.egressIsolated());
        TrafficEnd second = new TrafficEnd(end.vertexId(), end.namespace(), List.of(Peer.of(pods.get(1))), end.served(),
                end.ingressIsolated(), end.egressIsolated());
        return cell(graph, first, second);
    }

    private static List<Pod> podsOf(NetworkGraph graph, WorkloadRef ref) {
        return graph.snapshot().pods().stream().filter(p -> p.owner().equals(ref)).sorted((a, b) -> a.ref().compareTo(b.ref())).toList();
    }

    /** The number of rows (and columns). */
    public int size() {
        return ids.size();
    }

    /** The vertex ids of the rows/columns: workload ids, or {@code ns:NAME}. */
    public List<String> ids() {
        return ids;
    }

    /** The names of the rows/columns. */
    public List<String> labels() {
        return labels;
    }

    /** The cell from row {@code from} to column {@code to}. */
    public Cell cell(int from, int to) {
        return cells[from][to];
    }
}
