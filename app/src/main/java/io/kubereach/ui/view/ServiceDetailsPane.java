package io.kubereach.ui.view;

import io.kubereach.engine.Peer;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;

/**
 * A Service: its type and addresses, its backends per port (where each connection lands), what
 * keeps connections from it, the concepts that apply (its type, session affinity, node ports,
 * the kube-proxy mode), and the load-balancing simulation.
 */
final class ServiceDetailsPane extends VBox {

    ServiceDetailsPane(AppViewModel vm, Details.ServiceInfo info, DetailSections sections) {
        super(8);
        setId("details-service");
        Service s = info.service();
        getChildren().add(DetailSections.heading(Words.text("details.service.title", s.qualifiedName())));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(Words.text("details.service.type"), type(s));
        if (!s.clusterIps().isEmpty()) {
            facts.put(Words.text("details.service.clusterIp"), s.clusterIps().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!s.externalName().isEmpty()) {
            facts.put(Words.text("details.service.externalName"), s.externalName());
        }
        facts.put(Words.text("details.service.selector"), s.selector().map(m -> m.isEmpty() ? Words.text("details.none")
                : new java.util.TreeMap<>(m).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")))
                .orElse(Words.text("details.service.noSelector")));
        facts.put(Words.text("details.service.affinity"), s.sessionAffinityClientIp()
                ? Words.text("details.service.affinityClientIp", String.valueOf(s.affinityTimeoutSeconds())) : Words.text("details.service.affinityNone"));
        getChildren().add(DetailSections.facts(facts));
        for (ServiceFinding f : info.findings()) {
            getChildren().add(DetailSections.warning(Messages.text(f.text())));
        }
        getChildren().add(DetailSections.section(Words.text("details.service.backends")));
        for (Details.PortBackends port : info.ports()) {
            VBox one = new VBox(2, DetailSections.paragraph(port.port()));
            one.getChildren().get(0).getStyleClass().add("text-bold");
            for (ServiceBackend b : port.backends()) {
                String target = b.targetPort().map(String::valueOf).orElse("?");
                String text = b.peer() + ":" + target + (b.remarks().isEmpty() ? "" : "  (" + Messages.text(b.remark()) + ")");
                // the backend's own pod (was a walk over every pod of the snapshot per backend: 10,000 at 10,000 pods)
                Optional<Pod> pod = b.peer() instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
                one.getChildren().add(pod.isPresent()
                        ? DetailSections.link(text, () -> vm.selection().follow(GraphVertex.PodVertex.idOf(pod.get().ref())))
                        : DetailSections.paragraph(text));
            }
            if (port.backends().isEmpty()) {
                one.getChildren().add(DetailSections.muted(Words.text("details.service.noBackends")));
            }
            getChildren().add(one);
        }
        boolean proxied = !s.headless() && s.type() != io.kubereach.model.ServiceType.EXTERNAL_NAME && !s.ports().isEmpty();
        if (proxied) {
            getChildren().add(new SimulationPane(vm, s));
        }
        getChildren().add(DetailSections.section(Words.text("details.concepts")));
        getChildren().add(sections.concepts(info.concepts()));
    }

    private static String type(Service s) {
        if (s.headless()) {
            return Words.text("service.HEADLESS");
        }
        if (s.selector().isEmpty() && s.type() != io.kubereach.model.ServiceType.EXTERNAL_NAME) {
            return Words.text("service.SELECTORLESS");
        }
        return Words.text(switch (s.type()) {
            case CLUSTER_IP -> "service.CLUSTER_IP";
            case NODE_PORT -> "service.NODE_PORT";
            case LOAD_BALANCER -> "service.LOAD_BALANCER";
            case EXTERNAL_NAME -> "service.EXTERNAL_NAME";
        });
    }
}
