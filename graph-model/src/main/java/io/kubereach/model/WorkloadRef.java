package io.kubereach.model;

/**
 * The workload a pod belongs to: its controller, or the pod itself when it has none.
 *
 * @param namespace the namespace
 * @param kind the controller kind (Deployment, ReplicaSet, StatefulSet, …) or {@code Pod}
 * @param name the controller's name, or the pod's
 */
public record WorkloadRef(String namespace, String kind, String name) implements Comparable<WorkloadRef> {

    /** How many parts {@link #toString()} joins. */
    private static final int PARTS = 6;

    /**
     * In the order of {@link #toString()}, compared character by character without making the two
     * texts (sorting 10,000 pods' workloads made two a comparison).
     */
    @Override
    public int compareTo(WorkloadRef o) {
        int part = 0;
        int at = 0;
        int otherPart = 0;
        int otherAt = 0;
        while (true) {
            while (part < PARTS && at >= part(part).length()) {
                part++;
                at = 0;
            }
            while (otherPart < PARTS && otherAt >= o.part(otherPart).length()) {
                otherPart++;
                otherAt = 0;
            }
            if (part == PARTS || otherPart == PARTS) {
                return (part == PARTS ? 0 : 1) - (otherPart == PARTS ? 0 : 1);
            }
            char c = part(part).charAt(at++);
            char other = o.part(otherPart).charAt(otherAt++);
            if (c != other) {
                return c - other;
            }
        }
    }

    /** The parts of {@link #toString()}, in order. */
    private String part(int index) {
        return switch (index) {
            case 0 -> namespace;
            case 1 -> "/";
            case 2 -> name;
            case 3 -> "[";
            case 4 -> kind;
            default -> "]";
        };
    }

    /** {@code namespace/name[Kind]}, as netpol-analyzer writes a workload. */
    @Override
    public String toString() {
        return namespace + "/" + name + "[" + kind + "]";
    }
}
