package io.kubereach.model;

import java.util.List;
import java.util.Map;

/**
 * A workload controller as declared (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, …).
 *
 * @param ref its namespace, kind and name
 * @param replicas the replicas it asks for (1 when not applicable)
 * @param templateLabels the labels of its pod template
 * @param containers the containers of its pod template (images tell a CNI or proxy apart)
 */
public record Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels, List<Container> containers) {

    public Workload {
        templateLabels = Map.copyOf(templateLabels);
        containers = List.copyOf(containers);
    }

    /** A workload whose template containers are unknown. */
    public Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels) {
        this(ref, replicas, templateLabels, List.of());
    }
}
