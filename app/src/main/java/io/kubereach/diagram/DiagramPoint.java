package io.kubereach.diagram;

/**
 * A point of the diagram, in diagram units (1 unit = 1 pixel at 100 % zoom).
 *
 * @param x the horizontal position, growing to the right
 * @param y the vertical position, growing downwards
 */
public record DiagramPoint(double x, double y) {
}
