package io.kubereach.engine;

/**
 * The tiers one side of a connection walks, in the order they are walked: the cluster-wide
 * Admin tier (AdminNetworkPolicies, Admin-tier ClusterNetworkPolicies), the NetworkPolicies of
 * the pod's namespace, the cluster-wide Baseline tier (the BaselineAdminNetworkPolicy,
 * Baseline-tier ClusterNetworkPolicies); what none decides is allowed.
 */
public enum TierKind {
    ADMIN(true), NETWORK_POLICY(false), BASELINE(true);

    private final boolean clusterWide;

    TierKind(boolean clusterWide) {
        this.clusterWide = clusterWide;
    }

    /** Whether the tier holds cluster-wide guard rails set by administrators (Admin, Baseline). */
    public boolean clusterWide() {
        return clusterWide;
    }
}
