package io.kubereach.model;

import java.util.Optional;

/**
 * The entities a Cilium rule may name as peers ({@code fromEntities}/{@code toEntities};
 * {@code pkg/policy/api/entity.go}, {@code Documentation/security/policy/layer3.rst}).
 */
public enum CiliumEntity {
    /** Everything: every endpoint of every cluster and the world. */
    ALL("all"),
    /** Everything outside the cluster, IPv4 and IPv6 ("identical to allowing to CIDR 0.0.0.0/0"). */
    WORLD("world"),
    /** Everything outside the cluster, IPv4 only. */
    WORLD_IPV4("world-ipv4"),
    /** Everything outside the cluster, IPv6 only. */
    WORLD_IPV6("world-ipv6"),
    /**
     * Every endpoint of this cluster: its pods, the nodes (host, remote-node), init, ingress,
     * health, unmanaged and kube-apiserver identities.
     */
    CLUSTER("cluster"),
    /** The node the endpoint runs on, with the pods that use its network namespace (hostNetwork). */
    HOST("host"),
    /** Every other node of the cluster(s), with its hostNetwork pods. */
    REMOTE_NODE("remote-node"),
    /** The Kubernetes API server, in or outside the cluster. */
    KUBE_APISERVER("kube-apiserver"),
    /** Cilium's Envoy handling ingress L7 traffic. */
    INGRESS("ingress"),
    /** Cilium's health endpoints, one per node. */
    HEALTH("health"),
    /** Endpoints whose identity is not resolved yet. */
    INIT("init"),
    /** Endpoints not managed by Cilium (part of the cluster entity). */
    UNMANAGED("unmanaged"),
    /** Nothing: selectable but never present. */
    NONE("none");

    private final String apiName;

    CiliumEntity(String apiName) {
        this.apiName = apiName;
    }

    /** The entity as a policy writes it. */
    public String apiName() {
        return apiName;
    }

    /** The entity of a name; empty when Cilium knows none of that name ("unsupported entity"). */
    public static Optional<CiliumEntity> parse(String text) {
        for (CiliumEntity entity : values()) {
            if (entity.apiName.equals(text)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }
}
