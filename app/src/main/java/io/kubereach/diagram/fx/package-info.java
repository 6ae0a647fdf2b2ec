/**
 * The diagram on a JavaFX canvas: draws a {@link io.kubereach.diagram.DiagramLayout} as the
 * window's scene ({@link io.kubereach.diagram.fx.DiagramCanvas}) with tooltips and highlight and
 * selection marks. The canvas keeps its parts apart: where it looks (PanAndZoom), the boxes the user
 * opened or closed (BoxChoices), the lines of the level shown (LevelLines), painting
 * (CanvasPainting), what is under a point (CanvasPointer) and mouse and keys (CanvasGestures).
 *
 * <p>Place in the data flow: NetworkGraph → diagram layout → <b>the window's picture</b>. Depends
 * on {@code diagram}, {@code graph} and JavaFX; never on {@code ui}.
 */
package io.kubereach.diagram.fx;
