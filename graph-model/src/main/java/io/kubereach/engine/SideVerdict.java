package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * What one side decided: egress at the source, or ingress at the destination.
 *
 * @param direction which side
 * @param answer what the side's walk through the tiers decided
 * @param status whether the side was checked and whether NetworkPolicies isolate its pod
 * @param isolatingPolicies the NetworkPolicies that isolate the pod for this direction
 * @param admittedBy the NetworkPolicy rules that admit the connection; empty when none does
 * @param steps the tiers walked, in order, each with what it did (empty for an address outside
 *     the cluster, whose side is not checked)
 */
public record SideVerdict(Direction direction, Answer answer, Status status, List<String> isolatingPolicies,
        List<RuleAdmission> admittedBy, List<TierStep> steps) {

    /** How a side stands with respect to NetworkPolicies. */
    public enum Status {
        /** An address outside the cluster: no policy side to check (rule 5). */
        EXTERNAL,
        /** No NetworkPolicy isolates the pod for this direction (rule 1). */
        NOT_ISOLATED,
        /** NetworkPolicies isolate the pod; {@code admittedBy} says which of their rules admit the connection. */
        ISOLATED
    }

    public SideVerdict {
        isolatingPolicies = List.copyOf(isolatingPolicies);
        admittedBy = List.copyOf(admittedBy);
        steps = List.copyOf(steps);
    }

    /** Whether this side lets the connection through. */
    public boolean allows() {
        return answer == Answer.ALLOWED;
    }

    /** What could not be judged on this side, when its answer is unknown. */
    public List<Uncertainty> uncertainties() {
        if (answer != Answer.UNKNOWN) {
            return List.of();
        }
        List<Uncertainty> out = new ArrayList<>();
        steps.forEach(s -> s.uncertainties().stream().filter(u -> !out.contains(u)).forEach(out::add));
        return out;
    }

    static SideVerdict external(Direction direction) {
        return new SideVerdict(direction, Answer.ALLOWED, Status.EXTERNAL, List.of(), List.of(), List.of());
    }
}
