package io.kubereach.cli;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniPolicyLanguages;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.describe.SamePriority;
import io.kubereach.engine.Uncertainty;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.proxy.ServiceCheck;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.report.Connection;
import io.kubereach.source.SkippedInput;
import io.kubereach.text.MessageText;
import io.kubereach.text.VisibleText;
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
        snapshot.warnings().forEach(w -> err.println(line(w)));
        int skipped = SkippedInput.count(snapshot.warningMessages());
        if (skipped > 0) {
            err.println(line(skipped + (skipped == 1 ? " file or object" : " files or objects")
                    + " could not be read and " + (skipped == 1 ? "was" : "were") + " skipped (see above); --strict makes that an error"));
        }
        findings(snapshot).forEach(w -> err.println(line(w)));
        err.flush();
    }

    /**
     * {@code kubereach: warning: MESSAGE} on one line, whatever the message quotes (a name with a
     * line break or a terminal escape is written visibly).
     */
    static String line(String message) {
        return "kubereach: warning: " + VisibleText.of(message);
    }

    /**
     * The findings about the cluster, kept apart from the snapshot's own warnings (which say what
     * the source could not read): the UI shows them as flags on the CNI, pods and Services.
     */
    static List<String> findings(ClusterSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        CniInfo cni = new CniRecognizer(snapshot).recognise();
        cni.enforcementWarning().ifPresent(m -> out.add(MessageText.english(m)));
        new CniPolicyLanguages(cni).findings(snapshot).forEach(m -> out.add(MessageText.english(m)));
        SharedLocalhost.warnings(snapshot).forEach(m -> out.add(MessageText.english(m)));
        new ServiceCheck(snapshot).findings().stream().map(ServiceFinding::message).forEach(out::add);
        SamePriority.groups(snapshot.adminPolicies()).forEach(g -> out.add(MessageText.english(g.message())));
        return out;
    }

    /**
     * Names, for each reason the engine could not judge some connections (policies the source
     * could not read, domain names, policies of one priority that disagree), how many connections
     * the list leaves out as unknown rather than show as allowed.
     */
    static void printUnknown(Map<Uncertainty, List<Connection>> unknown, PrintWriter err) {
        unknown.forEach((reason, connections) -> err.println(line(MessageText.english(reason.message()) + ": "
                + connections.size() + " connection" + (connections.size() == 1 ? " is" : "s are")
                + " unknown and left out of the list")));
        err.flush();
    }
}
