package io.kubereach.cni;

import io.kubereach.text.Message;

/** Whether the cluster's CNI enforces NetworkPolicy, and so what a policy verdict is worth. */
public enum PolicyEnforcement {

    /** The CNI enforces NetworkPolicy: verdicts are what happens. */
    ENFORCED("cni.standing.enforced"),
    /** The CNI does not enforce NetworkPolicy: every verdict is intended, not enforced; all traffic flows. */
    NOT_ENFORCED("cni.standing.notEnforced"),
    /** The CNI could not be recognised. */
    UNKNOWN("cni.standing.unknown");

    private final String standingKey;

    PolicyEnforcement(String standingKey) {
        this.standingKey = standingKey;
    }

    /** What a policy verdict is worth under this CNI: {@code enforced}, {@code intended, not enforced}, … */
    public Message verdictStanding() {
        return Message.of(standingKey);
    }
}
