package io.kubereach.engine;

/** The policy language a policy of an explanation is written in: what the app shows as a badge and filters by. */
public enum PolicyLanguage {
    /** {@code networking.k8s.io/v1} NetworkPolicy. */
    KUBERNETES,
    /** {@code policy.networking.k8s.io}: AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy. */
    CLUSTER_WIDE,
    /** {@code cilium.io/v2}: CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy. */
    CILIUM,
    /** {@code projectcalico.org/v3}: NetworkPolicy, GlobalNetworkPolicy. */
    CALICO,
    /** An object KubeReach recognises but does not evaluate (Istio, Antrea, …), or a kind it could not read. */
    UNEVALUATED
}
