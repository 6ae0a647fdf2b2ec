package io.kubereach.model;

import java.util.Comparator;
import java.util.List;

/**
 * A cluster-wide policy of {@code policy.networking.k8s.io}: an AdminNetworkPolicy or a
 * BaselineAdminNetworkPolicy ({@code v1alpha1}), or a ClusterNetworkPolicy ({@code v1alpha2}) of
 * the Admin or Baseline tier. It applies to the pods its subject selects; within its tier,
 * policies are tried by ascending priority, rules in order, and the first matching rule decides.
 * It never isolates a pod: what no rule matches falls through to the next tier.
 *
 * @param kind which API it came from
 * @param name its name (cluster-scoped)
 * @param tier the tier it belongs to
 * @param priority 0–1000, lower first; a BaselineAdminNetworkPolicy has none and comes after
 *     every Baseline-tier ClusterNetworkPolicy ({@link #BASELINE_ADMIN_PRIORITY})
 * @param subject the pods it applies to
 * @param ingress its ingress rules; empty: it does not affect ingress
 * @param egress its egress rules; empty: it does not affect egress
 */
public record AdminPolicy(Kind kind, String name, Tier tier, int priority, PolicySubject subject,
        List<AdminRule> ingress, List<AdminRule> egress) {

    /** Where a BaselineAdminNetworkPolicy ranks among the Baseline-tier ClusterNetworkPolicies: after all of them. */
    public static final int BASELINE_ADMIN_PRIORITY = 1001;

    /**
     * The order one side of a connection walks the policies in: the Admin tier before the
     * Baseline tier, ascending priority within a tier; policies of one priority have no defined
     * order, so they are listed by kind and name only to keep listings stable.
     */
    public static final Comparator<AdminPolicy> WALK_ORDER = Comparator.comparing(AdminPolicy::tier)
            .thenComparingInt(AdminPolicy::priority)
            .thenComparing(AdminPolicy::kind)
            .thenComparing(AdminPolicy::name);

    /** The API a policy came from. */
    public enum Kind {
        ADMIN_NETWORK_POLICY("AdminNetworkPolicy", "policy.networking.k8s.io/v1alpha1"),
        BASELINE_ADMIN_NETWORK_POLICY("BaselineAdminNetworkPolicy", "policy.networking.k8s.io/v1alpha1"),
        CLUSTER_NETWORK_POLICY("ClusterNetworkPolicy", "policy.networking.k8s.io/v1alpha2");

        private final String kindName;
        private final String apiVersion;

        Kind(String kindName, String apiVersion) {
            this.kindName = kindName;
            this.apiVersion = apiVersion;
        }

        /** The {@code kind} as written in manifests. */
        public String kindName() {
            return kindName;
        }

        /** The {@code apiVersion} as written in manifests. */
        public String apiVersion() {
            return apiVersion;
        }
    }

    /** The two cluster-wide tiers: Admin before NetworkPolicies, Baseline after them. */
    public enum Tier { ADMIN, BASELINE }

    public AdminPolicy {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        if (kind == Kind.ADMIN_NETWORK_POLICY && tier != Tier.ADMIN || kind == Kind.BASELINE_ADMIN_NETWORK_POLICY && tier != Tier.BASELINE) {
            throw new IllegalArgumentException(kind.kindName() + " " + name + " cannot be in the " + tier + " tier");
        }
    }

    /** The rules for a direction. */
    public List<AdminRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /** Whether the policy has a priority of its own (every kind but the BaselineAdminNetworkPolicy). */
    public boolean hasPriority() {
        return kind != Kind.BASELINE_ADMIN_NETWORK_POLICY;
    }
}
