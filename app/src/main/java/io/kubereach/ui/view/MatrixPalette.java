package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramPalette;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficVerdict;
import javafx.scene.paint.Color;

/**
 * The colours of the matrix in a diagram style (light or dark): the diagram's verdict colours
 * (green allowed, amber partly allowed, red blocked), grey for what cannot be judged, each faded
 * into the page where no policy is involved (allowed by default), so the default stands apart
 * from what policies decide. A value; safe to read from the tile painter's thread.
 */
final class MatrixPalette {

    /** Grey for unknown on a light page. */
    static final int UNKNOWN_LIGHT = 0x8A8F96;
    /** Grey for unknown on a dark page. */
    static final int UNKNOWN_DARK = 0x9AA0A8;
    /** How much of a verdict's colour shows where no policy is involved. */
    static final double NO_POLICY_STRENGTH = 0.4;

    private final DiagramStyle style;
    /** Opaque ARGB per verdict, policy involved at [2v], not at [2v+1]. */
    private final int[] argb = new int[PairVerdict.values().length * 2];

    MatrixPalette(DiagramStyle style) {
        this.style = style;
        for (PairVerdict v : PairVerdict.values()) {
            int rgb = rgb(v);
            argb[2 * v.ordinal()] = 0xFF000000 | rgb;
            argb[2 * v.ordinal() + 1] = 0xFF000000 | DiagramPalette.mix(style.background(), rgb, NO_POLICY_STRENGTH);
        }
    }

    /** The colour of a verdict, full strength. */
    int rgb(PairVerdict verdict) {
        return switch (verdict) {
            case ALLOWED -> style.verdictColor(TrafficVerdict.ALLOWED);
            case PARTIAL -> style.verdictColor(TrafficVerdict.PARTIAL);
            case BLOCKED -> style.verdictColor(TrafficVerdict.BLOCKED);
            case UNKNOWN -> style.dark() ? UNKNOWN_DARK : UNKNOWN_LIGHT;
        };
    }

    /** The opaque ARGB of a cell. */
    int cell(PairVerdict verdict, boolean policyInvolved) {
        return argb[2 * verdict.ordinal() + (policyInvolved ? 0 : 1)];
    }

    /** The page behind the cells; the gaps between cells show it. */
    Color background() {
        return color(style.background());
    }

    /** Names. */
    Color text() {
        return color(style.text());
    }

    /** Secondary words: namespace bands. */
    Color detailText() {
        return color(style.detailText());
    }

    /** The selected cell and its row and column names. */
    Color highlight() {
        return color(style.highlight());
    }

    /** The band behind every other namespace, and the hovered row and column. */
    Color band() {
        return color(DiagramPalette.mix(style.background(), style.text(), 0.07));
    }

    /** A colour as the toolkit wants it. */
    static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
