package io.kubereach.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one tier did to one connection on one side: the step an explanation shows, and what may
 * happen next (allowed, denied, on to the next tier; several when it cannot be judged).
 *
 * @param step the step, as explanations show it
 * @param fates what may happen to the connection after this tier
 */
record TierOutcome(TierStep step, Set<Fate> fates) {

    /** Where a connection may go from a tier. */
    enum Fate { ALLOW, DENY, NEXT }

    TierOutcome {
        fates = Set.copyOf(fates);
    }

    /** A tier that does not apply to the pod: recorded for NetworkPolicies (not isolated), skipped otherwise. */
    static TierOutcome notApplied(TierKind tier) {
        return notApplied(tier, "");
    }

    /** A named tier that does not apply to the pod. */
    static TierOutcome notApplied(TierKind tier, String name) {
        return new TierOutcome(new TierStep(tier, StepResult.NOT_APPLIED, List.of(), List.of(), List.of(), name), EnumSet.of(Fate.NEXT));
    }

    /** A tier the source could not read: anything may happen. */
    static TierOutcome unread(TierKind tier, List<PolicyRef> applied, Uncertainty why) {
        return unread(tier, "", applied, why);
    }

    /** A named tier the source could not read. */
    static TierOutcome unread(TierKind tier, String name, List<PolicyRef> applied, Uncertainty why) {
        return new TierOutcome(new TierStep(tier, StepResult.UNKNOWN, applied, List.of(), List.of(why), name), EnumSet.allOf(Fate.class));
    }

    /**
     * A side's answer from the outcomes of the tiers it walked: what a tier may allow or deny is
     * decided there, what may go on reaches the next; what reaches the end is allowed.
     */
    static Answer answer(List<TierOutcome> walked) {
        Set<Fate> finals = EnumSet.noneOf(Fate.class);
        boolean reaches = true;
        for (TierOutcome t : walked) {
            if (!reaches) {
                break;
            }
            if (t.fates().contains(Fate.ALLOW)) {
                finals.add(Fate.ALLOW);
            }
            if (t.fates().contains(Fate.DENY)) {
                finals.add(Fate.DENY);
            }
            reaches = t.fates().contains(Fate.NEXT);
        }
        if (reaches) {
            finals.add(Fate.ALLOW);
        }
        if (finals.size() > 1) {
            return Answer.UNKNOWN;
        }
        return finals.contains(Fate.ALLOW) ? Answer.ALLOWED : Answer.DENIED;
    }
}
