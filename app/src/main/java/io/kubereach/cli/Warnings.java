package io.kubereach.cli;

import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.SourceGap;
import io.kubereach.proxy.ServiceCheck;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.report.Connection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints on stderr, so stdout stays parseable: what the source skipped or could not read, then
 * what the cluster itself makes of the verdicts (a CNI that does not enforce NetworkPolicy, ports
 * two containers of one pod both declare, Services that no connection can reach).
 */
final class Warnings {

    private Warnings() {
    }

    static void print(ClusterSnapshot snapshot, PrintWriter err) {
        snapshot.warnings().forEach(w -> err.println("kubereach: warning: " + w));
        findings(snapshot).forEach(w -> err.println("kubereach: warning: " + w));
        err.flush();
    }

    /**
     * The findings about the cluster, kept apart from the snapshot's own warnings (which say what
     * the source could not read): the UI shows them as flags on the CNI, pods and Services.
     */
    static List<String> findings(ClusterSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        new CniRecognizer(snapshot).recognise().enforcementWarning().ifPresent(out::add);
        out.addAll(SharedLocalhost.warnings(snapshot));
        new ServiceCheck(snapshot).findings().stream().map(ServiceFinding::message).forEach(out::add);
        return out;
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
