/**
 * The diagram without a toolkit: lays out the {@link io.kubereach.graph.NetworkGraph} as nested
 * boxes and lines routed around them ({@link io.kubereach.diagram.DiagramLayouter}) into a
 * {@link io.kubereach.diagram.DiagramLayout}, and
 * paints it with Java2D ({@link io.kubereach.diagram.DiagramPainter}) to PNG or SVG
 * ({@link io.kubereach.diagram.DiagramExport}). Its words come from its own bundle
 * ({@link io.kubereach.diagram.DiagramText}), handed in fixed to one language.
 *
 * <p>Place in the data flow: NetworkGraph → <b>views</b>: the window draws the same layout
 * ({@code diagram.fx}), so the exported picture is the one on screen. Runs headless; depends on
 * graph-model, never on {@code ui} or JavaFX.
 */
package io.kubereach.diagram;
