package io.kubereach.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload controller as declared (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, …).
 *
 * @param ref its namespace, kind and name
 * @param replicas the replicas it asks for (1 when not applicable)
 * @param templateLabels the labels of its pod template
 * @param containers the containers of its pod template (images tell a CNI or proxy apart)
 * @param owner the controller that owns it (the Deployment of a ReplicaSet, the CronJob of a
 *     Job), empty when none does; views group pods by following it, while pods keep naming
 *     their direct controller as netpol-analyzer does
 */
public record Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels, List<Container> containers,
        Optional<WorkloadRef> owner) {

    public Workload {
        templateLabels = Map.copyOf(templateLabels);
        containers = List.copyOf(containers);
    }

    /** A workload that no other controller owns. */
    public Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels, List<Container> containers) {
        this(ref, replicas, templateLabels, containers, Optional.empty());
    }

    /** A workload whose template containers are unknown. */
    public Workload(WorkloadRef ref, int replicas, Map<String, String> templateLabels) {
        this(ref, replicas, templateLabels, List.of());
    }
}
