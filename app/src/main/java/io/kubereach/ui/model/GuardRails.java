package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.NetworkGraph;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The guard rails of a picture: the traffic lines a rule of a cluster-wide policy (an admin or
 * baseline policy) decides for some connection, with the boxes at their ends: what the diagram
 * marks when the user asks to see them.
 */
final class GuardRails {

    private GuardRails() {
    }

    /** The ids of the lines of {@code layout} an admin or baseline rule decides, and of the boxes at their ends. */
    static Set<String> in(DiagramLayout layout, NetworkGraph graph) {
        Set<String> out = new LinkedHashSet<>();
        for (DiagramLine line : layout.lines()) {
            if (graph.edge(line.id()).orElse(null) instanceof GraphEdge.Traffic t && t.decidedByClusterTiers()) {
                out.add(line.id());
                out.add(line.sourceId());
                out.add(line.targetId());
            }
        }
        return out;
    }
}
