package io.kubereach.ui.model;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.PolicyRef;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.engine.Uncertainty;
import io.kubereach.graph.PortVerdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.Direction;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tier walk of one side of one port's verdict, as the traffic details show it: each tier in
 * the order the side walked it (Admin, NetworkPolicy, Baseline, and the tiers of other languages
 * the engine knows) with what it did, the policies and rules it names, and which step decided
 * the side; when no step decided, the side's default did (allowed, or unknown when a step could
 * not be judged).
 *
 * @param direction egress at the source or ingress at the destination
 * @param at the pod (or address) the side is judged at
 * @param answer what the side decided
 * @param steps the tiers walked, in order
 */
public record TierWalk(Direction direction, String at, Answer answer, List<Step> steps) {

    public TierWalk {
        steps = List.copyOf(steps);
    }

    /**
     * One tier of a walk.
     *
     * @param tier the tier
     * @param result what it did
     * @param policies the tier's policies that apply to the pod (for NetworkPolicies: those that isolate it), in walking order
     * @param rules the rules that matched, in order: for a cluster-wide or ordered tier the last one is the one that acted;
     *     for NetworkPolicies every rule that admits the connection
     * @param uncertainties why it cannot be judged; empty when it can
     * @param decided whether this step decided the side (a rule or the tier's default allowed, denied, or could not be judged)
     * @param name a Calico tier's name when the walk follows Calico's tiers; empty otherwise
     */
    public record Step(TierKind tier, StepResult result, List<PolicyRef> policies, List<RuleHit> rules, List<Uncertainty> uncertainties,
            boolean decided, String name) {
        public Step {
            policies = List.copyOf(policies);
            rules = List.copyOf(rules);
            uncertainties = List.copyOf(uncertainties);
        }

        /** The rule that acted in an ordered tier (the last that matched); empty when none did. */
        public Optional<RuleHit> actingRule() {
            return rules.isEmpty() ? Optional.empty() : Optional.of(rules.get(rules.size() - 1));
        }

        /** The rule that denied the connection, when a deny rule did (rather than a tier's default). */
        public Optional<RuleHit> denyingRule() {
            return actingRule().filter(r -> result == StepResult.DENIED && r.certain() && r.action() == RuleAction.DENY);
        }
    }

    /** Whether no tier decided: the side fell through every tier (allowed by default, or unknown). */
    public boolean decidedByDefault() {
        return steps.stream().noneMatch(Step::decided);
    }

    /** The step that decided the side, if one did. */
    public Optional<Step> decidingStep() {
        return steps.stream().filter(Step::decided).findFirst();
    }

    /** The walks of both sides of a port's verdict, egress first; a side outside the cluster walks nothing and is left out. */
    public static List<TierWalk> of(PortVerdict verdict) {
        List<TierWalk> out = new ArrayList<>();
        if (!verdict.egressWalk().isEmpty()) {
            out.add(of(verdict.egress(), verdict.from()));
        }
        if (!verdict.ingressWalk().isEmpty()) {
            out.add(of(verdict.ingress(), verdict.to()));
        }
        return out;
    }

    static TierWalk of(SideVerdict side, String at) {
        List<TierStep> walk = side.steps();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < walk.size(); i++) {
            TierStep s = walk.get(i);
            boolean decided = i == walk.size() - 1 && !s.result().goesOn();
            steps.add(new Step(s.tier(), s.result(), s.policies(), s.hits(), s.uncertainties(), decided, s.name()));
        }
        return new TierWalk(side.direction(), at, side.answer(), steps);
    }

    /**
     * The selection id of a policy an explanation names, when the details can show it: a
     * NetworkPolicy's {@code policy:NAMESPACE/NAME}, a cluster-wide policy's
     * {@code clusterpolicy:KIND/NAME}, a Cilium or Calico policy's {@code cnipolicy:LANGUAGE/NAME}; empty for an object
     * not evaluated.
     */
    public static Optional<String> selectionId(PolicyRef policy) {
        if (policy.language() == PolicyLanguage.KUBERNETES) {
            return Optional.of(DetailsBuilder.POLICY_PREFIX + policy.name());
        }
        if (policy.language() == PolicyLanguage.CILIUM || policy.language() == PolicyLanguage.CALICO) {
            return Optional.of(DetailsBuilder.CNI_POLICY_PREFIX + policy.language().name() + "/" + policy.name());
        }
        if (policy.language() != PolicyLanguage.CLUSTER_WIDE) {
            return Optional.empty();
        }
        return Arrays.stream(AdminPolicy.Kind.values()).filter(k -> k.kindName().equals(policy.kind())).findFirst()
                .map(k -> DetailsBuilder.clusterPolicyId(k, policy.name()));
    }
}
