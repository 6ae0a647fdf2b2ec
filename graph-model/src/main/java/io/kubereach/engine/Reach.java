package io.kubereach.engine;

/**
 * What one end may open to another, as connection sets: the connections known to be allowed, the
 * connections whose answer cannot be judged (never counted as allowed), and of all the connections
 * with a known answer those that a rule of a cluster-wide tier (Admin or Baseline) decided. Every
 * connection in neither {@code allowed} nor {@code unknown} is denied.
 *
 * @param allowed the connections known to be allowed
 * @param unknown the connections that may be allowed or denied; disjoint from {@code allowed}
 * @param byClusterTiers the connections with a known answer that an Admin or Baseline rule decided
 */
public record Reach(ConnectionSet allowed, ConnectionSet unknown, ConnectionSet byClusterTiers) {

    private static final Reach ALL = new Reach(ConnectionSet.all(), ConnectionSet.none(), ConnectionSet.none());

    public Reach {
        if (!allowed.intersect(unknown).isEmpty()) {
            throw new IllegalArgumentException("allowed and unknown connections must be disjoint");
        }
    }

    /** Every connection allowed, nothing unknown, nothing decided by a cluster-wide tier. */
    public static Reach all() {
        return ALL;
    }

    /** Only these connections allowed; nothing unknown. */
    public static Reach allowedOnly(ConnectionSet allowed) {
        return allowed.isAll() ? ALL : new Reach(allowed, ConnectionSet.none(), ConnectionSet.none());
    }

    /** The connections known to be denied. */
    public ConnectionSet denied() {
        return allowed.union(unknown).complement();
    }
}
