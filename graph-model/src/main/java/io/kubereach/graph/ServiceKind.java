package io.kubereach.graph;

import io.kubereach.model.Service;

/** How a Service forwards traffic, as the diagram tells them apart. */
public enum ServiceKind {
    /** A virtual IP inside the cluster. */
    CLUSTER_IP,
    /** A port on every node, and a cluster IP. */
    NODE_PORT,
    /** An external load balancer in front of node ports. */
    LOAD_BALANCER,
    /** No virtual IP: DNS names the backend pods directly. */
    HEADLESS,
    /** A DNS alias for a name outside the cluster, not a proxy. */
    EXTERNAL_NAME,
    /** No selector: hand-written Endpoints decide, and may lead outside the cluster. */
    SELECTORLESS;

    /** The kind of a Service. */
    public static ServiceKind of(Service service) {
        return switch (service.type()) {
            case EXTERNAL_NAME -> EXTERNAL_NAME;
            case NODE_PORT -> NODE_PORT;
            case LOAD_BALANCER -> LOAD_BALANCER;
            case CLUSTER_IP -> service.selector().isEmpty() ? SELECTORLESS : service.headless() ? HEADLESS : CLUSTER_IP;
        };
    }

    /** Whether clients outside the cluster can enter through it. */
    public boolean entersFromOutside() {
        return this == NODE_PORT || this == LOAD_BALANCER;
    }
}
