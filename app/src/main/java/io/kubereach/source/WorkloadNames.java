package io.kubereach.source;

import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import java.util.Map;

/**
 * The workload users name for a pod: its controller followed up through the controllers that own
 * it, a ReplicaSet to its Deployment and a Job to its CronJob, so that a live cluster shows
 * {@code frontend[Deployment]} where its manifests say so, not {@code frontend-6d4cf56db6[ReplicaSet]}.
 *
 * <p>When the source holds the pod but not its ReplicaSet (a dump of pods, or no right to list
 * ReplicaSets), the Deployment is known by the name the Deployment controller gives its
 * ReplicaSets: the Deployment's name, a dash and the pod's {@code pod-template-hash}.
 */
final class WorkloadNames {

    /** The label the Deployment controller puts on a ReplicaSet's pods, also the tail of the ReplicaSet's name. */
    static final String TEMPLATE_HASH = "pod-template-hash";
    /** Owners are followed at most this far (a Deployment's ReplicaSet is one step, an operator's chain a few more). */
    private static final int MAX_STEPS = 4;

    private WorkloadNames() {
    }

    /** The workload users name for a pod of this controller and these labels. */
    static WorkloadRef named(WorkloadRef controller, Map<String, String> podLabels, Map<WorkloadRef, Workload> workloads) {
        WorkloadRef ref = controller;
        for (int i = 0; i < MAX_STEPS; i++) {
            Workload known = workloads.get(ref);
            if (known == null) {
                return i == 0 ? deploymentByHash(ref, podLabels) : ref;
            }
            if (known.owner().isEmpty()) {
                return ref;
            }
            ref = known.owner().get();
        }
        return ref;
    }

    /** The Deployment of a ReplicaSet the source does not hold, when its name ends in the pod's template hash. */
    private static WorkloadRef deploymentByHash(WorkloadRef ref, Map<String, String> podLabels) {
        String hash = podLabels.get(TEMPLATE_HASH);
        String tail = "-" + hash;
        if (ref.kind().equals("ReplicaSet") && hash != null && !hash.isEmpty() && ref.name().endsWith(tail) && ref.name().length() > tail.length()) {
            return new WorkloadRef(ref.namespace(), "Deployment", ref.name().substring(0, ref.name().length() - tail.length()));
        }
        return ref;
    }
}
