package io.kubereach.ui.task;

/** The steps of the app's background work, as the progress bar names them. */
public enum JobStep {
    /** Connecting to a cluster or opening files. */
    CONNECTING,
    /** Reading the cluster's objects. */
    READING,
    /** Judging who can reach whom and building the graph. */
    ANALYSING,
    /** Placing the boxes and lines of the diagram. */
    LAYING_OUT,
    /** Computing the reachability matrix. */
    MATRIX,
    /** Explaining the selection. */
    DETAILS,
    /** Sending connections through kube-proxy. */
    SIMULATING,
    /** Writing a picture. */
    EXPORTING
}
