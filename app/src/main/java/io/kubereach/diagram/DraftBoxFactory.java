package io.kubereach.diagram;

import io.kubereach.graph.GraphVertex;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.EntryKind;
import io.kubereach.model.IpAddress;
import io.kubereach.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/** Makes the shapes of single vertices and of pods with their containers, sized to their words. */
final class DraftBoxFactory {

    /** At most this many port lines are listed in a container or Service box. */
    private static final int MAX_PORT_LINES = 3;

    private final DiagramText text;

    DraftBoxFactory(DiagramText text) {
        this.text = text;
    }

    /** A box sized to its header, with room for nothing else. */
    DraftBox leaf(String id, BoxKind kind, String label, List<String> details, List<String> badges, String namespace) {
        DraftBox s = new DraftBox(id, kind, label, details, badges, namespace);
        s.width = Math.max(s.headerWidth(), kind == BoxKind.CONTAINER || kind == BoxKind.PAUSE ? 70 : 110);
        s.height = s.headerHeight() + DraftBox.Layout.PADDING / 2;
        return s;
    }

    /**
     * A pod: its pause container on the left, holding the network namespace, and its app
     * containers stacked on the right, each joined to the pause by a {@code lo} line. Without
     * containers (the layer is off), a plain box with the pod IPs.
     */
    DraftBox pod(GraphVertex.PodVertex pod, GraphVertex.PauseVertex pause, List<GraphVertex.ContainerVertex> containers) {
        List<String> details = pause == null ? List.of(ips(pod.ips())) : List.of();
        DraftBox s = new DraftBox(pod.id(), BoxKind.POD, pod.label(), details, List.of(), pod.namespace());
        double header = s.headerHeight();
        if (pause == null) {
            s.width = Math.max(s.headerWidth(), 120);
            s.height = header + DraftBox.Layout.PADDING / 2;
            return s;
        }
        DraftBox p = leaf(pause.id(), BoxKind.PAUSE, text.get("pause.label"),
                List.of(ips(pause.ips()), text.get(pause.hostNetwork() ? "pause.hostNetwork" : "pause.netns")), List.of(), pod.namespace());
        p.x = DraftBox.Layout.PADDING;
        p.y = header;
        s.children.add(p);
        double cx = p.x + p.width + DraftBox.Layout.LO_GAP;
        double cy = header;
        double widest = 0;
        for (GraphVertex.ContainerVertex c : containers) {
            DraftBox box = leaf(c.id(), BoxKind.CONTAINER, c.label(), ports(c.ports()), List.of(), pod.namespace());
            box.x = cx;
            box.y = cy;
            cy += box.height + 6;
            widest = Math.max(widest, box.width);
            s.children.add(box);
        }
        double contentBottom = Math.max(p.y + p.height, containers.isEmpty() ? 0 : cy - 6);
        s.width = Math.max(s.headerWidth(), cx + widest + DraftBox.Layout.PADDING);
        s.height = contentBottom + DraftBox.Layout.PADDING;
        p.height = contentBottom - p.y; // the pause spans the containers it serves
        return s;
    }

    /** A Service box: its kind, ports, and for an ExternalName the name it aliases. */
    DraftBox service(GraphVertex.ServiceVertex svc) {
        List<String> details = new ArrayList<>();
        details.add(new KindNames(text).of(svc.kind()));
        if (!svc.externalName().isEmpty()) {
            details.add(text.format("service.alias", svc.externalName()));
        } else {
            details.addAll(limit(svc.ports().stream().map(DraftBoxFactory::mapping).toList()));
        }
        return leaf(svc.id(), BoxKind.SERVICE, svc.label(), details, List.of(), svc.namespace());
    }

    /** An entry point's box: its kind (unless it is an Ingress), its class, or the Gateways a route attaches to. */
    DraftBox ingress(GraphVertex.IngressVertex ingress) {
        List<String> details = new ArrayList<>();
        if (ingress.kind() != EntryKind.INGRESS) {
            details.add(ingress.kind().kind());
        }
        if (!ingress.ingressClass().isEmpty()) {
            details.add(text.format("ingress.class", ingress.ingressClass()));
        }
        ingress.gateways().forEach(g -> details.add(text.format("ingress.gateway", g)));
        return leaf(ingress.id(), BoxKind.INGRESS, ingress.namespace() + "/" + ingress.label(), details, List.of(), ingress.namespace());
    }

    /** The outside. */
    DraftBox outside(GraphVertex.OutsideVertex outside) {
        return leaf(outside.id(), BoxKind.OUTSIDE, text.get("outside.label"), List.of(), List.of(), "");
    }

    /** An address block. */
    DraftBox block(GraphVertex.AddressBlockVertex block) {
        return leaf(block.id(), BoxKind.ADDRESS_BLOCK, block.label(),
                List.of(text.get(block.endpoint() ? "block.endpoint" : "block.policy")), List.of(), "");
    }

    /** The isolation marks of a workload. */
    List<String> badges(GraphVertex.WorkloadVertex w) {
        List<String> out = new ArrayList<>();
        if (!w.ingressIsolatedBy().isEmpty()) {
            out.add(text.get("badge.ingress"));
        }
        if (!w.egressIsolatedBy().isEmpty()) {
            out.add(text.get("badge.egress"));
        }
        return out;
    }

    private List<String> ports(List<ContainerPort> ports) {
        List<String> out = new ArrayList<>();
        for (ContainerPort p : ports) {
            out.add(p.portProtocol() + (p.name().isEmpty() ? "" : " " + p.name()));
        }
        return limit(out);
    }

    /** A Service port as {@code port→target/PROTO}, with {@code :nodePort} when it has one. */
    private static String mapping(ServicePort p) {
        String node = p.nodePort() > 0 ? ":" + p.nodePort() : "";
        return p.port() + node + "→" + p.targetPort() + "/" + p.protocol();
    }

    private String ips(List<IpAddress> ips) {
        return ips.isEmpty() ? text.get("pause.noIp") : String.join(", ", ips.stream().map(IpAddress::toString).toList());
    }

    private static List<String> limit(List<String> lines) {
        if (lines.size() <= MAX_PORT_LINES) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, MAX_PORT_LINES - 1));
        out.add("+" + (lines.size() - MAX_PORT_LINES + 1) + " …");
        return out;
    }
}
