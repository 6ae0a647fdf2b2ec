package io.kubereach.graph;

import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A directed multigraph without the index of edges by their two ends that JGraphT's
 * {@code DirectedMultigraph} keeps for {@code getEdge(u, v)}: nothing here asks that, and with
 * hundreds of thousands of traffic edges the index costs a second of hashing vertices.
 */
final class PlainMultigraph extends AbstractBaseGraph<GraphVertex, GraphEdge> {

    private static final long serialVersionUID = 1L;

    PlainMultigraph() {
        super(null, null, new DefaultGraphType.Builder().directed().allowMultipleEdges(true).allowSelfLoops(false).weighted(false).build(),
                new DefaultGraphSpecificsStrategy<>());
    }
}
