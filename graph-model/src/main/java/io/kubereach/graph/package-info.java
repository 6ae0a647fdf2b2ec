/**
 * The {@link io.kubereach.graph.NetworkGraph} every view draws: typed vertices (nodes, namespaces,
 * workloads, pods, pause and app containers, Services, Ingresses, outside address blocks) and
 * edges (contains, backs, routes, traffic with its verdict), built once from a snapshot and the
 * engine's answers ({@link io.kubereach.graph.NetworkGraphBuilder}). Focus and filters are views
 * over it ({@link io.kubereach.graph.GraphView}), not copies; the
 * {@link io.kubereach.graph.ReachabilityMatrix} reads it too.
 *
 * <p>Place in the data flow: ClusterSnapshot → engine → <b>NetworkGraph</b> → views. Depends on
 * {@code model}, {@code engine}, {@code proxy}, {@code describe} (edge explanations) and
 * {@code text}; not on {@code report}, which is one output among the views.
 */
package io.kubereach.graph;
