package io.kubereach.diff;

import io.kubereach.report.ConnectionEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One changed pair as the text formats write it: the six fields of netpol-analyzer's diff
 * ({@code diff-type}, source, destination, the connections on each side, the workloads note).
 *
 * @param kind the change
 * @param source the source's name
 * @param destination the destination's name
 * @param before the connections before, {@code No Connections} when none
 * @param after the connections after, {@code No Connections} when none
 * @param workloadsNote {@code workload A added}, {@code workload A and B removed}, or empty
 * @param fromIngressController whether the source is the ingress controller (those rows come last)
 */
record DiffRow(ChangeKind kind, String source, String destination, String before, String after, String workloadsNote,
        boolean fromIngressController) {

    /** The kinds in the order their rows are written. */
    private static final List<ChangeKind> ORDER = List.of(ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.REMOVED);

    static DiffRow of(ConnectionChange c) {
        return new DiffRow(c.kind(), c.source().toString(), c.destination().toString(), c.before().toString(),
                c.after().toString(), note(c), c.source() instanceof ConnectionEnd.IngressController);
    }

    /**
     * The rows of the changes, each written by {@code line}, in netpol-analyzer's order: the rows
     * not from the ingress controller first, then its rows; in each, changed, added, removed;
     * in each kind, sorted as text on the written line.
     */
    static List<String> lines(ConnectivityDiff diff, Function<DiffRow, String> line) {
        List<DiffRow> rows = diff.changes().stream().map(DiffRow::of).toList();
        List<String> out = new ArrayList<>();
        for (boolean ingress : new boolean[] {false, true}) {
            for (ChangeKind kind : ORDER) {
                rows.stream().filter(r -> r.fromIngressController() == ingress && r.kind() == kind)
                        .map(line).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Names the ends that exist only on the side that has the connection; empty when both ends are on both sides. */
    private static String note(ConnectionChange c) {
        List<String> ends = new ArrayList<>();
        if (c.sourcePresence() != Presence.BOTH) {
            ends.add(c.source().toString());
        }
        if (c.destinationPresence() != Presence.BOTH) {
            ends.add(c.destination().toString());
        }
        return ends.isEmpty() ? "" : "workload " + String.join(" and ", ends) + " " + c.kind().word();
    }
}
