package io.kubereach.diagram;

import io.kubereach.graph.TrafficVerdict;
import java.util.List;

/**
 * Every colour, font size and spacing of the diagram in one place, as plain numbers
 * ({@code 0xRRGGBB}), so the JavaFX canvas and the Java2D painter draw the same picture.
 * Verdict colours are never used for anything else.
 */
public final class DiagramStyle {

    /** The one style of the app. */
    public static final DiagramStyle DEFAULT = new DiagramStyle();

    /** Traffic allowed on every served port. */
    public static final int ALLOWED = 0x2E7D32;
    /** Traffic refused on every served port. */
    public static final int BLOCKED = 0xD32F2F;
    /** Traffic allowed on some ports or between some pods only. */
    public static final int PARTIAL = 0xF29D00;
    /** A Service's line to its backends. */
    public static final int BACKS = 0x5C6BC0;
    /** A route from outside or through an Ingress. */
    public static final int ROUTES = 0x455A64;
    /** The shared {@code lo} between the pause and an app container. */
    public static final int LOOPBACK = 0x7E57C2;
    /** Text. */
    public static final int TEXT = 0x212121;
    /** Secondary text (details). */
    public static final int DETAIL_TEXT = 0x616161;
    /** The picture's background. */
    public static final int BACKGROUND = 0xFFFFFF;
    /** The outline of a selected or highlighted element. */
    public static final int HIGHLIGHT = 0x1565C0;

    /** Namespace colours, in the order of {@link DiagramLayout#namespaces()}; none is green, red or amber. */
    private static final List<Integer> PALETTE = List.of(
            0x1E88E5, 0x8E24AA, 0x00897B, 0x6D4C41, 0x3949AB, 0xD81B60, 0x00ACC1, 0x5E35B1, 0x546E7A, 0x039BE5);

    /** Font family for every text (a logical family every JDK and JavaFX has). */
    public static final String FONT_FAMILY = "SansSerif";
    /** Font size of box titles. */
    public static final double TITLE_SIZE = 12;
    /** Font size of group (node, namespace) titles. */
    public static final double GROUP_TITLE_SIZE = 15;
    /** Font size of detail lines and line labels. */
    public static final double DETAIL_SIZE = 10;
    /** Width of a traffic line at 100 %. */
    public static final double TRAFFIC_WIDTH = 2.2;
    /** Width of other lines at 100 %. */
    public static final double LINE_WIDTH = 1.3;
    /** Corner radius of boxes. */
    public static final double CORNER = 8;

    private DiagramStyle() {
    }

    /** The colour of a verdict. */
    public int verdictColor(TrafficVerdict verdict) {
        return switch (verdict) {
            case ALLOWED -> ALLOWED;
            case BLOCKED -> BLOCKED;
            case PARTIAL -> PARTIAL;
        };
    }

    /** The colour of a line. */
    public int lineColor(DiagramLine line) {
        if (line.verdict().isPresent()) {
            return verdictColor(line.verdict().get());
        }
        return switch (line.kind()) {
            case BACKS -> BACKS;
            case ROUTES -> ROUTES;
            case LOOPBACK -> LOOPBACK;
            case TRAFFIC -> ROUTES;
        };
    }

    /** The width of a line at 100 %. */
    public double lineWidth(DiagramLine line) {
        return line.kind() == LineKind.TRAFFIC ? TRAFFIC_WIDTH : LINE_WIDTH;
    }

    /** Whether a line is dashed (a Service's backends and routes are; traffic is solid). */
    public boolean dashed(DiagramLine line) {
        return line.kind() == LineKind.BACKS || line.kind() == LineKind.ROUTES;
    }

    /** The colour of a namespace in a layout; grey for cluster-wide things. */
    public int namespaceColor(DiagramLayout layout, String namespace) {
        int i = layout.colourIndex(namespace);
        return i < 0 ? 0x757575 : PALETTE.get(i % PALETTE.size());
    }

    /** The outline colour of a box. */
    public int stroke(DiagramLayout layout, DiagramBox box) {
        return switch (box.kind()) {
            case NODE -> 0x78909C;
            case SERVICE -> 0x5E35B1;
            case INGRESS -> 0x00897B;
            case OUTSIDE -> 0x6D4C41;
            case ADDRESS_BLOCK -> 0x8D6E63;
            case PAUSE -> 0x90A4AE;
            case CONTAINER -> 0x64B5F6;
            default -> namespaceColor(layout, box.namespace());
        };
    }

    /** The fill colour of a box. */
    public int fill(DiagramLayout layout, DiagramBox box) {
        return switch (box.kind()) {
            case NODE -> 0xF4F6F8;
            case NAMESPACE -> tint(namespaceColor(layout, box.namespace()), 0.08);
            case WORKLOAD -> tint(namespaceColor(layout, box.namespace()), 0.16);
            case POD -> 0xFFFFFF;
            case PAUSE -> 0xECEFF1;
            case CONTAINER -> 0xE3F2FD;
            case SERVICE -> 0xEDE7F6;
            case INGRESS -> 0xE0F2F1;
            case OUTSIDE -> 0xFFF8E1;
            case ADDRESS_BLOCK -> 0xFBE9E7;
        };
    }

    /** The font size of a box's title. */
    public double titleSize(BoxKind kind) {
        return kind == BoxKind.NODE || kind == BoxKind.NAMESPACE ? GROUP_TITLE_SIZE : TITLE_SIZE;
    }

    /** A colour mixed with white: {@code amount} 0 is white, 1 the colour. */
    public static int tint(int rgb, double amount) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = (int) Math.round(255 - (255 - r) * amount);
        g = (int) Math.round(255 - (255 - g) * amount);
        b = (int) Math.round(255 - (255 - b) * amount);
        return (r << 16) | (g << 8) | b;
    }
}
