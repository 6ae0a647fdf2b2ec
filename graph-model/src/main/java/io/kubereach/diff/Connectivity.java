package io.kubereach.diff;

import io.kubereach.model.WorkloadRef;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionEnd;
import io.kubereach.report.ConnectionList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one cluster allows, as a diff reads it.
 *
 * @param known the connections known to be allowed
 * @param unknown the connections that may be allowed: their ends are in a namespace whose
 *     NetworkPolicies could not be read, so they are only an upper bound
 * @param workloads every workload of the cluster, with connections or not
 */
public record Connectivity(List<Connection> known, List<Connection> unknown, Set<WorkloadRef> workloads) {

    public Connectivity {
        known = List.copyOf(known);
        unknown = List.copyOf(unknown);
        workloads = Set.copyOf(workloads);
        requireListed(known, workloads);
        requireListed(unknown, workloads);
    }

    private static void requireListed(List<Connection> connections, Set<WorkloadRef> workloads) {
        for (Connection c : connections) {
            for (ConnectionEnd end : List.of(c.source(), c.destination())) {
                if (end.workload().filter(w -> !workloads.contains(w)).isPresent()) {
                    throw new IllegalArgumentException(c.line() + ": " + end + " is not among the workloads");
                }
            }
        }
    }

    /** The connections of a list, with its unknown ones once each however many gaps cover them. */
    public static Connectivity of(ConnectionList list) {
        Set<Connection> unknown = new LinkedHashSet<>();
        list.unknown().values().forEach(unknown::addAll);
        return new Connectivity(list.connections(), List.copyOf(unknown), Set.copyOf(list.workloads()));
    }
}
