package io.kubereach.engine;

/** What one tier did to a connection on one side. */
public enum StepResult {
    /** A rule allowed it: final for this side. */
    ALLOWED,
    /** A rule denied it, or the tier's default denied it (a pod isolated by NetworkPolicies): final for this side. */
    DENIED,
    /** A Pass rule handed it on to the next tier. */
    PASSED,
    /** The tier applies to the pod but no rule matched: on to the next tier. */
    NO_MATCH,
    /** No policy of the tier applies to the pod (for NetworkPolicies: not isolated): on to the next tier. */
    NOT_APPLIED,
    /** It cannot be judged: the tier may allow, deny or hand it on (see the step's uncertainties). */
    UNKNOWN;

    /** Whether the walk goes on to the next tier. */
    public boolean goesOn() {
        return this == PASSED || this == NO_MATCH || this == NOT_APPLIED;
    }
}
