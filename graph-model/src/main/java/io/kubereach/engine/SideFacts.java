package io.kubereach.engine;

/**
 * What one side's policies say of one connection, without the explanation: whether the side lets
 * it through, whether NetworkPolicies isolate its pod, and whether a NetworkPolicy rule admits it.
 *
 * @param allows whether the side lets the connection through
 * @param isolated whether NetworkPolicies isolate the side's pod for this direction
 * @param admittedByRule whether some NetworkPolicy rule admits the connection
 */
public record SideFacts(boolean allows, boolean isolated, boolean admittedByRule) {

    /** The facts of a side's verdict. */
    public static SideFacts of(SideVerdict side) {
        return new SideFacts(side.allows(), side.status() == SideVerdict.Status.ISOLATED, !side.admittedBy().isEmpty());
    }

    /**
     * Both sides of one connection.
     *
     * @param egress at the source
     * @param ingress at the destination
     */
    public record Pair(SideFacts egress, SideFacts ingress) {

        /** The facts of a verdict's two sides. */
        public static Pair of(Verdict verdict) {
            return new Pair(SideFacts.of(verdict.egress()), SideFacts.of(verdict.ingress()));
        }
    }
}
