package io.kubereach.engine;

/**
 * The kinds of tier one side of a connection walks. Without Calico policies the walk is, in this
 * order: objects KubeReach does not evaluate, the cluster-wide Admin tier (AdminNetworkPolicies,
 * Admin-tier ClusterNetworkPolicies), Cilium's deny rules, the NetworkPolicy tier (Kubernetes
 * NetworkPolicies with Cilium's allow rules), the cluster-wide Baseline tier; what none decides is
 * allowed. With Calico policies, Calico's tiers are walked in Calico's tier order: the Admin tier
 * sits where Calico's {@code kube-admin} tier does, the NetworkPolicy tier is Calico's
 * {@code default} tier, the Baseline tier is {@code kube-baseline} (see {@code TierPlan}).
 */
public enum TierKind {
    /** Objects that may decide connections but are not evaluated (Istio, Antrea, …), or kinds the source could not read. */
    UNEVALUATED(false),
    /** AdminNetworkPolicies and Admin-tier ClusterNetworkPolicies. */
    ADMIN(true),
    /** A Calico tier other than {@code default}, {@code kube-admin} and {@code kube-baseline}; the step names it. */
    CALICO(false),
    /** The deny rules of CiliumNetworkPolicies and CiliumClusterwideNetworkPolicies: they beat every allow. */
    CILIUM_DENY(false),
    /**
     * Kubernetes NetworkPolicies, with the allow rules of Cilium policies and, with Calico, the
     * policies of Calico's {@code default} tier.
     */
    NETWORK_POLICY(false),
    /** The BaselineAdminNetworkPolicy and Baseline-tier ClusterNetworkPolicies. */
    BASELINE(true);

    private final boolean clusterWide;

    TierKind(boolean clusterWide) {
        this.clusterWide = clusterWide;
    }

    /** Whether the tier holds cluster-wide guard rails set by administrators (Admin, Baseline). */
    public boolean clusterWide() {
        return clusterWide;
    }
}
