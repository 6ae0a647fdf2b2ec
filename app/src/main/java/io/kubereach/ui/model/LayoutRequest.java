package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LayoutMemory;
import io.kubereach.graph.Focus;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.text.Language;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** Lays out the view of a graph from scratch; pure geometry, for a worker thread. */
    public DiagramLayout layout(NetworkGraph graph) {
        return layout(graph, LayoutMemory.empty());
    }

    /** Lays out the view of a graph, keeping the boxes the memory remembers in their places; for a worker thread. */
    public DiagramLayout layout(NetworkGraph graph, LayoutMemory memory) {
        return layouter().layout(view(graph), grouping, memory);
    }

    /**
     * Whether the views of two graphs draw the same boxes: the same vertices, equal in every field
     * a box shows (names, IPs, ports, isolation), so only the lines can differ.
     */
    public boolean drawsSameBoxes(NetworkGraph before, NetworkGraph after) {
        Set<GraphVertex> was = new HashSet<>(view(before).vertexSet());
        Set<GraphVertex> now = new HashSet<>(view(after).vertexSet());
        return was.equals(now);
    }

    /** The picture shown with its boxes kept and the lines of the graph's view drawn anew; for views that draw the same boxes. */
    public DiagramLayout redrawLines(NetworkGraph graph, DiagramLayout shown) {
        return layouter().redrawLines(view(graph), grouping, shown);
    }

    private DiagramLayouter layouter() {
        return new DiagramLayouter(DiagramText.of(language.locale()));
    }
}
