package io.kubereach.model;

/**
 * The workload a pod belongs to: its controller, or the pod itself when it has none.
 *
 * @param namespace the namespace
 * @param kind the controller kind (Deployment, ReplicaSet, StatefulSet, …) or {@code Pod}
 * @param name the controller's name, or the pod's
 */
public record WorkloadRef(String namespace, String kind, String name) implements Comparable<WorkloadRef> {

    @Override
    public int compareTo(WorkloadRef o) {
        return toString().compareTo(o.toString());
    }

    /** {@code namespace/name[Kind]}, as netpol-analyzer writes a workload. */
    @Override
    public String toString() {
        return namespace + "/" + name + "[" + kind + "]";
    }
}
