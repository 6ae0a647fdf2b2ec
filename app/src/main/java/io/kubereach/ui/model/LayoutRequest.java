package io.kubereach.ui.model;

import io.kubereach.describe.Language;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.Focus;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.NetworkGraph;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * What the diagram shows: a filter, a grouping, the language of its words and, in focus mode,
 * the pod or workload whose traffic it shows alone.
 *
 * @param filter the namespaces, labels and layers shown
 * @param grouping by node or by namespace
 * @param language the language of the words in the boxes
 * @param focus the vertex focused on; empty for the whole cluster
 */
public record LayoutRequest(GraphFilter filter, Grouping grouping, Language language, Optional<String> focus) {

    /** This request with another filter. */
    public LayoutRequest withFilter(GraphFilter other) {
        return new LayoutRequest(other, grouping, language, focus);
    }

    /** The view of a graph this request shows. */
    public Graph<GraphVertex, GraphEdge> view(NetworkGraph graph) {
        Graph<GraphVertex, GraphEdge> base = focus.filter(id -> graph.vertex(id).isPresent())
                .map(id -> Focus.on(graph, id))
                .orElse(graph.graph());
        return GraphView.of(base, filter);
    }

    /** Lays out the view of a graph; pure geometry, for a worker thread. */
    public DiagramLayout layout(NetworkGraph graph) {
        return new DiagramLayouter(DiagramText.of(language.locale())).layout(view(graph), grouping);
    }
}
