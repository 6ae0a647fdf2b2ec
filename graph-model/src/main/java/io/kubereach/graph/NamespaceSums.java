package io.kubereach.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The workload traffic edges of a build summed up per ordered pair of distinct namespaces
 * ({@link NetworkGraphBuilder#summingWorkloadTraffic}): each row of workload pairs adds its edges
 * into a row of sums of its own (rows are judged in parallel), and the rows are added up in row
 * order, so the sums are the same whatever thread judged what.
 */
final class NamespaceSums {

    private final List<String> namespaces;
    /** By workload (graph order), its namespace's place in {@link #namespaces}. */
    private final int[] namespaceOf;
    /** By source namespace then target namespace. */
    private final TrafficSum[][] sums;

    /** Sums for the traffic between these workload ends. */
    NamespaceSums(List<TrafficEnd> workloads) {
        this.namespaces = List.copyOf(new TreeSet<>(workloads.stream().map(TrafficEnd::namespace).toList()));
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < namespaces.size(); i++) {
            place.put(namespaces.get(i), i);
        }
        this.namespaceOf = workloads.stream().mapToInt(w -> place.get(w.namespace())).toArray();
        this.sums = new TrafficSum[namespaces.size()][namespaces.size()];
    }

    /** The sums of one row of pairs: its workload's namespace and a sum per target namespace, filled as the row is judged. */
    final class Row {
        private final int source;
        private final TrafficSum[] targets = new TrafficSum[namespaces.size()];

        private Row(int source) {
            this.source = source;
        }

        /** Adds the edge from the row's workload to the workload of a column. */
        void add(int column, GraphEdge.Traffic edge) {
            int target = namespaceOf[column];
            if (target == source) {
                return; // inside one closed namespace: no line
            }
            if (targets[target] == null) {
                targets[target] = new TrafficSum();
            }
            targets[target].add(edge);
        }
    }

    /** The empty sums of the row of the workload at a place (graph order). */
    Row row(int workload) {
        return new Row(namespaceOf[workload]);
    }

    /** Adds a row's sums to the sums of its namespace; rows are added in row order. */
    void add(Row row) {
        for (int target = 0; target < row.targets.length; target++) {
            if (row.targets[target] == null) {
                continue;
            }
            if (sums[row.source][target] == null) {
                sums[row.source][target] = new TrafficSum();
            }
            sums[row.source][target].add(row.targets[target]);
        }
    }

    /** The summed edges between namespace vertices, sources then targets in name order. */
    List<GraphEdge.SummedTraffic> edges() {
        List<GraphEdge.SummedTraffic> out = new ArrayList<>();
        for (int s = 0; s < namespaces.size(); s++) {
            for (int t = 0; t < namespaces.size(); t++) {
                if (sums[s][t] != null && !sums[s][t].isEmpty()) {
                    out.add(sums[s][t].edge(new GraphVertex.NamespaceVertex(namespaces.get(s)).id(),
                            new GraphVertex.NamespaceVertex(namespaces.get(t)).id()));
                }
            }
        }
        return out;
    }
}
