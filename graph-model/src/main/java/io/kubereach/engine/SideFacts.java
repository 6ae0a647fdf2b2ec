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

    /** The eight facts there are, by {@link #index}: judging 10,000 pods asked for millions. */
    private static final SideFacts[] ALL = new SideFacts[8];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new SideFacts((i & 4) != 0, (i & 2) != 0, (i & 1) != 0);
        }
    }

    /** The facts of a side's verdict. */
    public static SideFacts of(SideVerdict side) {
        return of(side.allows(), side.status() == SideVerdict.Status.ISOLATED, !side.admittedBy().isEmpty());
    }

    /** The facts, shared: equal to {@code new SideFacts(allows, isolated, admittedByRule)}. */
    public static SideFacts of(boolean allows, boolean isolated, boolean admittedByRule) {
        return ALL[(allows ? 4 : 0) | (isolated ? 2 : 0) | (admittedByRule ? 1 : 0)];
    }

    private int index() {
        return (allows ? 4 : 0) | (isolated ? 2 : 0) | (admittedByRule ? 1 : 0);
    }

    /**
     * Both sides of one connection.
     *
     * @param egress at the source
     * @param ingress at the destination
     */
    public record Pair(SideFacts egress, SideFacts ingress) {

        /** The 64 pairs there are, by the index of each side. */
        private static final Pair[] ALL_PAIRS = new Pair[64];

        static {
            for (int i = 0; i < ALL_PAIRS.length; i++) {
                ALL_PAIRS[i] = new Pair(ALL[i >> 3], ALL[i & 7]);
            }
        }

        /** The facts of a verdict's two sides. */
        public static Pair of(Verdict verdict) {
            return of(SideFacts.of(verdict.egress()), SideFacts.of(verdict.ingress()));
        }

        /** Both sides, shared: equal to {@code new Pair(egress, ingress)}, without making one per connection judged. */
        public static Pair of(SideFacts egress, SideFacts ingress) {
            return ALL_PAIRS[egress.index() << 3 | ingress.index()];
        }
    }
}
