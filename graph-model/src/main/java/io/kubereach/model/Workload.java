package io.kubereach.model;

import java.util.Map;

/**
 * A workload controller as declared (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, …).
 *
 * @param ref its namespace, kind and name
 * @param replicas the replicas it asks for (1 when not applicable)
 * @param templateLabels the labels of its pod template
 */
public record Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels) {

    public Workload {
        templateLabels = Map.copyOf(templateLabels);
    }
}
