package io.kubereach.ui.view;

import io.kubereach.cni.PodNetworkNamespace;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.DetailsBuilder;
import io.kubereach.ui.model.Details;
import io.kubereach.graph.GraphVertex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A pod (or a workload): labels, IPs, node, the network namespace its pause container holds and
 * the containers that share it over {@code lo} (warning when two declare one port), the
 * policies that select it (each a link to its description), whom it reaches and who reaches it,
 * and a button that shows it alone with its traffic.
 */
final class PodDetailsPane extends VBox {

    PodDetailsPane(AppViewModel vm, Details.PodInfo info, DetailSections sections) {
        super(8);
        setId("details-pod");
        Pod pod = info.pod();
        getChildren().add(DetailSections.heading(Words.text("details.pod.title", pod.ref().toString())));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(Words.text("details.pod.node"), pod.node().orElse(Words.text("details.pod.unscheduled")));
        facts.put(Words.text("details.pod.ips"), pod.ips().isEmpty() ? Words.text("details.none")
                : pod.ips().stream().map(Object::toString).collect(Collectors.joining(", ")));
        facts.put(Words.text("details.pod.owner"), pod.owner().kind() + " " + pod.owner().name());
        if (pod.hostNetwork()) {
            facts.put(Words.text("details.pod.network"), Words.text("details.pod.hostNetwork"));
        }
        getChildren().add(DetailSections.facts(facts));
        getChildren().addAll(DetailSections.section(Words.text("details.labels")), DetailSections.chips(pod.labels()));
        getChildren().add(network(info.network()));
        getChildren().add(focusButton(vm));
        policies(vm, info.policies(), this);
        clusterPolicies(vm, info.clusterPolicies(), this);
        getChildren().add(new PeerListsView(vm, info.reach()));
        getChildren().add(DetailSections.section(Words.text("details.concepts")));
        getChildren().add(sections.concepts(info.concepts()));
    }

    /** The details of a workload. */
    static VBox workload(AppViewModel vm, Details.WorkloadInfo info) {
        VBox box = new VBox(8);
        box.setId("details-workload");
        box.getChildren().add(DetailSections.heading(Words.text("details.workload.title", info.workload().kind(),
                info.workload().namespace() + "/" + info.workload().name())));
        box.getChildren().add(DetailSections.section(Words.text("details.workload.pods", info.pods().size())));
        for (Pod p : info.pods()) {
            String ips = p.ips().stream().map(Object::toString).collect(Collectors.joining(", "));
            box.getChildren().add(DetailSections.link(p.name() + (ips.isEmpty() ? "" : "  " + ips) + p.node().map(n -> "  @" + n).orElse(""),
                    () -> vm.selection().follow(GraphVertex.PodVertex.idOf(p.ref()))));
        }
        box.getChildren().add(focusButton(vm));
        policies(vm, info.policies(), box);
        clusterPolicies(vm, info.clusterPolicies(), box);
        box.getChildren().add(new PeerListsView(vm, info.reach()));
        return box;
    }

    /** Focus on it (or back to the whole cluster), and whether only its blocked lines stay highlighted. */
    private static FlowPane focusButton(AppViewModel vm) {
        boolean focused = vm.workspace().focusProperty().get().isPresent();
        Button focus = new Button(Words.text(focused ? "details.focus.exit" : "details.focus"));
        focus.setId("focus");
        focus.setOnAction(e -> vm.selection().focus(!focused));
        CheckBox blocked = new CheckBox(Words.text("details.blockedOnly"));
        blocked.setId("blocked-only");
        blocked.setTooltip(new Tooltip(Words.text("details.blockedOnly.tip")));
        blocked.setSelected(vm.selection().blockedOnlyProperty().get());
        blocked.selectedProperty().addListener((obs, old, now) -> vm.selection().blockedOnlyProperty().set(now));
        FlowPane row = new FlowPane(10, 6, focus, blocked);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox network(PodNetworkNamespace network) {
        VBox box = new VBox(4, DetailSections.section(Words.text("details.netns")));
        if (network.hostNetwork()) {
            box.getChildren().add(DetailSections.paragraph(Words.text("details.netns.host")));
        } else {
            String ips = network.holder().ips().stream().map(Object::toString).collect(Collectors.joining(", "));
            box.getChildren().add(DetailSections.paragraph(Words.text("details.netns.pause", ips.isEmpty() ? Words.text("details.none") : ips)));
        }
        for (String container : network.containers()) {
            List<String> ports = network.ports().stream().filter(p -> p.container().equals(container))
                    .map(p -> port(p.port())).toList();
            box.getChildren().add(DetailSections.paragraph("• " + Words.text("details.netns.container", container,
                    ports.isEmpty() ? Words.text("details.none") : String.join(", ", ports))));
        }
        if (network.containers().size() > 1) {
            box.getChildren().add(DetailSections.muted(Words.text("details.netns.lo")));
        }
        for (PodNetworkNamespace.PortConflict c : network.conflicts()) {
            box.getChildren().add(DetailSections.warning(Words.text("details.netns.conflict", c.port().toString(),
                    String.join(", ", c.containers()))));
        }
        return box;
    }

    private static String port(ContainerPort p) {
        return p.portProtocol() + (p.name().isEmpty() ? "" : " (" + p.name() + ")");
    }

    private static void policies(AppViewModel vm, List<NetworkPolicy> policies, VBox into) {
        into.getChildren().add(DetailSections.section(Words.text("details.policies", policies.size())));
        if (policies.isEmpty()) {
            into.getChildren().add(DetailSections.muted(Words.text("details.policies.none")));
        }
        for (NetworkPolicy p : policies) {
            var link = DetailSections.link(p.qualifiedName(), () -> vm.selection().follow(DetailsBuilder.POLICY_PREFIX + p.qualifiedName()));
            link.setId("policy-" + p.qualifiedName());
            into.getChildren().add(link);
        }
    }

    /** The admin and baseline policies that apply, in the order connections meet them; nothing when there are none. */
    private static void clusterPolicies(AppViewModel vm, List<AdminPolicy> policies, VBox into) {
        if (policies.isEmpty()) {
            return;
        }
        into.getChildren().add(DetailSections.section(Words.text("details.clusterPolicies", policies.size())));
        into.getChildren().add(DetailSections.muted(Words.text("details.clusterPolicies.order")));
        int n = 0;
        for (AdminPolicy p : policies) {
            var link = DetailSections.link(Words.text("details.clusterPolicies.item", ++n, Words.clusterPolicy(p)),
                    () -> vm.selection().follow(DetailsBuilder.clusterPolicyId(p)));
            link.setId("cluster-policy-" + p.name());
            into.getChildren().add(link);
        }
    }
}
