package io.kubereach.ui.model;

import io.kubereach.diagram.Connection;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.graph.GraphEdge;
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

    /**
     * The ids of the connections of {@code layout} an admin or baseline rule decides (the picture
     * traces them along their whole way, whatever level it shows), and of the boxes at their ends.
     * A walk over the connections only: no line is routed for it.
     */
    static Set<String> in(DiagramLayout layout) {
        Set<String> out = new LinkedHashSet<>();
        for (Connection c : layout.connections()) {
            if (c.edge() instanceof GraphEdge.Traffic t && t.decidedByClusterTiers()) {
                out.add(c.id());
                out.add(c.sourceId());
                out.add(c.targetId());
            }
        }
        return out;
    }
}
