package io.kubereach.graph;

/** What a view can hide as a whole. */
public enum Layer {
    /** The pause and app containers inside pods. */
    CONTAINERS,
    /** Services and their backend lines. */
    SERVICES,
    /** Ingresses and their routes. */
    INGRESS,
    /** The outside and address blocks outside the cluster. */
    EXTERNAL,
    /** Traffic edges that are allowed (partly allowed ones show with either edge layer). */
    ALLOWED_EDGES,
    /** Traffic edges that are blocked (partly allowed ones show with either edge layer). */
    BLOCKED_EDGES
}
