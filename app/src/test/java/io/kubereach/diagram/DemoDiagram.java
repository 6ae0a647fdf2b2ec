package io.kubereach.diagram;

import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestException;
import java.util.Locale;

/** The built-in demo cluster, its graph and its layout in English, made once for the diagram tests. */
public final class DemoDiagram {

    private static NetworkGraph graph;

    private DemoDiagram() {
    }

    /** The demo's network graph. */
    public static synchronized NetworkGraph graph() {
        if (graph == null) {
            try {
                graph = NetworkGraphBuilder.build(DemoCluster.snapshot());
            } catch (ManifestException e) {
                throw new IllegalStateException("the built-in demo does not read: " + e.getMessage(), e);
            }
        }
        return graph;
    }

    /** English words. */
    public static DiagramText english() {
        return DiagramText.of(Locale.ENGLISH);
    }

    /** The demo laid out with a grouping. */
    public static DiagramLayout layout(Grouping grouping) {
        return new DiagramLayouter(english()).layout(graph().graph(), grouping);
    }
}
