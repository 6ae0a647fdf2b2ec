package io.kubereach.ui.view;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.KindNames;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.EntryKind;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.Details;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;

/**
 * Anything else that can be selected (and a node: its pod CIDRs, the CNI, how pod traffic
 * crosses nodes, whether the CNI enforces policy): a namespace, the pause container or an app container (with the network namespace they share),
 * an entry point (Ingress, Route, Gateway, Gateway API route), the outside, an address block.
 */
final class OtherDetailsPane extends VBox {

    OtherDetailsPane(Details.Other info, DetailSections sections) {
        super(8);
        setId("details-other");
        GraphVertex v = info.vertex();
        KindNames kinds = new KindNames(DiagramText.of(Messages.current().locale()));
        // an entry point other than an Ingress is named by its API kind (HTTPRoute, Gateway, Route), the same in every language
        String kindName = v instanceof GraphVertex.IngressVertex i && i.kind() != EntryKind.INGRESS ? i.kind().kind() : kinds.of(kind(v));
        getChildren().add(DetailSections.heading(kindName + ": " + heading(v)));
        info.network().ifPresent(n -> {
            getChildren().add(DetailSections.section(Words.text("details.netns")));
            String ips = n.holder().ips().stream().map(Object::toString).collect(Collectors.joining(", "));
            getChildren().add(DetailSections.paragraph(n.hostNetwork() ? Words.text("details.netns.host")
                    : Words.text("details.netns.pause", ips.isEmpty() ? Words.text("details.none") : ips)));
            getChildren().add(DetailSections.paragraph(Words.text("details.netns.members", String.join(", ", n.containers()))));
            getChildren().add(DetailSections.muted(Words.text("details.netns.lo")));
            n.conflicts().forEach(c -> getChildren().add(DetailSections.warning(Words.text("details.netns.conflict",
                    c.port().toString(), String.join(", ", c.containers())))));
        });
        if (v instanceof GraphVertex.ContainerVertex c && !c.ports().isEmpty()) {
            getChildren().add(DetailSections.paragraph(Words.text("details.container.ports",
                    c.ports().stream().map(p -> p.portProtocol().toString()).collect(Collectors.joining(", ")))));
        }
        if (!info.concepts().isEmpty()) {
            getChildren().add(DetailSections.section(Words.text("details.concepts")));
            getChildren().add(sections.concepts(info.concepts()));
        }
    }

    /** A node: its pod CIDRs, the CNI, how pod traffic crosses nodes, whether policy is enforced. */
    static VBox node(Details.NodeInfo info, DetailSections sections) {
        VBox box = new VBox(8);
        box.setId("details-node");
        box.getChildren().add(DetailSections.heading(Words.text("details.node.title", info.node())));
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put(Words.text("details.node.podCidr"), info.pods().filter(p -> !p.podCidrs().isEmpty())
                .map(p -> p.podCidrs().stream().map(Object::toString).collect(Collectors.joining(", "))).orElse(Words.text("details.none")));
        facts.put(Words.text("details.node.cni"), Messages.text(info.cni().title()));
        io.kubereach.cni.CrossNodeMode mode = info.cni().crossNode();
        String kind = Words.text(switch (mode.kind()) {
            case OVERLAY -> "crossNode.OVERLAY";
            case ROUTED -> "crossNode.ROUTED";
            case UNKNOWN -> "crossNode.UNKNOWN";
        });
        facts.put(Words.text("details.node.crossNode"), mode.mechanism().isEmpty() ? kind : kind + " (" + mode.mechanism() + ")");
        facts.put(Words.text("details.node.enforcement"), Words.enforcement(info.cni().enforcement()));
        box.getChildren().add(DetailSections.facts(facts));
        box.getChildren().add(DetailSections.muted(Messages.text(info.cni().reason())));
        box.getChildren().add(DetailSections.section(Words.text("details.concepts")));
        box.getChildren().add(sections.concepts(info.concepts()));
        return box;
    }

    private static BoxKind kind(GraphVertex v) {
        if (v instanceof GraphVertex.NodeVertex) {
            return BoxKind.NODE;
        }
        if (v instanceof GraphVertex.NamespaceVertex) {
            return BoxKind.NAMESPACE;
        }
        if (v instanceof GraphVertex.PauseVertex) {
            return BoxKind.PAUSE;
        }
        if (v instanceof GraphVertex.ContainerVertex) {
            return BoxKind.CONTAINER;
        }
        if (v instanceof GraphVertex.IngressVertex) {
            return BoxKind.INGRESS;
        }
        if (v instanceof GraphVertex.OutsideVertex) {
            return BoxKind.OUTSIDE;
        }
        if (v instanceof GraphVertex.AddressBlockVertex) {
            return BoxKind.ADDRESS_BLOCK;
        }
        return v instanceof GraphVertex.ServiceVertex ? BoxKind.SERVICE : v instanceof GraphVertex.PodVertex ? BoxKind.POD : BoxKind.WORKLOAD;
    }

    /** Whom the details are of: a pod's pause or app container under its pod ({@code ns/pod/pause}, not {@code ns/pause}). */
    static String heading(GraphVertex v) {
        if (v instanceof GraphVertex.PauseVertex p) {
            return p.pod() + "/" + v.label();
        }
        if (v instanceof GraphVertex.ContainerVertex c) {
            return c.pod() + "/" + v.label();
        }
        return v.namespace().isEmpty() || v instanceof GraphVertex.NamespaceVertex ? v.label() : v.namespace() + "/" + v.label();
    }
}
