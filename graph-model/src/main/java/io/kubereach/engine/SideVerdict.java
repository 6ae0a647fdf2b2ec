package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.List;

/**
 * What one side decided: egress at the source, or ingress at the destination.
 *
 * @param direction which side
 * @param status whether the side was checked and whether its pod is isolated
 * @param isolatingPolicies the policies that isolate the pod for this direction
 * @param admittedBy the rules that admit the connection; empty when none does
 */
public record SideVerdict(Direction direction, Status status, List<String> isolatingPolicies, List<RuleAdmission> admittedBy) {

    /** How a side stands. */
    public enum Status {
        /** An address outside the cluster: no policy side to check (rule 5). */
        EXTERNAL,
        /** No policy isolates the pod for this direction: allow-all (rule 1). */
        NOT_ISOLATED,
        /** The pod is isolated; {@code admittedBy} says which rules admit the connection. */
        ISOLATED
    }

    public SideVerdict {
        isolatingPolicies = List.copyOf(isolatingPolicies);
        admittedBy = List.copyOf(admittedBy);
    }

    /** Whether this side lets the connection through. */
    public boolean allows() {
        return status != Status.ISOLATED || !admittedBy.isEmpty();
    }

    static SideVerdict external(Direction direction) {
        return new SideVerdict(direction, Status.EXTERNAL, List.of(), List.of());
    }

    static SideVerdict notIsolated(Direction direction) {
        return new SideVerdict(direction, Status.NOT_ISOLATED, List.of(), List.of());
    }
}
