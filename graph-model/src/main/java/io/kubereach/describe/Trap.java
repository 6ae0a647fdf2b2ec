package io.kubereach.describe;

import io.kubereach.text.Message;


/**
 * Something about a policy that does not do what its author most likely meant.
 *
 * @param kind which trap
 * @param message the trap in words, for this policy
 */
public record Trap(Kind kind, Message message) {

    /** The traps KubeReach points out. */
    public enum Kind {
        /** No {@code policyTypes} but egress rules: the API server adds Ingress too (rule 3). */
        POLICY_TYPES_ISOLATE_INGRESS,
        /** A named port that no destination pod in scope declares, or one used towards ipBlocks only (rule 16). */
        NAMED_PORT_UNDECLARED,
        /** A pod selector or a peer's selectors that match nothing right now. */
        SELECTOR_MATCHES_NOTHING,
        /** Egress isolated with no rule that lets the pods reach cluster DNS on port 53. */
        EGRESS_WITHOUT_DNS,
        /** DNS over UDP allowed but not over TCP: answers too large for UDP fail. */
        DNS_WITHOUT_TCP,
        /** A rule of a cluster-wide policy that an earlier rule of the same policy always matches first. */
        SHADOWED_RULE,
        /** A cluster-wide policy with the same priority as another of its tier: their order is undefined. */
        SAME_PRIORITY,
        /** A Pass rule with no NetworkPolicy and no baseline policy below it: what it passes is allowed. */
        PASS_TO_NOTHING,
        /** A Deny to networks that also hold pod IPs: it cuts pod-to-pod traffic too. */
        DENY_CUTS_POD_TRAFFIC,
        /** A Cilium rule with no peer ({@code ingress: [{}]}): it isolates the pods and allows nothing. */
        CILIUM_RULE_MATCHES_NOTHING,
        /** A Cilium peer that names only namespace labels: Cilium still adds the policy's namespace. */
        CILIUM_NAMESPACE_LABELS_STAY,
        /** A Calico policy with no order: it runs after every policy of its tier that has one. */
        CALICO_NO_ORDER,
        /** A Calico tier applies only to the pods its policies select: the others skip it, its default action included. */
        CALICO_TIER_SKIPPED,
        /** A Calico policy with egress rules only governs egress only, unlike a Kubernetes NetworkPolicy. */
        CALICO_EGRESS_ONLY,
        /** A Calico policy in a tier no Tier object declares. */
        CALICO_MISSING_TIER,
        /** A policy of a CNI's own language on a cluster whose CNI is another one. */
        NOT_ENFORCED_HERE
    }
}
