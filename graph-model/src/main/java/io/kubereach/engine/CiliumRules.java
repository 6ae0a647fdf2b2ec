package io.kubereach.engine;

import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How Cilium's rules decide once their peers are matched ({@code cnipol-semantics.md} part A),
 * shared by both engines, which each match peers their own way (a {@link Matcher}): deny rules
 * beat every allow (a deny tier, every rule at one rank); allow rules join the NetworkPolicy
 * tier's union; a rule that is default-deny for a direction isolates the pods it selects. A rule
 * item matches a connection when one of its peers AND one of its port rules match it.
 */
final class CiliumRules {

    /**
     * One rule of a policy ({@code spec}, or an item of {@code specs}) that selects endpoints.
     *
     * @param id its number among the snapshot's rules
     * @param ref how explanations name it
     * @param rule the rule
     * @param namespace the policy's namespace; empty for a clusterwide policy
     * @param denyTier by direction ordinal, whether it takes part in the deny tier ({@link #inDenyTier})
     * @param requires by direction ordinal, whether it has requirements that are not evaluated ({@link #requires})
     */
    record Member(int id, PolicyRef ref, CiliumRule rule, Optional<String> namespace, boolean[] denyTier, boolean[] requires) {

        Member(int id, PolicyRef ref, CiliumRule rule, Optional<String> namespace) {
            this(id, ref, rule, namespace, new boolean[2], new boolean[2]);
            for (Direction d : Direction.values()) {
                requires[d.ordinal()] = rule.allows(d).stream().anyMatch(CiliumPeerRule::requires)
                        || rule.denies(d).stream().anyMatch(CiliumPeerRule::requires);
                denyTier[d.ordinal()] = !rule.denies(d).isEmpty() || requires[d.ordinal()];
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member m && m.id == id && m.ref.equals(ref) && m.rule.equals(rule);
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    /** Whether a peer of a rule item matches the connection's remote end. */
    @FunctionalInterface
    interface Matcher {
        /**
         * @param member the rule
         * @param direction the direction judged
         * @param deny whether the item is a deny item ({@code ingressDeny}, {@code egressDeny})
         * @param item the item's index in its list
         * @param peer the peer's index in the item
         */
        Match match(Member member, Direction direction, boolean deny, int item, int peer);
    }

    /**
     * What the allow rules admit: certainly, and perhaps.
     *
     * @param certain admitted for sure
     * @param maybe perhaps admitted (a peer that cannot be judged)
     */
    record Admitted(ConnectionSet certain, ConnectionSet maybe) {
    }

    private CiliumRules() {
    }

    /** The rules of a snapshot's Cilium policies that select endpoints (host rules are left to {@link Unjudged}). */
    static List<Member> members(ClusterSnapshot snapshot) {
        List<Member> out = new ArrayList<>();
        for (CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
            for (int part = 0; part < policy.rules().size(); part++) {
                CiliumRule rule = policy.rules().get(part);
                if (rule.subject() instanceof CiliumSubject.Endpoints) {
                    PolicyRef ref = new PolicyRef(policy.kind(), policy.qualifiedName(), OptionalInt.empty(), PolicyLanguage.CILIUM, "", part);
                    out.add(new Member(out.size(), ref, rule, policy.namespace()));
                }
            }
        }
        return out;
    }

    static List<CiliumPeerRule> items(Member m, Direction direction, boolean deny) {
        return deny ? m.rule().denies(direction) : m.rule().allows(direction);
    }

    /** Whether one of the rules makes the pod default-deny for the direction. */
    static boolean isolates(List<Member> selecting, Direction direction) {
        for (Member m : selecting) {
            if (m.rule().defaultDeny().isolates(direction)) {
                return true;
            }
        }
        return false;
    }

    /** The rules that isolate the pod for the direction. */
    static List<PolicyRef> isolating(List<Member> selecting, Direction direction) {
        return selecting.stream().filter(m -> m.rule().defaultDeny().isolates(direction)).map(Member::ref).toList();
    }

    /** A rule takes part in the deny tier of a direction when it has deny rules there, or requirements that are not evaluated. */
    static boolean inDenyTier(Member m, Direction direction) {
        return m.denyTier()[direction.ordinal()];
    }

    /** Whether a rule has {@code fromRequires}/{@code toRequires} for the direction: they may narrow every allow of its pods. */
    static boolean requires(Member m, Direction direction) {
        return m.requires()[direction.ordinal()];
    }

    /** What the deny rules may deny: each rule at one rank, the first match decides; the rest goes on. */
    static Possibilities denySets(List<Member> selecting, Matcher matcher, Direction direction, NamedPorts destination) {
        List<Possibilities.PolicySets> group = new ArrayList<>();
        for (Member m : selecting) {
            if (!inDenyTier(m, direction)) {
                continue;
            }
            List<Possibilities.RuleSets> rules = new ArrayList<>();
            List<CiliumPeerRule> items = m.rule().denies(direction);
            for (int i = 0; i < items.size(); i++) {
                Match peer = peer(m, matcher, direction, true, i);
                ConnectionSet ports = peer == Match.NO ? ConnectionSet.none() : CniPorts.cilium(items.get(i).ports(), destination);
                rules.add(new Possibilities.RuleSets(RuleAction.DENY, peer == Match.YES ? ports : ConnectionSet.none(),
                        peer == Match.MAYBE ? ports : ConnectionSet.none()));
            }
            if (requires(m, direction)) {
                rules.add(new Possibilities.RuleSets(RuleAction.DENY, ConnectionSet.none(), ConnectionSet.all()));
            }
            group.add(Possibilities.PolicySets.firstMatch(rules));
        }
        if (group.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        return Possibilities.ofTier(List.of(Possibilities.PolicySets.anyOrder(group)), false);
    }

    /** The deny tier's outcome for one connection. */
    static TierOutcome denyOutcome(List<Member> selecting, Matcher matcher, Direction direction, NamedPorts destination,
            Protocol protocol, int port) {
        List<OrderedTierWalk.PolicyProbe> probes = new ArrayList<>();
        for (Member m : selecting) {
            if (!inDenyTier(m, direction)) {
                continue;
            }
            List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
            for (int i = 0; i < m.rule().denies(direction).size(); i++) {
                probe(m, matcher, direction, true, i, destination, protocol, port).ifPresent(matching::add);
            }
            if (requires(m, direction)) {
                matching.add(requiresProbe(m, direction));
            }
            probes.add(new OrderedTierWalk.PolicyProbe(m.ref(), 0, matching));
        }
        return OrderedTierWalk.walk(TierKind.CILIUM_DENY, "", probes, false);
    }

    /** The union of the ports of every allow rule whose peer matches the remote end. */
    static Admitted admitted(List<Member> selecting, Matcher matcher, Direction direction, NamedPorts destination) {
        ConnectionSet certain = ConnectionSet.none();
        ConnectionSet maybe = ConnectionSet.none();
        for (Member m : selecting) {
            List<CiliumPeerRule> items = m.rule().allows(direction);
            for (int i = 0; i < items.size(); i++) {
                Match peer = peer(m, matcher, direction, false, i);
                if (peer == Match.NO) {
                    continue;
                }
                ConnectionSet ports = CniPorts.cilium(items.get(i).ports(), destination);
                if (peer == Match.YES) {
                    certain = certain.union(ports);
                } else {
                    maybe = maybe.union(ports);
                }
            }
        }
        return new Admitted(certain, maybe);
    }

    /** Every allow rule that matches or may match one connection, rule by rule. */
    static List<OrderedTierWalk.RuleProbe> admissions(List<Member> selecting, Matcher matcher, Direction direction, NamedPorts destination,
            Protocol protocol, int port) {
        List<OrderedTierWalk.RuleProbe> out = new ArrayList<>();
        for (Member m : selecting) {
            for (int i = 0; i < m.rule().allows(direction).size(); i++) {
                probe(m, matcher, direction, false, i, destination, protocol, port).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether one of an item's peers matches: certainly when one does, perhaps when one may. */
    private static Match peer(Member m, Matcher matcher, Direction direction, boolean deny, int item) {
        Match best = Match.NO;
        int peers = items(m, direction, deny).get(item).peers().size();
        for (int p = 0; p < peers && best != Match.YES; p++) {
            best = best.or(matcher.match(m, direction, deny, item, p));
        }
        return best;
    }

    /** One item's probe for one connection: its first certainly matching peer (else the first that may) and port rule. */
    private static Optional<OrderedTierWalk.RuleProbe> probe(Member m, Matcher matcher, Direction direction, boolean deny, int index,
            NamedPorts destination, Protocol protocol, int port) {
        CiliumPeerRule item = items(m, direction, deny).get(index);
        int entry = CniPorts.firstCilium(item.ports(), destination, protocol, port);
        if (entry == CniPorts.NONE) {
            return Optional.empty();
        }
        int first = -1;
        Match firstMatch = Match.NO;
        for (int p = 0; p < item.peers().size(); p++) {
            Match match = matcher.match(m, direction, deny, index, p);
            if (match == Match.YES) {
                first = p;
                firstMatch = match;
                break;
            }
            if (match == Match.MAYBE && first < 0) {
                first = p;
                firstMatch = match;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        boolean certain = firstMatch == Match.YES;
        boolean filtered = item.authenticationRequired() || CniPorts.ciliumFiltered(item.ports(), entry);
        RuleHit hit = new RuleHit(m.ref(), index, "", deny ? RuleAction.DENY : RuleAction.ALLOW, first, entry, certain, filtered);
        return Optional.of(new OrderedTierWalk.RuleProbe(hit, certain ? Optional.empty() : Optional.of(why(m, index, item.peers().get(first)))));
    }

    /** The requirement that is not evaluated: it may deny anything of the rule's pods. */
    private static OrderedTierWalk.RuleProbe requiresProbe(Member m, Direction direction) {
        int index = 0;
        List<CiliumPeerRule> items = m.rule().allows(direction);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).requires()) {
                index = i;
                break;
            }
        }
        RuleHit hit = new RuleHit(m.ref(), index, "", RuleAction.DENY, -1, -1, false);
        return new OrderedTierWalk.RuleProbe(hit, Optional.of(new Uncertainty.RuleNotJudged(m.ref(), index,
                Message.of("notJudged.ciliumRequires"))));
    }

    /** Why a peer only may match: what it names is learnt at run time, or not among the objects. */
    static Uncertainty why(Member m, int index, CiliumPeer peer) {
        if (peer instanceof CiliumPeer.Fqdn f) {
            return new Uncertainty.DomainNames(m.ref(), index, "", f.patterns());
        }
        Message what = peer instanceof CiliumPeer.CidrGroup g ? Message.of("notJudged.ciliumCidrGroup", g.reference())
                : peer instanceof CiliumPeer.CloudGroup c ? Message.of("notJudged.ciliumCloudGroup", c.provider())
                : peer instanceof CiliumPeer.Service ? Message.of("notJudged.ciliumServiceSelector")
                : Message.of("notJudged.apiServer");
        return new Uncertainty.RuleNotJudged(m.ref(), index, what);
    }
}
