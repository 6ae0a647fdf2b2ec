package io.kubereach.ui.model;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.PodNetworkNamespace;
import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.model.SourceGap;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.source.SkippedInput;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The status bar's state: what is shown (source, context, counts) and the warnings that change
 * what the diagram means: a CNI that does not enforce policy, what the source could not read,
 * hostNetwork pods, clashing container ports, unreachable Services.
 */
public final class StatusViewModel {

    /** At most this many names are given as examples in one warning. */
    static final int EXAMPLES = 3;

    /**
     * What the window shows, counted.
     *
     * @param source where it was read from
     * @param context the kubeconfig context, empty for files and the demo
     * @param namespaces namespaces
     * @param pods pods
     * @param workloads workloads
     * @param services Services
     * @param policies NetworkPolicies
     * @param adminPolicies cluster-wide policies of the Admin tier (AdminNetworkPolicies, Admin-tier ClusterNetworkPolicies)
     * @param baselinePolicies cluster-wide policies of the Baseline tier (the BaselineAdminNetworkPolicy, Baseline-tier
     *     ClusterNetworkPolicies)
     * @param enforcement whether the CNI enforces what the verdicts say
     */
    public record Summary(String source, String context, int namespaces, int pods, int workloads, int services, int policies,
            int adminPolicies, int baselinePolicies, int ciliumPolicies, int calicoPolicies, PolicyEnforcement enforcement) {

        /** How many cluster-wide (admin and baseline) policies there are. */
        public int clusterPolicies() {
            return adminPolicies + baselinePolicies;
        }
    }

    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<StatusWarning> warnings = FXCollections.observableArrayList();

    public StatusViewModel(WorkspaceViewModel workspace) {
        workspace.analysisProperty().addListener((obs, old, now) -> update(now));
        update(workspace.analysisProperty().get());
    }

    private void update(Analysis analysis) {
        if (analysis == null) {
            summary.set(null);
            warnings.clear();
            return;
        }
        ClusterSnapshot s = analysis.snapshot();
        // the warnings first: views of the summary read them
        warnings.setAll(warningsOf(analysis));
        int admin = (int) s.adminPolicies().stream().filter(p -> p.tier() == AdminPolicy.Tier.ADMIN).count();
        summary.set(new Summary(s.source(), analysis.context(), s.namespaces().size(), s.pods().size(),
                analysis.graph().workloadCount(), s.services().size(), s.policies().size(),
                admin, s.adminPolicies().size() - admin, s.cniPolicies().cilium().size(), s.cniPolicies().calico().size(),
                analysis.cni().enforcement()));
    }

    /** The warnings of a cluster, the most important first. */
    static List<StatusWarning> warningsOf(Analysis analysis) {
        List<StatusWarning> out = new ArrayList<>();
        CniInfo cni = analysis.cni();
        if (cni.enforcement() == PolicyEnforcement.NOT_ENFORCED) {
            out.add(new StatusWarning(StatusWarning.Kind.POLICY_NOT_ENFORCED, cni.title(), cni.reason(), 1, List.of()));
        }
        for (SourceGap gap : analysis.snapshot().gaps()) {
            out.add(new StatusWarning(StatusWarning.Kind.SOURCE_GAP, gap.kind(), gap.reason().message(), 1,
                    gap.namespace().isEmpty() ? List.of() : List.of(gap.namespace())));
        }
        List<Pod> host = analysis.hostNetworkPods();
        if (!host.isEmpty()) {
            out.add(new StatusWarning(StatusWarning.Kind.HOST_NETWORK, "", Message.verbatim(""), host.size(),
                    host.stream().limit(EXAMPLES).map(p -> p.ref().toString()).toList()));
        }
        for (PodNetworkNamespace ns : analysis.portConflicts()) {
            ns.conflicts().forEach(c -> out.add(new StatusWarning(StatusWarning.Kind.PORT_CONFLICT, ns.pod().toString(),
                    Message.verbatim(c.port().toString()), c.containers().size(), c.containers())));
        }
        for (ServiceFinding f : analysis.serviceFindings()) {
            out.add(new StatusWarning(StatusWarning.Kind.SERVICE_UNREACHABLE, f.service().qualifiedName(), f.text(), 1, List.of()));
        }
        int skipped = SkippedInput.count(analysis.snapshot().warningMessages());
        if (skipped > 0) {
            out.add(new StatusWarning(StatusWarning.Kind.SOURCE_WARNING, "", Message.of("sourceWarning.skippedCount", skipped), skipped,
                    List.of()));
        }
        for (Message w : analysis.snapshot().warningMessages()) {
            out.add(new StatusWarning(StatusWarning.Kind.SOURCE_WARNING, "", w, 1, List.of()));
        }
        return out;
    }

    /** What is shown; null before the first source opened. */
    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The warnings, the most important first. */
    public ObservableList<StatusWarning> warnings() {
        return warnings;
    }
}
