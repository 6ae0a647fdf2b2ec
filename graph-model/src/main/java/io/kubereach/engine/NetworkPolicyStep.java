package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The NetworkPolicy tier of one connection as a step of the walk, and the side verdict made of
 * the steps; shared by both engines once each has found the isolating policies and the
 * admitting rules.
 */
final class NetworkPolicyStep {

    private static final String KIND = "NetworkPolicy";

    private NetworkPolicyStep() {
    }

    /**
     * The tier's outcome: not isolated, on to the next tier (rule 1); isolated, allowed when a
     * rule admits the connection (rule 4), else denied.
     */
    static TierOutcome of(List<String> isolating, List<RuleAdmission> admissions) {
        if (isolating.isEmpty()) {
            return TierOutcome.notApplied(TierKind.NETWORK_POLICY);
        }
        List<PolicyRef> policies = isolating.stream().map(n -> new PolicyRef(KIND, n, OptionalInt.empty())).toList();
        List<RuleHit> hits = admissions.stream()
                .map(a -> new RuleHit(new PolicyRef(KIND, a.policy(), OptionalInt.empty()), a.rule(), "",
                        io.kubereach.model.RuleAction.ALLOW, a.peer(), a.port(), true))
                .toList();
        boolean admitted = !admissions.isEmpty();
        TierStep step = new TierStep(TierKind.NETWORK_POLICY, admitted ? StepResult.ALLOWED : StepResult.DENIED, policies, hits, List.of());
        return new TierOutcome(step, EnumSet.of(admitted ? TierOutcome.Fate.ALLOW : TierOutcome.Fate.DENY));
    }

    /**
     * A pod's side from the tiers it walked. A cluster-wide tier that does not apply to the pod
     * leaves no step; the NetworkPolicy tier always does once reached.
     */
    static SideVerdict side(Direction direction, List<String> isolating, List<RuleAdmission> admissions, List<TierOutcome> walked) {
        List<TierStep> steps = new ArrayList<>();
        for (TierOutcome t : walked) {
            if (t.step().result() != StepResult.NOT_APPLIED || t.step().tier() == TierKind.NETWORK_POLICY) {
                steps.add(t.step());
            }
        }
        SideVerdict.Status status = isolating.isEmpty() ? SideVerdict.Status.NOT_ISOLATED : SideVerdict.Status.ISOLATED;
        return new SideVerdict(direction, TierOutcome.answer(walked), status, isolating, admissions, steps);
    }
}
