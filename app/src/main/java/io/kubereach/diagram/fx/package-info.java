/**
 * The diagram on a JavaFX canvas: draws a {@link io.kubereach.diagram.DiagramLayout} as the
 * window's scene ({@link io.kubereach.diagram.fx.DiagramCanvas}) with tooltips and highlight and
 * selection marks.
 *
 * <p>Place in the data flow: NetworkGraph → diagram layout → <b>the window's picture</b>. Depends
 * on {@code diagram}, {@code graph} and JavaFX; never on {@code ui}.
 */
package io.kubereach.diagram.fx;
