package io.kubereach.engine;

import java.util.List;

/**
 * One tier of the walk of one side, for one connection: what it did, which of its policies apply
 * to the pod, the rules that matched, and what could not be judged.
 *
 * @param tier the tier
 * @param result what it did
 * @param policies the tier's policies that apply to the pod for this direction, in evaluation order
 *     (for NetworkPolicies: those that isolate it)
 * @param hits the rules that matched or may have matched, in evaluation order (for
 *     NetworkPolicies: every rule that admits the connection)
 * @param uncertainties why the result is unknown; empty when it is known
 * @param name the Calico tier's name when the walk follows Calico's tiers (the NetworkPolicy tier
 *     is then {@code default}); empty otherwise
 */
public record TierStep(TierKind tier, StepResult result, List<PolicyRef> policies, List<RuleHit> hits,
        List<Uncertainty> uncertainties, String name) {

    public TierStep {
        policies = List.copyOf(policies);
        hits = List.copyOf(hits);
        uncertainties = List.copyOf(uncertainties);
    }

    /** A step of a tier that has no name of its own. */
    public TierStep(TierKind tier, StepResult result, List<PolicyRef> policies, List<RuleHit> hits, List<Uncertainty> uncertainties) {
        this(tier, result, policies, hits, uncertainties, "");
    }
}
