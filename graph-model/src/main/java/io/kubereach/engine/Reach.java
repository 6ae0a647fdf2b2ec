package io.kubereach.engine;

import java.util.Map;

/**
 * What one end may open to another, as connection sets: the connections known to be allowed, the
 * connections whose answer cannot be judged (never counted as allowed), and of the connections
 * with a known answer those that a rule of a cluster-wide tier (Admin or Baseline) decided, and
 * by kind of tier those each decided. Every connection in neither {@code allowed} nor
 * {@code unknown} is denied.
 *
 * @param allowed the connections known to be allowed
 * @param unknown the connections that may be allowed or denied; disjoint from {@code allowed}
 * @param byClusterTiers the connections with a known answer that an Admin or Baseline rule decided
 * @param decidedBy by kind of tier and language, the connections with a known answer that policies of that language in a
 *     tier of that kind decided (allowed on either side of an allowed connection; the denying side's denial), as the app
 *     shows which language decided a line; connections no tier decided (allowed by default) are in none; a connection
 *     several languages decided together (a NetworkPolicy and a Cilium rule both admit it) is under each
 */
public record Reach(ConnectionSet allowed, ConnectionSet unknown, ConnectionSet byClusterTiers, Map<Decider, ConnectionSet> decidedBy) {

    private static final Reach ALL = new Reach(ConnectionSet.all(), ConnectionSet.none(), ConnectionSet.none(), Map.of());

    public Reach {
        if (!allowed.intersect(unknown).isEmpty()) {
            throw new IllegalArgumentException("allowed and unknown connections must be disjoint");
        }
        decidedBy = Map.copyOf(decidedBy);
    }

    /** An answer without what each kind of tier decided. */
    public Reach(ConnectionSet allowed, ConnectionSet unknown, ConnectionSet byClusterTiers) {
        this(allowed, unknown, byClusterTiers, Map.of());
    }

    /** An answer from what each kind of tier decided; the cluster-wide tiers' share is their union. */
    static Reach of(ConnectionSet allowed, ConnectionSet unknown, Map<Decider, ConnectionSet> decidedBy) {
        ConnectionSet cluster = ConnectionSet.none();
        for (Map.Entry<Decider, ConnectionSet> e : decidedBy.entrySet()) {
            if (e.getKey().tier().clusterWide()) {
                cluster = cluster.union(e.getValue());
            }
        }
        return new Reach(allowed, unknown, cluster, decidedBy);
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

    /** The connections a tier of this kind decided, in any language. */
    public ConnectionSet decidedBy(TierKind kind) {
        ConnectionSet out = ConnectionSet.none();
        for (Map.Entry<Decider, ConnectionSet> e : decidedBy.entrySet()) {
            if (e.getKey().tier() == kind) {
                out = out.union(e.getValue());
            }
        }
        return out;
    }

    /** The connections policies of this language in a tier of this kind decided. */
    public ConnectionSet decidedBy(Decider decider) {
        return decidedBy.getOrDefault(decider, ConnectionSet.none());
    }
}
