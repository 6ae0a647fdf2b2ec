package io.kubereach.cni;

/** Whether the cluster's CNI enforces NetworkPolicy, and so what a policy verdict is worth. */
public enum PolicyEnforcement {

    /** The CNI enforces NetworkPolicy: verdicts are what happens. */
    ENFORCED("enforced"),
    /** The CNI does not enforce NetworkPolicy: every verdict is intended, not enforced; all traffic flows. */
    NOT_ENFORCED("intended, not enforced"),
    /** The CNI could not be recognised. */
    UNKNOWN("enforcement unknown");

    private final String verdictStanding;

    PolicyEnforcement(String verdictStanding) {
        this.verdictStanding = verdictStanding;
    }

    /** What a policy verdict is worth under this CNI: {@code enforced}, {@code intended, not enforced}, … */
    public String verdictStanding() {
        return verdictStanding;
    }
}
