package io.kubereach.diagram;

import io.kubereach.graph.TrafficVerdict;

/**
 * Every colour, font size and spacing of the diagram in one place, as plain numbers
 * ({@code 0xRRGGBB}), so the JavaFX canvas and the Java2D painter draw the same picture. The
 * colours come from a {@link DiagramPalette}: {@link #LIGHT} for the light theme and exports,
 * {@link #DARK} for the dark theme. Verdict colours are never used for anything else.
 */
public final class DiagramStyle {

    /** The light look: the light theme, and exports unless asked otherwise. */
    public static final DiagramStyle LIGHT = new DiagramStyle(DiagramPalette.LIGHT);
    /** The dark look, for the dark theme. */
    public static final DiagramStyle DARK = new DiagramStyle(DiagramPalette.DARK);
    /** The look used when none is chosen: {@link #LIGHT}. */
    public static final DiagramStyle DEFAULT = LIGHT;

    /** Traffic allowed on every served port (light palette). */
    public static final int ALLOWED = 0x2E7D32;
    /** Traffic refused on every served port (light palette). */
    public static final int BLOCKED = 0xD32F2F;
    /** Traffic allowed on some ports or between some pods only (light palette). */
    public static final int PARTIAL = 0xCC7F00;
    /** A Service's line to its backends (light palette). */
    public static final int BACKS = 0x5C6BC0;
    /** A route from outside or through an Ingress (light palette). */
    public static final int ROUTES = 0x455A64;
    /** The shared {@code lo} between the pause and an app container (light palette). */
    public static final int LOOPBACK = 0x7E57C2;
    /** Text (light palette). */
    public static final int TEXT = 0x212121;
    /** Secondary text (details, light palette). */
    public static final int DETAIL_TEXT = 0x5A5A5A;
    /** The picture's background (light palette). */
    public static final int BACKGROUND = 0xFFFFFF;
    /** The outline of a selected or highlighted element (light palette). */
    public static final int HIGHLIGHT = 0x1565C0;

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

    private final DiagramPalette palette;

    private DiagramStyle(DiagramPalette palette) {
        this.palette = palette;
    }

    /** The look for a dark or a light surrounding. */
    public static DiagramStyle of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** Its colours. */
    public DiagramPalette palette() {
        return palette;
    }

    /** Whether it is the dark look. */
    public boolean dark() {
        return palette.dark();
    }

    /** The page behind the picture. */
    public int background() {
        return palette.background();
    }

    /** The colour of titles. */
    public int text() {
        return palette.text();
    }

    /** The colour of detail lines. */
    public int detailText() {
        return palette.detailText();
    }

    /** The outline of a selected or highlighted element. */
    public int highlight() {
        return palette.highlight();
    }

    /** The colour of isolation badges (their text is white). */
    public int badge() {
        return palette.badge();
    }

    /** The halo behind a line label. */
    public int labelHalo() {
        return palette.labelHalo();
    }

    /** The text colour of a line's label: the line's colour, pulled towards the text colour so it reads on the halo. */
    public int labelText(DiagramLine line) {
        return DiagramPalette.mix(lineColor(line), palette.text(), 0.35);
    }

    /** The colour of a line kind without a verdict (for legends). */
    public int kindColor(LineKind kind) {
        return switch (kind) {
            case BACKS -> palette.backs();
            case ROUTES, TRAFFIC -> palette.routes();
            case LOOPBACK -> palette.loopback();
        };
    }

    /** What-if: a line that became allowed (bright green, thicker than the verdicts' green). */
    private static final int BECAME_ALLOWED_COLOUR = 0x00C853;
    /** What-if: a line that became blocked (magenta, apart from the verdicts' red). */
    private static final int BECAME_BLOCKED_COLOUR = 0xD500F9;
    /** What-if: a line whose ports changed (blue). */
    private static final int PORTS_CHANGED_COLOUR = 0x2962FF;

    /** The colour of a verdict. */
    public int verdictColor(TrafficVerdict verdict) {
        return switch (verdict) {
            case ALLOWED -> palette.allowed();
            case BLOCKED -> palette.blocked();
            case PARTIAL -> palette.partial();
        };
    }

    /** The colour of a class of line; unknown traffic is grey, between the text and the page. */
    public int classColor(LineClass c) {
        return switch (c) {
            case ALLOWED -> palette.allowed();
            case PARTIAL -> palette.partial();
            case BLOCKED -> palette.blocked();
            case UNKNOWN -> DiagramPalette.mix(palette.background(), palette.detailText(), 0.75);
            case BACKS -> palette.backs();
            case ROUTES -> palette.routes();
            case LOOPBACK -> palette.loopback();
            case BECAME_ALLOWED -> BECAME_ALLOWED_COLOUR;
            case BECAME_BLOCKED -> BECAME_BLOCKED_COLOUR;
            case PORTS_CHANGED -> PORTS_CHANGED_COLOUR;
        };
    }

    /** Whether lines of a class are dashed: a Service's backends, routes, and traffic that cannot be judged. */
    public boolean dashed(LineClass c) {
        return c == LineClass.BACKS || c == LineClass.ROUTES || c == LineClass.UNKNOWN || c == LineClass.BECAME_BLOCKED;
    }

    /** The colour of a line. */
    public int lineColor(DiagramLine line) {
        return classColor(line.lineClass());
    }

    /** The width of a line at 100 %. */
    public double lineWidth(DiagramLine line) {
        return line.kind() == LineKind.TRAFFIC ? TRAFFIC_WIDTH : LINE_WIDTH;
    }

    /** Whether a line is dashed (a Service's backends and routes are; traffic is solid). */
    public boolean dashed(DiagramLine line) {
        return dashed(line.lineClass());
    }

    /** The colour of a namespace in a layout; grey for cluster-wide things. */
    public int namespaceColor(DiagramLayout layout, String namespace) {
        return palette.namespaceColor(layout.colourIndex(namespace));
    }

    /** The outline colour of a box. */
    public int stroke(DiagramLayout layout, DiagramBox box) {
        return switch (box.kind()) {
            case NAMESPACE, WORKLOAD, POD -> namespaceColor(layout, box.namespace());
            default -> palette.strokes().get(box.kind());
        };
    }

    /** The fill colour of a box. */
    public int fill(DiagramLayout layout, DiagramBox box) {
        return switch (box.kind()) {
            case NAMESPACE -> DiagramPalette.mix(palette.background(), namespaceColor(layout, box.namespace()), palette.namespaceTint());
            case WORKLOAD -> DiagramPalette.mix(palette.background(), namespaceColor(layout, box.namespace()), palette.workloadTint());
            default -> palette.fills().get(box.kind());
        };
    }

    /** The font size of a box's title. */
    public double titleSize(BoxKind kind) {
        return kind == BoxKind.NODE || kind == BoxKind.NAMESPACE ? GROUP_TITLE_SIZE : TITLE_SIZE;
    }

    /** A colour mixed with white: {@code amount} 0 is white, 1 the colour. */
    public static int tint(int rgb, double amount) {
        return DiagramPalette.mix(0xFFFFFF, rgb, amount);
    }
}
