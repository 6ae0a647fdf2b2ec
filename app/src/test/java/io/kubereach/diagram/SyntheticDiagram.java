package io.kubereach.diagram;

import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;

/** The synthetic {@code medium} cluster (2,000 pods, 20 namespaces, 8 nodes) and its graph, made once for the layout tests. */
public final class SyntheticDiagram {

    private static NetworkGraph medium;

    private SyntheticDiagram() {
    }

    /** The network graph of the medium cluster. */
    public static synchronized NetworkGraph medium() {
        if (medium == null) {
            medium = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.medium()));
        }
        return medium;
    }
}
