package io.kubereach.whatif;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.graph.PolicyChanges;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.model.ClusterSnapshot;
import java.util.Set;

/**
 * A cluster judged with a what-if's edits, against the cluster as it is: only the workloads that
 * an edited policy applies to (before or after the edit) are judged again, every other pair's
 * verdict is taken over from the graph as it is.
 *
 * @param before the cluster as it is
 * @param after the cluster with the edits
 * @param changes how each line changed
 * @param touched the workload vertex ids judged again
 */
public record WhatIfJudgement(NetworkGraph before, NetworkGraph after, TrafficChanges changes, Set<String> touched) {

    public WhatIfJudgement {
        touched = Set.copyOf(touched);
    }

    /** Judges {@code edits} on top of the cluster {@code before} shows. */
    public static WhatIfJudgement of(NetworkGraph before, PolicyEdits edits) {
        if (edits.isEmpty()) {
            return new WhatIfJudgement(before, before, TrafficChanges.between(before, before, Set.of()), Set.of());
        }
        ClusterSnapshot edited = edits.applyTo(before.snapshot());
        Set<String> touched = PolicyChanges.touchedWorkloads(before.snapshot(), edited);
        NetworkGraph after = new NetworkGraphBuilder(edited, new IndexedEngine(edited), EngineOptions.DEFAULTS)
                .reusing(before, touched).build();
        return new WhatIfJudgement(before, after, TrafficChanges.between(before, after, touched), touched);
    }
}
