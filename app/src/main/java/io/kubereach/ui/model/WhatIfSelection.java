package io.kubereach.ui.model;

import io.kubereach.graph.TrafficChanges;
import io.kubereach.graph.TrafficPair;
import io.kubereach.whatif.WhatIfJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a what-if changes about the selection, shown above its details (which are worked out on
 * the edited cluster): for a traffic line or a pair, the line before and after the edits with
 * both explanations; for a pod or workload, the lines at it that the edits change. Worked out
 * with the details, off the JavaFX thread.
 *
 * @param line the selected line or pair before and after; empty when the selection is none
 * @param ends whether the selection stands for vertices whose changed lines are listed (a pod, a
 *     workload); false for a line and for what has no lines of its own (a Service, a policy)
 * @param changes the changed lines that the selection is an end of, in the order the changes are listed
 * @param more how many more such lines there are than listed
 */
public record WhatIfSelection(Optional<WhatIfLine> line, boolean ends, List<TrafficChanges.EdgeChange> changes, int more) {

    /** At most this many changed lines are listed for a pod or workload. */
    static final int LISTED = 12;

    public WhatIfSelection {
        changes = List.copyOf(changes);
    }

    /**
     * What {@code judgement} changes about the selection {@code id}, whose details (worked out on
     * the edited cluster) are {@code details} and whose own vertices are {@code anchors} (a pod
     * and its workload, a workload and its pods).
     */
    static WhatIfSelection of(WhatIfJudgement judgement, String id, Details details, Set<String> anchors) {
        Optional<TrafficPair> pair = SelectionViewModel.pairOf(details).or(() -> TrafficPair.parse(id));
        Optional<WhatIfLine> line = pair.map(p -> WhatIfLine.of(judgement.before(), judgement.after(), p.fromId(), p.toId()));
        List<TrafficChanges.EdgeChange> touching = new ArrayList<>();
        int count = 0;
        if (line.isEmpty()) {
            for (TrafficChanges.EdgeChange c : judgement.changes().changes()) {
                if (anchors.contains(c.sourceId()) || anchors.contains(c.targetId())) {
                    count++;
                    if (touching.size() < LISTED) {
                        touching.add(c);
                    }
                }
            }
        }
        return new WhatIfSelection(line, line.isEmpty() && !anchors.isEmpty(), touching, count - touching.size());
    }
}
