package io.kubereach.model;

/**
 * The kinds of Calico policy, with the kind name Felix uses to break ties between policies of
 * equal order ({@code felix/calc/policy_sorter.go} {@code PolKVLess}: name, then namespace,
 * then kind).
 */
public enum CalicoPolicyKind {
    /** {@code NetworkPolicy}: namespaced, selects pods of its namespace. */
    NETWORK_POLICY("NetworkPolicy"),
    /** {@code GlobalNetworkPolicy}: cluster-wide, selects pods of every namespace and host endpoints. */
    GLOBAL_NETWORK_POLICY("GlobalNetworkPolicy"),
    /** A {@code networking.k8s.io/v1} NetworkPolicy, which Calico puts in tier default at order 1000. */
    KUBERNETES_NETWORK_POLICY("KubernetesNetworkPolicy"),
    /** A {@code policy.networking.k8s.io} ClusterNetworkPolicy, put in tier kube-admin or kube-baseline. */
    KUBERNETES_CLUSTER_NETWORK_POLICY("KubernetesClusterNetworkPolicy");

    private final String felixKind;

    CalicoPolicyKind(String felixKind) {
        this.felixKind = felixKind;
    }

    /** The kind name in Felix's tie-break key. */
    public String felixKind() {
        return felixKind;
    }
}
