package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.SourceGap;
import io.kubereach.report.Connection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints what the source skipped or could not read, on stderr, so stdout stays parseable. */
final class Warnings {

    private Warnings() {
    }

    static void print(ClusterSnapshot snapshot, PrintWriter err) {
        snapshot.warnings().forEach(w -> err.println("kubereach: warning: " + w));
        err.flush();
    }

    /**
     * Names, for each namespace whose NetworkPolicies could not be read, how many connections the
     * list leaves out as unknown rather than show as allowed.
     */
    static void printUnknown(Map<SourceGap, List<Connection>> unknown, PrintWriter err) {
        unknown.forEach((gap, connections) -> err.println("kubereach: warning: the NetworkPolicies "
                + (gap.namespace().isEmpty() ? "of the cluster" : "of namespace " + gap.namespace()) + " could not be read ("
                + gap.reason() + "): " + connections.size() + " connection" + (connections.size() == 1 ? "" : "s")
                + " to or from " + "its workloads"
                + " are unknown and left out of the list"));
        err.flush();
    }
}
