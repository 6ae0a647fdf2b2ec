package io.kubereach.engine;

import io.kubereach.model.RuleAction;
import java.util.List;
import java.util.Map;

/**
 * The set algebra of the tier walk, shared by both engines: for the connections of one side, what
 * may happen to them. Each of the sets is a may-set: a connection in two of them may go either
 * way, because something on the way cannot be judged.
 *
 * @param allow the connections that may be allowed here
 * @param deny the connections that may be denied here
 * @param next the connections that may go on to the next tier
 * @param languages where policies of several languages share the tier (the NetworkPolicy tier), for each language the
 *     connections whose decision here, if the tier decides them, names a policy of that language; empty when the tier's
 *     one language ({@link Decider#of}) decides everything it decides
 */
record Possibilities(ConnectionSet allow, ConnectionSet deny, ConnectionSet next, Map<PolicyLanguage, ConnectionSet> languages) {

    /** A tier that does not apply: everything goes on. */
    static final Possibilities NOT_APPLIED = new Possibilities(ConnectionSet.none(), ConnectionSet.none(), ConnectionSet.all());

    /** A tier the source could not read: anything may happen. */
    static final Possibilities UNREAD = new Possibilities(ConnectionSet.all(), ConnectionSet.all(), ConnectionSet.all());

    Possibilities {
        languages = Map.copyOf(languages);
    }

    /** What a tier of one language may do. */
    Possibilities(ConnectionSet allow, ConnectionSet deny, ConnectionSet next) {
        this(allow, deny, next, Map.of());
    }

    /** The same possibilities, each decision named by the languages that make it. */
    Possibilities withLanguages(Map<PolicyLanguage, ConnectionSet> byLanguage) {
        return new Possibilities(allow, deny, next, byLanguage);
    }

    /**
     * What one rule matches: {@code certain} for sure, {@code maybe} perhaps (a peer that cannot be judged).
     *
     * @param action the rule's action
     * @param certain the connections it certainly matches
     * @param maybe the connections it may match
     */
    record RuleSets(RuleAction action, ConnectionSet certain, ConnectionSet maybe) {
    }

    /**
     * What one policy's ordered rules may do: the first match decides, so a connection a rule
     * certainly matches is out of reach of the rules after it.
     *
     * @param allow may be allowed by one of its rules
     * @param deny may be denied
     * @param pass may be passed to the next tier
     * @param unmatched may be matched by none of its rules
     */
    record PolicySets(ConnectionSet allow, ConnectionSet deny, ConnectionSet pass, ConnectionSet unmatched) {

        static PolicySets firstMatch(List<RuleSets> rules) {
            ConnectionSet allow = ConnectionSet.none();
            ConnectionSet deny = ConnectionSet.none();
            ConnectionSet pass = ConnectionSet.none();
            ConnectionSet unmatched = ConnectionSet.all();
            for (RuleSets rule : rules) {
                if (unmatched.isEmpty()) {
                    break;
                }
                ConnectionSet reached = unmatched.intersect(rule.certain().union(rule.maybe()));
                switch (rule.action()) {
                    case ALLOW -> allow = allow.union(reached);
                    case DENY -> deny = deny.union(reached);
                    case PASS -> pass = pass.union(reached);
                }
                unmatched = unmatched.minus(rule.certain());
            }
            return new PolicySets(allow, deny, pass, unmatched);
        }

        /**
         * Policies of one rank, whose order is undefined: whatever one of them may do, the group
         * may do; a connection goes unmatched only if it may go unmatched by all of them.
         */
        static PolicySets anyOrder(List<PolicySets> group) {
            ConnectionSet allow = ConnectionSet.none();
            ConnectionSet deny = ConnectionSet.none();
            ConnectionSet pass = ConnectionSet.none();
            ConnectionSet unmatched = ConnectionSet.all();
            for (PolicySets p : group) {
                allow = allow.union(p.allow());
                deny = deny.union(p.deny());
                pass = pass.union(p.pass());
                unmatched = unmatched.intersect(p.unmatched());
            }
            return new PolicySets(allow, deny, pass, unmatched);
        }
    }

    /**
     * An ordered tier that applies to the pod: its rank groups in order, then the tier's default
     * for what no rule matched.
     *
     * @param groups the policies that apply, grouped by rank, groups in order
     * @param denyUnmatched whether the tier denies what none of its rules matched (else it goes on)
     */
    static Possibilities ofTier(List<PolicySets> groups, boolean denyUnmatched) {
        ConnectionSet allow = ConnectionSet.none();
        ConnectionSet deny = ConnectionSet.none();
        ConnectionSet next = ConnectionSet.none();
        ConnectionSet reach = ConnectionSet.all();
        for (PolicySets g : groups) {
            allow = allow.union(reach.intersect(g.allow()));
            deny = deny.union(reach.intersect(g.deny()));
            next = next.union(reach.intersect(g.pass()));
            reach = reach.intersect(g.unmatched());
            if (reach.isEmpty()) {
                break;
            }
        }
        return denyUnmatched ? new Possibilities(allow, deny.union(reach), next) : new Possibilities(allow, deny, next.union(reach));
    }

    /** A tier of allow rules only, applied to an isolated pod: what they admit is allowed, the rest denied. */
    static Possibilities isolated(ConnectionSet admitted) {
        return new Possibilities(admitted, admitted.complement(), ConnectionSet.none());
    }
}
