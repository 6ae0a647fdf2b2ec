package io.kubereach.describe;

/** The networking concepts the app explains where they appear. */
public enum Concept {
    /** The sandbox container that holds a pod's network namespace. */
    PAUSE_CONTAINER,
    /** A pod: containers sharing one network namespace and IP. */
    POD,
    /** A Service of any type with a selector (or an ExternalName alias). */
    SERVICE,
    /** A Service without a selector whose Endpoints someone wrote by hand. */
    SELECTORLESS_SERVICE,
    /** How kube-proxy spreads Service connections over backends. */
    KUBE_PROXY_MODE,
    /** {@code sessionAffinity}: whether one client keeps landing on one backend. */
    SESSION_AFFINITY,
    /** Node ports: how outside traffic enters a NodePort or LoadBalancer Service. */
    NODE_PORT,
    /** An Ingress and its controller. */
    INGRESS,
    /** The CNI plugin and whether it enforces NetworkPolicy. */
    CNI
}
