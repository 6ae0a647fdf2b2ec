package io.kubereach.diagram;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The colours of one look of the diagram ({@code 0xRRGGBB}): the page, texts, lines by kind and
 * verdict, and the fill and outline of every kind of box. Namespace and workload boxes are
 * filled with their namespace colour mixed into the background by {@code namespaceTint} and
 * {@code workloadTint}. The light and the dark palette keep the same hue for each verdict, so the
 * legend reads the same in both.
 *
 * @param background the page behind everything
 * @param text titles
 * @param detailText detail lines under titles
 * @param allowed traffic allowed on every served port
 * @param partial traffic allowed on some ports or between some pods only
 * @param blocked traffic refused on every served port
 * @param backs a Service's line to its backends
 * @param routes a route from outside or through an Ingress
 * @param loopback the shared {@code lo} between the pause and an app container
 * @param highlight the outline of a selected or highlighted element
 * @param badge the isolation mark behind its white text
 * @param labelHalo the halo behind line labels (painted a little transparent)
 * @param namespaces namespace colours, in the order of {@link DiagramLayout#namespaces()}
 * @param clusterWide the colour of things in no namespace
 * @param fills the fill of each kind of box (namespace and workload boxes use their namespace colour instead)
 * @param strokes the outline of each kind of box (namespace, workload and pod boxes use their namespace colour instead)
 * @param namespaceTint how much of its colour a namespace box's fill has (0 background, 1 the colour)
 * @param workloadTint how much of its colour a workload box's fill has
 */
public record DiagramPalette(int background, int text, int detailText, int allowed, int partial, int blocked, int backs, int routes,
        int loopback, int highlight, int badge, int labelHalo, List<Integer> namespaces, int clusterWide, Map<BoxKind, Integer> fills,
        Map<BoxKind, Integer> strokes, double namespaceTint, double workloadTint) {

    public DiagramPalette {
        namespaces = List.copyOf(namespaces);
        fills = Map.copyOf(fills);
        strokes = Map.copyOf(strokes);
        for (BoxKind kind : BoxKind.values()) {
            if (!fills.containsKey(kind) && kind != BoxKind.NAMESPACE && kind != BoxKind.WORKLOAD) {
                throw new IllegalArgumentException("a palette needs a fill for " + kind);
            }
        }
    }

    /** Dark text on white and pale fills: the picture of the light theme and of exports. */
    public static final DiagramPalette LIGHT = new DiagramPalette(0xFFFFFF, 0x212121, 0x5A5A5A,
            0x2E7D32, 0xCC7F00, 0xD32F2F, 0x5C6BC0, 0x455A64, 0x7E57C2, 0x1565C0, 0xB71C1C, 0xFFFFFF,
            List.of(0x1E88E5, 0x8E24AA, 0x00897B, 0x6D4C41, 0x3949AB, 0xD81B60, 0x0097A7, 0x5E35B1, 0x546E7A, 0x0288D1), 0x757575,
            kinds(0xF4F6F8, 0xFFFFFF, 0xECEFF1, 0xE3F2FD, 0xEDE7F6, 0xE0F2F1, 0xFFF8E1, 0xFBE9E7),
            kinds(0x78909C, 0, 0x90A4AE, 0x64B5F6, 0x5E35B1, 0x00897B, 0x6D4C41, 0x8D6E63), 0.08, 0.16);

    /**
     * Light text on dark, slightly coloured fills, matching AtlantaFX Primer dark; lines and
     * namespace colours are lighter tones of the light palette's hues, so they stand out on the
     * dark page.
     */
    public static final DiagramPalette DARK = new DiagramPalette(0x0D1117, 0xE6EDF3, 0xB1BAC4,
            0x5CB85F, 0xF5A524, 0xF0534F, 0x8C9EFF, 0x90A4AE, 0xB39DDB, 0x58A6FF, 0xC62828, 0x161B22,
            List.of(0x64B5F6, 0xCE93D8, 0x4DB6AC, 0xBCAAA4, 0x9FA8DA, 0xF48FB1, 0x4DD0E1, 0xB39DDB, 0x90A4AE, 0x81D4FA), 0x9E9E9E,
            kinds(0x161B22, 0x1C2128, 0x262C36, 0x152238, 0x221D36, 0x12282A, 0x2A2415, 0x2C1E1B),
            kinds(0x6E7681, 0, 0x768390, 0x4A90D9, 0x9575CD, 0x26A69A, 0xC0A060, 0xBC8A7E), 0.10, 0.18);

    /** The colour of the namespace at a place of the layout's namespace list; {@code clusterWide} for none. */
    public int namespaceColor(int index) {
        return index < 0 ? clusterWide : namespaces.get(index % namespaces.size());
    }

    /** Whether the page is dark. */
    public boolean dark() {
        return luminance(background) < 0.2;
    }

    /** The WCAG relative luminance of a colour, 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    /** {@code amount} of {@code over} mixed into {@code base} (0 is {@code base}, 1 is {@code over}). */
    public static int mix(int base, int over, double amount) {
        int r = mixChannel((base >> 16) & 0xFF, (over >> 16) & 0xFF, amount);
        int g = mixChannel((base >> 8) & 0xFF, (over >> 8) & 0xFF, amount);
        int b = mixChannel(base & 0xFF, over & 0xFF, amount);
        return (r << 16) | (g << 8) | b;
    }

    private static int mixChannel(int base, int over, double amount) {
        return (int) Math.round(base + (over - base) * amount);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The colours of the fixed kinds, in the order node, pod, pause, container, Service, Ingress, outside, address block. */
    private static Map<BoxKind, Integer> kinds(int node, int pod, int pause, int container, int service, int ingress, int outside,
            int block) {
        Map<BoxKind, Integer> out = new EnumMap<>(BoxKind.class);
        out.put(BoxKind.NODE, node);
        out.put(BoxKind.POD, pod);
        out.put(BoxKind.PAUSE, pause);
        out.put(BoxKind.CONTAINER, container);
        out.put(BoxKind.SERVICE, service);
        out.put(BoxKind.INGRESS, ingress);
        out.put(BoxKind.OUTSIDE, outside);
        out.put(BoxKind.ADDRESS_BLOCK, block);
        return out;
    }
}
