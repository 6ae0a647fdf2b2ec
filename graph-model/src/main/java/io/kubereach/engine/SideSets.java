package io.kubereach.engine;

import java.util.List;

/**
 * One side's answer as connection sets, from the {@link Possibilities} of the tiers it walked.
 *
 * @param allowed the connections this side certainly allows
 * @param unknown the connections it may allow or deny
 * @param clusterAllowed of the allowed ones, those a rule of a cluster-wide tier allowed
 * @param clusterDenied of the certainly denied ones, those a rule of a cluster-wide tier denied
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
        ConnectionSet byCluster = ConnectionSet.none();
        ConnectionSet reach = ConnectionSet.all();
        for (int i = 0; i < tiers.size() && !reach.isEmpty(); i++) {
            Possibilities t = tiers.get(i);
            ConnectionSet allowedHere = reach.intersect(t.allow());
            ConnectionSet deniedHere = reach.intersect(t.deny());
            allow = allow.union(allowedHere);
            deny = deny.union(deniedHere);
            if (clusterWide.get(i)) {
                byCluster = byCluster.union(allowedHere).union(deniedHere);
            }
            reach = reach.intersect(t.next());
        }
        allow = allow.union(reach);
        ConnectionSet allowed = allow.minus(deny);
        ConnectionSet unknown = allow.intersect(deny);
        ConnectionSet denied = deny.minus(allow);
        return new SideSets(allowed, unknown, allowed.intersect(byCluster), denied.intersect(byCluster));
    }

    /** Both sides must allow (rule 5): the pair's answer from its egress and ingress sides. */
    static Reach pair(SideSets egress, SideSets ingress) {
        if (egress == ALL) {
            return ingress.alone();
        }
        if (ingress == ALL) {
            return egress.alone();
        }
        ConnectionSet allowed = egress.allowed.intersect(ingress.allowed);
        ConnectionSet unknown = egress.allowed.union(egress.unknown).intersect(ingress.allowed.union(ingress.unknown)).minus(allowed);
        ConnectionSet byCluster = allowed.intersect(egress.clusterAllowed.union(ingress.clusterAllowed))
                .union(egress.clusterDenied).union(ingress.clusterDenied);
        return new Reach(allowed, unknown, byCluster);
    }

    /** This side's answer when the other side allows everything. */
    Reach alone() {
        return new Reach(allowed, unknown, clusterAllowed.union(clusterDenied));
    }
}
