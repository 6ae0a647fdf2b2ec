package io.kubereach.model;

/**
 * What a rule of an ordered policy tier does with the traffic it matches.
 */
public enum RuleAction {
    /** Final for this side: allowed ({@code Allow} in v1alpha1, {@code Accept} in v1alpha2). */
    ALLOW,
    /** Final for this side: denied. */
    DENY,
    /** Skip the rest of this tier and continue with the next one. */
    PASS
}
