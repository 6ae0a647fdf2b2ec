package io.kubereach.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * One side's answer as connection sets, from the {@link Possibilities} of the tiers it walked.
 *
 * @param allowed the connections this side certainly allows
 * @param unknown the connections it may allow or deny
 * @param decidedAllowed by tier kind and language, the connections whose walk surely reaches a tier of that kind that
 *     surely allows them through policies of that language
 * @param decidedDenied by tier kind and language, the connections whose walk surely reaches a tier of that kind that
 *     surely denies them, in the name of policies of that language
 */
record SideSets(ConnectionSet allowed, ConnectionSet unknown, Map<Decider, ConnectionSet> decidedAllowed,
        Map<Decider, ConnectionSet> decidedDenied) {

    /** A side with nothing to check (an address outside the cluster) or no policy at all: all allowed. */
    static final SideSets ALL = new SideSets(ConnectionSet.all(), ConnectionSet.none(), Map.of(), Map.of());

    SideSets {
        decidedAllowed = Map.copyOf(decidedAllowed);
        decidedDenied = Map.copyOf(decidedDenied);
    }

    /** A side whose only say is a set of allowed connections, the rest denied (the NetworkPolicy tier alone). */
    static SideSets allowedOnly(ConnectionSet allowed) {
        Decider networkPolicies = Decider.of(TierKind.NETWORK_POLICY);
        return new SideSets(allowed, ConnectionSet.none(), nonEmpty(networkPolicies, allowed), nonEmpty(networkPolicies, allowed.complement()));
    }

    /**
     * Walks the tiers in order: what a tier may allow or deny of what may reach it is decided
     * there, what it may hand on reaches the next; what reaches the end is allowed.
     *
     * @param tiers the possibilities of each tier, in walking order
     * @param kinds the kind of each tier
     */
    static SideSets walk(List<Possibilities> tiers, List<TierKind> kinds) {
        return walk(tiers::get, kinds);
    }

    /**
     * Walks the tiers as {@link #walk(List, List)} does, asking for a tier's possibilities only
     * when something may reach it: the tiers after one that decides everything are not computed.
     *
     * @param tier the possibilities of the tier at an index, in walking order
     * @param kinds the kind of each tier
     */
    static SideSets walk(IntFunction<Possibilities> tier, List<TierKind> kinds) {
        ConnectionSet allow = ConnectionSet.none();
        ConnectionSet deny = ConnectionSet.none();
        Map<Decider, ConnectionSet> decidedAllowed = new TreeMap<>();
        Map<Decider, ConnectionSet> decidedDenied = new TreeMap<>();
        ConnectionSet reach = ConnectionSet.all();
        ConnectionSet surelyReached = ConnectionSet.all();
        for (int i = 0; i < kinds.size() && !reach.isEmpty(); i++) {
            Possibilities t = tier.apply(i);
            if (t == Possibilities.NOT_APPLIED) {
                continue; // everything goes on: nothing decided, reach unchanged
            }
            allow = allow.union(reach.intersect(t.allow()));
            deny = deny.union(reach.intersect(t.deny()));
            add(decidedAllowed, kinds.get(i), t, surelyReached.intersect(t.allow()).minus(t.deny()).minus(t.next()));
            add(decidedDenied, kinds.get(i), t, surelyReached.intersect(t.deny()).minus(t.allow()).minus(t.next()));
            reach = reach.intersect(t.next());
            surelyReached = surelyReached.intersect(t.next()).minus(t.allow()).minus(t.deny());
        }
        allow = allow.union(reach);
        ConnectionSet allowed = allow.minus(deny);
        ConnectionSet unknown = allow.intersect(deny);
        return new SideSets(allowed, unknown, decidedAllowed, decidedDenied);
    }

    /**
     * Both sides must allow (rule 5): the pair's answer from its egress and ingress sides. A
     * denial is the source side's when egress denies, else the destination side's; so what a
     * tier denied at the destination counts only where egress did not deny already.
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
        Map<Decider, ConnectionSet> decided = new TreeMap<>();
        for (Decider d : Decider.ALL) {
            ConnectionSet by = allowed.intersect(get(egress.decidedAllowed, d).union(get(ingress.decidedAllowed, d)))
                    .union(get(egress.decidedDenied, d)).union(get(ingress.decidedDenied, d).intersect(egressPossible));
            add(decided, d, by);
        }
        return Reach.of(allowed, unknown, decided);
    }

    /** Whether this side, as the source's, denies everything: the destination's side cannot change the answer. */
    boolean deniesEverything() {
        return allowed.isEmpty() && unknown.isEmpty();
    }

    /** This side's answer when the other side allows everything. */
    Reach alone() {
        Map<Decider, ConnectionSet> decided = new TreeMap<>();
        for (Decider d : Decider.ALL) {
            add(decided, d, get(decidedAllowed, d).union(get(decidedDenied, d)));
        }
        return Reach.of(allowed, unknown, decided);
    }

    private static ConnectionSet get(Map<Decider, ConnectionSet> map, Decider decider) {
        return map.getOrDefault(decider, ConnectionSet.none());
    }

    private static void add(Map<Decider, ConnectionSet> map, Decider decider, ConnectionSet set) {
        if (!set.isEmpty()) {
            map.merge(decider, set, ConnectionSet::union);
        }
    }

    /** What a tier decided, under its one language or split by the languages that decided ({@link Possibilities#languages}). */
    private static void add(Map<Decider, ConnectionSet> map, TierKind kind, Possibilities tier, ConnectionSet decided) {
        if (decided.isEmpty()) {
            return;
        }
        if (tier.languages().isEmpty()) {
            add(map, Decider.of(kind), decided);
        } else {
            tier.languages().forEach((language, set) -> add(map, new Decider(kind, language), decided.intersect(set)));
        }
    }

    private static Map<Decider, ConnectionSet> nonEmpty(Decider decider, ConnectionSet set) {
        return set.isEmpty() ? Map.of() : Map.of(decider, set);
    }
}
