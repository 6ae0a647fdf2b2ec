package io.kubereach.engine;

import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one connection through an ordered tier, shared by both engines once each has found
 * which rules match: policies by rank, rules in order, the first match decides; policies of one
 * rank have no defined order, so where they disagree either may decide.
 */
final class OrderedTierWalk {

    /**
     * A rule that matches or may match the connection.
     *
     * @param hit the rule, with whether it certainly matches
     * @param uncertainty why it only may match; empty when it certainly does
     */
    record RuleProbe(RuleHit hit, Optional<Uncertainty> uncertainty) {
    }

    /**
     * A policy of the tier that applies to the pod, with the rules that (may) match, in rule order.
     *
     * @param policy the policy
     * @param rank its precedence in the tier; equal ranks have no defined order
     * @param matching the rules that match or may match, in order
     */
    record PolicyProbe(PolicyRef policy, int rank, List<RuleProbe> matching) {
        PolicyProbe {
            matching = List.copyOf(matching);
        }
    }

    private OrderedTierWalk() {
    }

    /**
     * The tier's outcome for the connection.
     *
     * @param tier the tier
     * @param applied the policies of the tier that apply to the pod, in rank order (ties in a stable order)
     * @param denyUnmatched whether the tier denies what none of its rules matched (else it goes on)
     */
    static TierOutcome walk(TierKind tier, List<PolicyProbe> applied, boolean denyUnmatched) {
        return walk(tier, "", applied, denyUnmatched);
    }

    /**
     * The outcome of a tier that has a name (a Calico tier).
     *
     * @param tier the tier
     * @param name its name; empty when it has none
     * @param applied the policies of the tier that apply to the pod, in rank order (ties in a stable order)
     * @param denyUnmatched whether the tier denies what none of its rules matched (else it goes on)
     */
    static TierOutcome walk(TierKind tier, String name, List<PolicyProbe> applied, boolean denyUnmatched) {
        if (applied.isEmpty()) {
            return TierOutcome.notApplied(tier, name);
        }
        Set<TierOutcome.Fate> fates = EnumSet.noneOf(TierOutcome.Fate.class);
        List<RuleHit> hits = new ArrayList<>();
        Set<Uncertainty> why = new LinkedHashSet<>();
        boolean reaches = true;
        boolean passed = false;
        for (int i = 0; i < applied.size() && reaches; ) {
            int rank = applied.get(i).rank();
            int end = i;
            while (end < applied.size() && applied.get(end).rank() == rank) {
                end++;
            }
            List<String> deciding = new ArrayList<>();
            Set<TierOutcome.Fate> groupFates = EnumSet.noneOf(TierOutcome.Fate.class);
            boolean allUnmatched = true;
            for (PolicyProbe policy : applied.subList(i, end)) {
                boolean unmatched = true;
                for (RuleProbe rule : policy.matching()) {
                    if (!unmatched) {
                        break;
                    }
                    hits.add(rule.hit());
                    rule.uncertainty().ifPresent(why::add);
                    groupFates.add(fate(rule.hit().action()));
                    passed |= rule.hit().action() == RuleAction.PASS;
                    if (!deciding.contains(policy.policy().name())) {
                        deciding.add(policy.policy().name());
                    }
                    unmatched = !rule.hit().certain();
                }
                allUnmatched &= unmatched;
            }
            if (deciding.size() > 1 && groupFates.size() > 1) {
                why.add(new Uncertainty.SamePriority(tier, rank, deciding));
            }
            fates.addAll(groupFates);
            reaches = allUnmatched;
            i = end;
        }
        if (reaches) {
            fates.add(denyUnmatched ? TierOutcome.Fate.DENY : TierOutcome.Fate.NEXT);
        }
        StepResult result;
        if (fates.size() > 1) {
            result = StepResult.UNKNOWN;
        } else if (fates.contains(TierOutcome.Fate.ALLOW)) {
            result = StepResult.ALLOWED;
        } else if (fates.contains(TierOutcome.Fate.DENY)) {
            result = StepResult.DENIED;
        } else {
            result = passed ? StepResult.PASSED : StepResult.NO_MATCH;
        }
        List<PolicyRef> policies = applied.stream().map(PolicyProbe::policy).toList();
        List<Uncertainty> uncertainties = result == StepResult.UNKNOWN ? List.copyOf(why) : List.of();
        return new TierOutcome(new TierStep(tier, result, policies, hits, uncertainties, name), fates);
    }

    private static TierOutcome.Fate fate(RuleAction action) {
        return switch (action) {
            case ALLOW -> TierOutcome.Fate.ALLOW;
            case DENY -> TierOutcome.Fate.DENY;
            case PASS -> TierOutcome.Fate.NEXT;
        };
    }
}
