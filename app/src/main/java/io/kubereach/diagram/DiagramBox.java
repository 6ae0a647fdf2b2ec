package io.kubereach.diagram;

import java.util.List;

/**
 * One box of the diagram, with the boxes inside it. Coordinates are absolute (diagram units),
 * so every painter and hit test uses them as they are.
 *
 * @param id the id of the graph vertex it draws (a workload's part on one node: {@code WORKLOAD_ID@node:NAME})
 * @param kind what it stands for
 * @param label its title
 * @param details further lines under the title (IPs, ports, kind words), already in the user's language
 * @param badges short marks painted at its top right (e.g. isolation), already in the user's language
 * @param namespace its namespace (for its colour), empty for cluster-wide things
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 * @param header the height of its title band at the top (name, details, badges); the boxes inside it start below
 * @param children the boxes inside it, in drawing order
 */
public record DiagramBox(String id, BoxKind kind, String label, List<String> details, List<String> badges, String namespace,
        double x, double y, double width, double height, double header, List<DiagramBox> children) {

    public DiagramBox {
        details = List.copyOf(details);
        badges = List.copyOf(badges);
        children = List.copyOf(children);
    }

    /** The horizontal centre. */
    public double centerX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    public double centerY() {
        return y + height / 2;
    }

    /** Whether the point lies inside this box (edges included). */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
