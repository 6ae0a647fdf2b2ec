package io.kubereach.engine;

import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.model.Service;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How Calico's ordered tiers decide once rules are matched ({@code cnipol-semantics.md} part B),
 * shared by both engines, which each match a rule's ends their own way (a {@link Matcher}): the
 * policies that apply in Calico's order, each policy's rules in order, the first that matches
 * decides (Allow, Deny, Pass; Log goes on), then the tier's default action.
 */
final class CalicoRules {

    /**
     * Whether a rule's source and destination (and IP version) match the connection's ends; only
     * perhaps when it names source ports, which the client picks at run time.
     */
    @FunctionalInterface
    interface Matcher {
        Match match(CalicoPolicy policy, Direction direction, int rule);

        /** What a rule matches toward the destination, its ends aside; an engine may have it ready. */
        default ConnectionSet ports(CalicoPolicy policy, Direction direction, int rule, NamedPorts destination, CniContext context) {
            return CalicoRules.ports(policy.rules(direction).get(rule), policy, destination, context);
        }
    }

    private CalicoRules() {
    }

    /** How explanations name a Calico policy. */
    static PolicyRef ref(CalicoPolicy policy) {
        return new PolicyRef(policy.kind() == CalicoPolicyKind.NETWORK_POLICY ? "NetworkPolicy" : "GlobalNetworkPolicy",
                policy.qualifiedName(), OptionalInt.empty(), PolicyLanguage.CALICO, order(policy), -1);
    }

    /** A policy's order as written, or empty when it has none. */
    static String order(CalicoPolicy policy) {
        if (policy.order().isEmpty()) {
            return "";
        }
        double order = policy.order().getAsDouble();
        return order == Math.rint(order) && Math.abs(order) < 1e15 ? String.valueOf((long) order) : String.valueOf(order);
    }

    /** What an ordered Calico tier may do: each policy in turn, then the tier's default action. */
    static Possibilities sets(List<CalicoPolicy> applying, boolean denyUnmatched, Matcher matcher, Direction direction,
            NamedPorts destination, CniContext context) {
        if (applying.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        List<Possibilities.PolicySets> groups = new ArrayList<>(applying.size());
        for (CalicoPolicy policy : applying) {
            groups.add(policySets(policy, matcher, direction, destination, context));
        }
        return Possibilities.ofTier(groups, denyUnmatched);
    }

    /** The tier's outcome for one connection. */
    static TierOutcome outcome(TierKind kind, String name, List<CalicoPolicy> applying, boolean denyUnmatched, Matcher matcher,
            Direction direction, NamedPorts destination, Protocol protocol, int port, CniContext context) {
        List<OrderedTierWalk.PolicyProbe> probes = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            probes.add(probe(applying.get(i), i, matcher, direction, destination, protocol, port, context));
        }
        return OrderedTierWalk.walk(kind, name, probes, denyUnmatched);
    }

    /** What one policy's rules may do, the first match deciding. */
    static Possibilities.PolicySets policySets(CalicoPolicy policy, Matcher matcher, Direction direction, NamedPorts destination,
            CniContext context) {
        List<CalicoRule> rules = policy.rules(direction);
        List<Possibilities.RuleSets> sets = new ArrayList<>(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            CalicoRule rule = rules.get(r);
            if (rule.action() == CalicoAction.LOG) {
                continue; // logs and goes on
            }
            Match match = matcher.match(policy, direction, r);
            ConnectionSet ports = match == Match.NO ? ConnectionSet.none() : matcher.ports(policy, direction, r, destination, context);
            sets.add(new Possibilities.RuleSets(action(rule.action()), match == Match.YES ? ports : ConnectionSet.none(),
                    match == Match.MAYBE ? ports : ConnectionSet.none()));
        }
        return Possibilities.PolicySets.firstMatch(sets);
    }

    /** One policy's rules that match or may match one connection, in order. */
    static OrderedTierWalk.PolicyProbe probe(CalicoPolicy policy, int rank, Matcher matcher, Direction direction, NamedPorts destination,
            Protocol protocol, int port, CniContext context) {
        PolicyRef ref = ref(policy);
        List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
        List<CalicoRule> rules = policy.rules(direction);
        for (int r = 0; r < rules.size(); r++) {
            CalicoRule rule = rules.get(r);
            if (rule.action() == CalicoAction.LOG) {
                continue;
            }
            Match match = matcher.match(policy, direction, r);
            if (match == Match.NO || !matcher.ports(policy, direction, r, destination, context).contains(protocol, port)) {
                continue;
            }
            boolean certain = match == Match.YES;
            RuleHit hit = new RuleHit(ref, r, "", action(rule.action()), -1, -1, certain, rule.http());
            matching.add(new OrderedTierWalk.RuleProbe(hit, certain ? Optional.empty()
                    : Optional.of(new Uncertainty.RuleNotJudged(ref, r, Message.of("notJudged.calicoSourcePorts")))));
        }
        return new OrderedTierWalk.PolicyProbe(ref, rank, matching);
    }

    /** Whether a rule names source ports or ports not to come from: the client picks its port, so the rule only may match. */
    static boolean sourcePorts(CalicoRule rule) {
        return !rule.source().ports().isEmpty() || !rule.source().notPorts().isEmpty();
    }

    static RuleAction action(CalicoAction action) {
        return switch (action) {
            case ALLOW -> RuleAction.ALLOW;
            case DENY -> RuleAction.DENY;
            case PASS -> RuleAction.PASS;
            case LOG -> throw new IllegalArgumentException("a Log rule decides nothing");
        };
    }

    /** What a rule matches toward the destination, its ends aside. */
    static ConnectionSet ports(CalicoRule rule, CalicoPolicy policy, NamedPorts destination, CniContext context) {
        return CniPorts.calico(rule, destination, service(rule.destination(), policy, context));
    }

    /** The Service an entity rule names, in its namespace or the policy's. */
    static Optional<Service> service(CalicoEntityRule entity, CalicoPolicy policy, CniContext context) {
        return entity.services().flatMap(s -> context.service(s.namespace().or(policy::namespace).orElse(""), s.name()));
    }
}
