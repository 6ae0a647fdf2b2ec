package io.kubereach.engine;

import java.util.List;

/**
 * One side's answer as connection sets, from the {@link Possibilities} of the tiers it walked.
 *
 * @param allowed the connections this side certainly allows
 * @param unknown the connections it may allow or deny
 * @param clusterAllowed the connections whose walk surely reaches a cluster-wide tier that surely allows them
 * @param clusterDenied the connections whose walk surely reaches a cluster-wide tier that surely denies them
 */
record SideSets(ConnectionSet allowed, ConnectionSet unknown, ConnectionSet clusterAllowed, ConnectionSet clusterDenied) {

    /** A side with nothing to check (an address outside the cluster) or no policy at all: all allowed. */
    static final SideSets ALL = new SideSets(ConnectionSet.all(), ConnectionSet.none(), ConnectionSet.none(), ConnectionSet.none());

    /** A side whose only say is a set of allowed connections, the rest denied. */
    static SideSets allowedOnly(ConnectionSet allowed) {
        return allowed.isAll() ? ALL : new SideSets(allowed, ConnectionSet.none(), ConnectionSet.none(), ConnectionSet.none());
    }

    /**
     * Walks the tiers in order: what a tier may allow or deny of what may reach it is decided
     * there, what it may hand on reaches the next; what reaches the end is allowed.
     *
     * @param tiers the possibilities of each tier, in walking order
     * @param clusterWide for each tier, whether it is a cluster-wide one (Admin, Baseline)
     */
    static SideSets walk(List<Possibilities> tiers, List<Boolean> clusterWide) {
        ConnectionSet allow = ConnectionSet.none();
        ConnectionSet deny = ConnectionSet.none();
        ConnectionSet clusterAllowed = ConnectionSet.none();
        ConnectionSet clusterDenied = ConnectionSet.none();
        ConnectionSet reach = ConnectionSet.all();
        ConnectionSet surelyReached = ConnectionSet.all();
        for (int i = 0; i < tiers.size() && !reach.isEmpty(); i++) {
            Possibilities t = tiers.get(i);
            allow = allow.union(reach.intersect(t.allow()));
            deny = deny.union(reach.intersect(t.deny()));
            if (clusterWide.get(i)) {
                clusterAllowed = clusterAllowed.union(surelyReached.intersect(t.allow()).minus(t.deny()).minus(t.next()));
                clusterDenied = clusterDenied.union(surelyReached.intersect(t.deny()).minus(t.allow()).minus(t.next()));
            }
            reach = reach.intersect(t.next());
            surelyReached = surelyReached.intersect(t.next()).minus(t.allow()).minus(t.deny());
        }
        allow = allow.union(reach);
        ConnectionSet allowed = allow.minus(deny);
        ConnectionSet unknown = allow.intersect(deny);
        return new SideSets(allowed, unknown, clusterAllowed, clusterDenied);
    }

    /**
     * Both sides must allow (rule 5): the pair's answer from its egress and ingress sides. A
     * denial is the source side's when egress denies, else the destination side's; so what a
     * cluster-wide tier denied at the destination counts only where egress did not deny already.
     */
    static Reach pair(SideSets egress, SideSets ingress) {
        if (egress == ALL) {
            return ingress.alone();
        }
        if (ingress == ALL) {
            return egress.alone();
        }
        ConnectionSet egressPossible = egress.allowed.union(egress.unknown);
        ConnectionSet allowed = egress.allowed.intersect(ingress.allowed);
        ConnectionSet unknown = egressPossible.intersect(ingress.allowed.union(ingress.unknown)).minus(allowed);
        ConnectionSet byCluster = allowed.intersect(egress.clusterAllowed.union(ingress.clusterAllowed))
                .union(egress.clusterDenied).union(ingress.clusterDenied.intersect(egressPossible));
        return new Reach(allowed, unknown, byCluster);
    }

    /** Whether this side, as the source's, denies everything: the destination's side cannot change the answer. */
    boolean deniesEverything() {
        return allowed.isEmpty() && unknown.isEmpty();
    }

    /** This side's answer when the other side allows everything. */
    Reach alone() {
        return new Reach(allowed, unknown, clusterAllowed.union(clusterDenied));
    }
}
