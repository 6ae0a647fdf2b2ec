package io.kubereach.cli;

import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.proxy.ServiceCheck;
import io.kubereach.proxy.ServiceFinding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

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
}
