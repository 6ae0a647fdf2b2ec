package io.kubereach.diff;

/** Whether a peer exists in both clusters compared, or only in one of them (a workload added or removed). */
public enum Presence {
    /** In both clusters; every address range counts as in both. */
    BOTH,
    /** Only in the cluster before: the workload was removed. */
    BEFORE_ONLY,
    /** Only in the cluster after: the workload was added. */
    AFTER_ONLY
}
