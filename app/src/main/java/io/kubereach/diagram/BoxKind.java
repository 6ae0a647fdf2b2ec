package io.kubereach.diagram;

/** What a box of the diagram stands for; painters style each kind differently. */
public enum BoxKind {
    /** A cluster node: a large box holding its pods. */
    NODE,
    /** A namespace: a group box when grouping by namespace. */
    NAMESPACE,
    /** A workload (or, grouped by node, the part of it on one node), holding its pods. */
    WORKLOAD,
    /** A pod, holding its pause container and its app containers. */
    POD,
    /** The pause container: holds the pod's network namespace and IPs. */
    PAUSE,
    /** An app container. */
    CONTAINER,
    /** A Service. */
    SERVICE,
    /** An Ingress. */
    INGRESS,
    /** The world outside the cluster. */
    OUTSIDE,
    /** Addresses outside the cluster that policies or Endpoints name. */
    ADDRESS_BLOCK
}
