package io.kubereach.diagram;

import java.util.List;

/** What the legend explains, in order: each line kind with its colour, and the isolation mark. */
final class LegendEntries {

    /**
     * One legend row.
     *
     * @param key the message key of its words
     * @param color its colour
     * @param dashed whether its sample line is dashed
     * @param badge whether the sample is a badge instead of a line
     */
    record Entry(String key, int color, boolean dashed, boolean badge) {
    }

    /** The colour of isolation badges. */
    static final int BADGE = 0xB71C1C;

    /** The rows of the legend. */
    static final List<Entry> ENTRIES = List.of(
            new Entry("legend.allowed", DiagramStyle.ALLOWED, false, false),
            new Entry("legend.partial", DiagramStyle.PARTIAL, false, false),
            new Entry("legend.blocked", DiagramStyle.BLOCKED, false, false),
            new Entry("legend.backs", DiagramStyle.BACKS, true, false),
            new Entry("legend.routes", DiagramStyle.ROUTES, true, false),
            new Entry("legend.loopback", DiagramStyle.LOOPBACK, false, false),
            new Entry("legend.isolated", BADGE, false, true));

    private LegendEntries() {
    }
}
