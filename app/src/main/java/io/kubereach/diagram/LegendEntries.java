package io.kubereach.diagram;

import java.util.List;

/**
 * What the legend explains, in order: each line kind with its colour, the isolation mark, the
 * badge of the deciding tier; then the what-if's line kinds and the exposure marks when the picture
 * draws them.
 */
final class LegendEntries {

    /**
     * One legend row.
     *
     * @param key the message key of its words
     * @param color its colour
     * @param dashed whether its sample line is dashed
     * @param badge whether the sample is a badge instead of a line; with a word, an exposure mark (a bar and a tag with the word)
     * @param word the key of a word shown as the sample instead of a line (a line's badge), or in the mark; empty for none
     */
    record Entry(String key, int color, boolean dashed, boolean badge, String word) {

        Entry(String key, int color, boolean dashed, boolean badge) {
            this(key, color, dashed, badge, "");
        }
    }

    /** The rows of the legend, in the colours of a style. */
    static List<Entry> of(DiagramStyle style) {
        DiagramPalette p = style.palette();
        return List.of(
                new Entry("legend.allowed", p.allowed(), false, false),
                new Entry("legend.partial", p.partial(), false, false),
                new Entry("legend.blocked", p.blocked(), false, false),
                new Entry("legend.unknown", style.classColor(LineClass.UNKNOWN), true, false),
                new Entry("legend.backs", p.backs(), true, false),
                new Entry("legend.routes", p.routes(), true, false),
                new Entry("legend.loopback", p.loopback(), false, false),
                new Entry("legend.isolated", p.badge(), false, true),
                new Entry("legend.decidedBy", style.text(), false, false, "badge.NETWORK_POLICY"));
    }

    /** The rows of the legend of a picture: with the what-if's rows when it shows a what-if's changes. */
    static List<Entry> of(DiagramStyle style, boolean changes) {
        if (!changes) {
            return of(style);
        }
        List<Entry> out = new java.util.ArrayList<>(of(style));
        out.add(new Entry("legend.becameAllowed", style.classColor(LineClass.BECAME_ALLOWED), false, false));
        out.add(new Entry("legend.becameBlocked", style.classColor(LineClass.BECAME_BLOCKED), true, false));
        out.add(new Entry("legend.portsChanged", style.classColor(LineClass.PORTS_CHANGED), false, false));
        out.add(new Entry("legend.unchanged", DiagramPalette.mix(style.background(), style.classColor(LineClass.ALLOWED), 0.3), false, false));
        return List.copyOf(out);
    }

    /** The rows of the legend of a picture: with the what-if's rows when it shows changes, and the exposure marks' when it draws them. */
    static List<Entry> of(DiagramStyle style, boolean changes, boolean exposure) {
        if (!exposure) {
            return of(style, changes);
        }
        List<Entry> out = new java.util.ArrayList<>(of(style, changes));
        out.add(new Entry("legend.mark.OUTSIDE", ExposureMarks.color(ExposureMarks.Reason.OUTSIDE, style), false, true, "mark.OUTSIDE"));
        out.add(new Entry("legend.mark.EVERY_NAMESPACE", ExposureMarks.color(ExposureMarks.Reason.EVERY_NAMESPACE, style), false, true,
                "mark.EVERY_NAMESPACE"));
        out.add(new Entry("legend.mark.NOT_ISOLATED", ExposureMarks.color(ExposureMarks.Reason.NOT_ISOLATED, style), false, true, "mark.NOT_ISOLATED"));
        out.add(new Entry("legend.mark.group", ExposureMarks.color(ExposureMarks.Reason.OUTSIDE, style), false, true, "legend.mark.groupSample"));
        return List.copyOf(out);
    }

    /** How many rows the legend has. */
    static int size(boolean changes, boolean exposure) {
        return of(DiagramStyle.DEFAULT, changes, exposure).size();
    }

    private LegendEntries() {
    }
}
