package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Who may reach whom, as a square table: workload × workload, or namespace × namespace (every
 * workload pair between the two namespaces combined). Every pair is judged, not only those the
 * diagram draws. A view over the verdicts the graph wrote down while it was built, so a matrix of
 * ten thousand pods is there at once; what a pair may open is judged when asked
 * ({@link #ports}). Rows are sorted by namespace, then name; a workload's cell with itself
 * judges two of its replicas.
 */
public final class ReachabilityMatrix {

    /**
     * A row (and the column of the same index).
     *
     * @param id the vertex id: a workload's, or {@code ns:NAME}
     * @param name the name shown: the workload's or the namespace's
     * @param namespace the namespace it belongs to (itself for a namespace)
     */
    public record Header(String id, String name, String namespace) {
    }

    /**
     * How many of the workload pairs behind a cell stand how.
     *
     * @param allowed allowed pairs
     * @param partial partly allowed pairs
     * @param blocked blocked pairs
     * @param unknown pairs that cannot be judged
     */
    public record PairCounts(int allowed, int partial, int blocked, int unknown) {

        /** Every pair. */
        public int total() {
            return allowed + partial + blocked + unknown;
        }

        /** The verdict of the whole: the one verdict all pairs share, unknown if any is, else partly allowed. */
        public PairVerdict verdict() {
            if (unknown > 0) {
                return PairVerdict.UNKNOWN;
            }
            int total = total();
            return allowed == total ? PairVerdict.ALLOWED : blocked == total ? PairVerdict.BLOCKED : PairVerdict.PARTIAL;
        }

        PairCounts plus(PairVerdict v) {
            return new PairCounts(allowed + (v == PairVerdict.ALLOWED ? 1 : 0), partial + (v == PairVerdict.PARTIAL ? 1 : 0),
                    blocked + (v == PairVerdict.BLOCKED ? 1 : 0), unknown + (v == PairVerdict.UNKNOWN ? 1 : 0));
        }
    }

    /**
     * What one workload may open to another, judged now.
     *
     * @param served what the destination serves: its declared container ports, or every port
     * @param allowedSome what some pair of their pods may open
     * @param allowedEvery what every pair of their pods may open
     * @param unknown what some pair may or may not open: it cannot be judged
     */
    public record Ports(ConnectionSet served, ConnectionSet allowedSome, ConnectionSet allowedEvery, ConnectionSet unknown) {
    }

    private final NetworkGraph graph;
    private final List<Header> headers;
    private final Map<String, Integer> rowOf = new HashMap<>();
    /** Per row, the workloads behind it (their positions in the graph's table). */
    private final int[][] members;
    /** Per cell of a namespace matrix, the counts; null for a workload matrix, which reads the table. */
    private final PairCounts[] counts;
    /** Per cell of a namespace matrix, whether a policy has a say in some pair; null for a workload matrix. */
    private final boolean[] involved;

    private ReachabilityMatrix(NetworkGraph graph, List<Header> headers, int[][] members, PairCounts[] counts, boolean[] involved) {
        this.graph = graph;
        this.headers = List.copyOf(headers);
        this.members = members;
        this.counts = counts;
        this.involved = involved;
        for (int i = 0; i < headers.size(); i++) {
            rowOf.put(headers.get(i).id(), i);
        }
    }

    /** Workload × workload, sorted by namespace, then name. */
    public static ReachabilityMatrix ofWorkloads(NetworkGraph graph) {
        WorkloadPairs pairs = graph.workloadPairs();
        List<Header> all = IntStream.range(0, pairs.size()).mapToObj(i -> header(graph, pairs.ids().get(i))).toList();
        Integer[] order = IntStream.range(0, pairs.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> all.get(i).namespace())
                .thenComparing(i -> all.get(i).name()).thenComparing(i -> all.get(i).id()));
        List<Header> headers = new ArrayList<>();
        int[][] members = new int[order.length][];
        for (int r = 0; r < order.length; r++) {
            headers.add(all.get(order[r]));
            members[r] = new int[] {order[r]};
        }
        return new ReachabilityMatrix(graph, headers, members, null, null);
    }

    /** Namespace × namespace: each cell combines every workload pair of the two namespaces. */
    public static ReachabilityMatrix ofNamespaces(NetworkGraph graph) {
        WorkloadPairs pairs = graph.workloadPairs();
        Map<String, List<Integer>> byNamespace = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            byNamespace.computeIfAbsent(header(graph, pairs.ids().get(i)).namespace(), n -> new ArrayList<>()).add(i);
        }
        List<String> names = byNamespace.keySet().stream().sorted().toList();
        int n = names.size();
        int[][] members = new int[n][];
        int[] namespaceOf = new int[pairs.size()];
        for (int a = 0; a < n; a++) {
            members[a] = byNamespace.get(names.get(a)).stream().mapToInt(Integer::intValue).toArray();
            for (int i : members[a]) {
                namespaceOf[i] = a;
            }
        }
        int[][] tally = new int[n * n][PairVerdict.values().length];
        boolean[] involved = new boolean[n * n];
        for (int i = 0; i < pairs.size(); i++) {
            int rowBase = namespaceOf[i] * n;
            for (int j = 0; j < pairs.size(); j++) {
                int cell = rowBase + namespaceOf[j];
                tally[cell][pairs.verdict(i, j).ordinal()]++;
                involved[cell] |= pairs.policyInvolved(i, j);
            }
        }
        PairCounts[] counts = new PairCounts[n * n];
        for (int c = 0; c < counts.length; c++) {
            int[] t = tally[c];
            counts[c] = new PairCounts(t[PairVerdict.ALLOWED.ordinal()], t[PairVerdict.PARTIAL.ordinal()],
                    t[PairVerdict.BLOCKED.ordinal()], t[PairVerdict.UNKNOWN.ordinal()]);
        }
        List<Header> headers = names.stream().map(name -> new Header(new GraphVertex.NamespaceVertex(name).id(), name, name)).toList();
        return new ReachabilityMatrix(graph, headers, members, counts, involved);
    }

    private static Header header(NetworkGraph graph, String workloadId) {
        GraphVertex v = graph.vertex(workloadId).orElseThrow();
        return new Header(workloadId, v.label(), v.namespace());
    }

    /** The number of rows (and columns). */
    public int size() {
        return headers.size();
    }

    /** The rows, which are also the columns. */
    public List<Header> headers() {
        return headers;
    }

    /** Whether the rows are namespaces (else workloads). */
    public boolean ofNamespaces() {
        return counts != null;
    }

    /** The row of a vertex id: a workload's, or {@code ns:NAME}. */
    public OptionalInt indexOf(String id) {
        Integer at = rowOf.get(id);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The verdict from row {@code from} to column {@code to}. */
    public PairVerdict verdict(int from, int to) {
        return counts != null ? counts[from * size() + to].verdict() : graph.workloadPairs().verdict(members[from][0], members[to][0]);
    }

    /**
     * Whether some policy has a say in a cell: it isolates a row workload for egress or a column
     * workload for ingress. Where none does, the cell is allowed by default.
     */
    public boolean policyInvolved(int from, int to) {
        return involved != null ? involved[from * size() + to] : graph.workloadPairs().policyInvolved(members[from][0], members[to][0]);
    }

    /** How the workload pairs behind a cell stand (one pair in a workload matrix). */
    public PairCounts counts(int from, int to) {
        return counts != null ? counts[from * size() + to] : new PairCounts(0, 0, 0, 0).plus(verdict(from, to));
    }

    /** The workload pairs behind a cell, each with its verdict. */
    public List<WorkloadPair> pairs(int from, int to) {
        List<WorkloadPair> out = new ArrayList<>();
        for (int i : members[from]) {
            for (int j : members[to]) {
                out.add(pair(graph, i, j));
            }
        }
        return out;
    }

    private static WorkloadPair pair(NetworkGraph graph, int from, int to) {
        WorkloadPairs table = graph.workloadPairs();
        return new WorkloadPair(header(graph, table.ids().get(from)), header(graph, table.ids().get(to)), table.verdict(from, to),
                table.policyInvolved(from, to));
    }

    /**
     * One workload pair behind a cell.
     *
     * @param from the connecting workload
     * @param to the accepting workload
     * @param verdict its verdict
     * @param policyInvolved whether some policy has a say in it
     */
    public record WorkloadPair(Header from, Header to, PairVerdict verdict, boolean policyInvolved) {
    }

    /** The workload pairs from one namespace to another, each with its verdict, without building a whole matrix. */
    public static List<WorkloadPair> between(NetworkGraph graph, String fromNamespace, String toNamespace) {
        WorkloadPairs table = graph.workloadPairs();
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String ns = graph.vertex(table.ids().get(i)).map(GraphVertex::namespace).orElse("");
            if (ns.equals(fromNamespace)) {
                from.add(i);
            }
            if (ns.equals(toNamespace)) {
                to.add(i);
            }
        }
        List<WorkloadPair> out = new ArrayList<>();
        for (int i : from) {
            for (int j : to) {
                out.add(pair(graph, i, j));
            }
        }
        return out;
    }

    /** What a cell's workload may open to the column's, judged now; empty in a namespace matrix. */
    public Optional<Ports> ports(int from, int to) {
        if (counts != null) {
            return Optional.empty();
        }
        return graph.pairTraffic(headers.get(from).id(), headers.get(to).id());
    }
}
