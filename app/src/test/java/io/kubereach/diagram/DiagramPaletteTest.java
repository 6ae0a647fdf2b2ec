package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the light and dark diagram palettes")
class DiagramPaletteTest {

    /** Every fill a box of a kind can have in a palette: namespace and workload boxes once per namespace colour. */
    private static List<Integer> fills(DiagramStyle style, BoxKind kind) {
        DiagramPalette p = style.palette();
        List<Integer> out = new ArrayList<>();
        if (kind == BoxKind.NAMESPACE || kind == BoxKind.WORKLOAD) {
            List<Integer> colours = new ArrayList<>(p.namespaces());
            colours.add(p.clusterWide());
            double tint = kind == BoxKind.NAMESPACE ? p.namespaceTint() : p.workloadTint();
            for (int c : colours) {
                out.add(DiagramPalette.mix(p.background(), c, tint));
            }
        } else {
            out.add(p.fills().get(kind));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(DiagramTheme.class)
    @DisplayName("titles and details read on every kind of box with a WCAG contrast of 4.5:1 at least")
    void textContrastOnEveryBox(DiagramTheme theme) {
        DiagramStyle style = theme.style();
        List<String> poor = new ArrayList<>();
        for (BoxKind kind : BoxKind.values()) {
            for (int fill : fills(style, kind)) {
                for (int text : List.of(style.text(), style.detailText())) {
                    double c = contrast(text, fill);
                    if (c < 4.5) {
                        poor.add(String.format("%s text %06X on %06X: %.2f", kind, text, fill, c));
                    }
                }
            }
        }
        assertThat(poor).isEmpty();
        assertThat(contrast(0xFFFFFF, style.badge())).as("white on the isolation badge").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(style.text(), style.background())).isGreaterThanOrEqualTo(4.5);
    }

    @ParameterizedTest
    @EnumSource(DiagramTheme.class)
    @DisplayName("line labels read on their halo, and lines and namespace colours stand out from the page (3:1)")
    void linesAndNamespacesStandOut(DiagramTheme theme) {
        DiagramStyle style = theme.style();
        DiagramPalette p = style.palette();
        for (int line : List.of(p.allowed(), p.partial(), p.blocked(), p.backs(), p.routes(), p.loopback())) {
            assertThat(contrast(line, p.background())).as("line %06X", line).isGreaterThanOrEqualTo(3);
            int label = DiagramPalette.mix(line, p.text(), 0.35);
            assertThat(contrast(label, p.labelHalo())).as("label of line %06X", line).isGreaterThanOrEqualTo(4.5);
        }
        for (int ns : p.namespaces()) {
            assertThat(contrast(ns, p.background())).as("namespace %06X", ns).isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DiagramTheme.class)
    @DisplayName("allowed, partly allowed and blocked are clearly different hues")
    void verdictColoursDiffer(DiagramTheme theme) {
        DiagramPalette p = theme.style().palette();
        assertThat(hueDistance(p.allowed(), p.partial())).isGreaterThan(40);
        assertThat(hueDistance(p.allowed(), p.blocked())).isGreaterThan(40);
        assertThat(hueDistance(p.partial(), p.blocked())).isGreaterThan(25);
    }

    @Test
    @DisplayName("the dark palette keeps the light palette's hue for each verdict, so one legend reads for both")
    void darkVerdictsKeepTheirHues() {
        DiagramPalette light = DiagramPalette.LIGHT;
        DiagramPalette dark = DiagramPalette.DARK;
        assertThat(hueDistance(light.allowed(), dark.allowed())).isLessThan(12);
        assertThat(hueDistance(light.partial(), dark.partial())).isLessThan(12);
        assertThat(hueDistance(light.blocked(), dark.blocked())).isLessThan(12);
        assertThat(DiagramPalette.luminance(dark.background())).isLessThan(DiagramPalette.luminance(light.background()));
    }

    @Test
    @DisplayName("the contrast these tests measure is WCAG's: black on white is 21:1, a colour on itself 1:1")
    void contrastFormula() {
        assertThat(contrast(0x000000, 0xFFFFFF)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(0x777777, 0x777777)).isEqualTo(1);
        assertThat(contrast(0x767676, 0xFFFFFF)).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.02));
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    private static double contrast(int a, int b) {
        double la = DiagramPalette.luminance(a);
        double lb = DiagramPalette.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The distance in degrees between two colours' hues. */
    private static double hueDistance(int a, int b) {
        double d = Math.abs(hue(a) - hue(b)) % 360;
        return Math.min(d, 360 - d);
    }

    private static double hue(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null);
        return hsb[0] * 360;
    }
}
