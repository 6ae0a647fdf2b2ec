package io.kubereach.engine;

import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.model.Service;
import io.kubereach.model.selector.CalicoSelector;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Calico's policies read literally from {@code cnipol-semantics.md} part B for the
 * {@link LiteralEngine}: a policy applies to a pod's workload endpoint (never a host-network pod)
 * when it governs the direction and its selectors match; its rules are tried in order, the first
 * that matches decides (Allow, Deny, Pass; Log goes on); a rule matches when every field given
 * matches, its source and destination each against their end of the connection.
 */
final class LiteralCalicoTiers {

    private final List<CalicoPolicy> policies;
    private final CniContext context;

    LiteralCalicoTiers(ClusterSnapshot snapshot, CniContext context) {
        this.policies = snapshot.cniPolicies().calico().stream().sorted(CalicoPolicy.ORDER).toList();
        this.context = context;
    }

    /** How explanations name a Calico policy. */
    static PolicyRef ref(CalicoPolicy policy) {
        return new PolicyRef(policy.kind() == io.kubereach.model.CalicoPolicyKind.NETWORK_POLICY ? "NetworkPolicy" : "GlobalNetworkPolicy",
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

    /** The policies of a tier that apply to the pod for the direction, in Calico's order. */
    List<CalicoPolicy> applying(String tier, Pod pod, Direction direction) {
        if (pod.hostNetwork()) {
            return List.of(); // a host-network pod has no workload endpoint
        }
        Map<String, String> labels = null;
        List<CalicoPolicy> out = new ArrayList<>();
        for (CalicoPolicy policy : policies) {
            if (!policy.tier().equals(tier) || !policy.governs(direction)) {
                continue;
            }
            labels = labels == null ? context.calicoLabels(pod) : labels;
            if (policy.endpointSelector().matches(labels)) {
                out.add(policy);
            }
        }
        return out;
    }

    /** What an ordered Calico tier may do: each policy in turn, then the tier's default action. */
    Possibilities sets(List<CalicoPolicy> applying, boolean denyUnmatched, Pod judged, Peer remote, Peer destination, Direction direction) {
        if (applying.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        List<Possibilities.PolicySets> groups = new ArrayList<>();
        for (CalicoPolicy policy : applying) {
            groups.add(policySets(policy, judged, remote, destination, direction));
        }
        return Possibilities.ofTier(groups, denyUnmatched);
    }

    /** The tier's outcome for one connection. */
    TierOutcome outcome(TierKind kind, String name, List<CalicoPolicy> applying, boolean denyUnmatched, Pod judged, Peer remote,
            Peer destination, Direction direction, Protocol protocol, int port) {
        List<OrderedTierWalk.PolicyProbe> probes = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            probes.add(probe(applying.get(i), i, judged, remote, destination, direction, protocol, port));
        }
        return OrderedTierWalk.walk(kind, name, probes, denyUnmatched);
    }

    /** What one policy's rules may do, the first match deciding. */
    Possibilities.PolicySets policySets(CalicoPolicy policy, Pod judged, Peer remote, Peer destination, Direction direction) {
        List<Possibilities.RuleSets> rules = new ArrayList<>();
        for (CalicoRule rule : policy.rules(direction)) {
            if (rule.action() == CalicoAction.LOG) {
                continue; // logs and goes on
            }
            LiteralCiliumTier.PeerMatch match = match(rule, policy, judged, remote, direction, 0);
            ConnectionSet ports = match.match() == Match.NO ? ConnectionSet.none() : ports(rule, policy, destination);
            rules.add(new Possibilities.RuleSets(action(rule.action()), match.match() == Match.YES ? ports : ConnectionSet.none(),
                    match.match() == Match.MAYBE ? ports : ConnectionSet.none()));
        }
        return Possibilities.PolicySets.firstMatch(rules);
    }

    /** One policy's rules that match or may match one connection, in order. */
    OrderedTierWalk.PolicyProbe probe(CalicoPolicy policy, int rank, Pod judged, Peer remote, Peer destination, Direction direction,
            Protocol protocol, int port) {
        PolicyRef ref = ref(policy);
        List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
        List<CalicoRule> rules = policy.rules(direction);
        for (int r = 0; r < rules.size(); r++) {
            CalicoRule rule = rules.get(r);
            if (rule.action() == CalicoAction.LOG) {
                continue;
            }
            LiteralCiliumTier.PeerMatch match = match(rule, policy, judged, remote, direction, r);
            if (match.match() == Match.NO || !ports(rule, policy, destination).contains(protocol, port)) {
                continue;
            }
            boolean certain = match.match() == Match.YES;
            RuleHit hit = new RuleHit(ref, r, "", action(rule.action()), -1, -1, certain, rule.http());
            matching.add(new OrderedTierWalk.RuleProbe(hit, certain ? Optional.empty() : match.why()));
        }
        return new OrderedTierWalk.PolicyProbe(ref, rank, matching);
    }

    static RuleAction action(CalicoAction action) {
        return switch (action) {
            case ALLOW -> RuleAction.ALLOW;
            case DENY -> RuleAction.DENY;
            case PASS -> RuleAction.PASS;
            case LOG -> throw new IllegalArgumentException("a Log rule decides nothing");
        };
    }

    /** What a rule matches toward the destination, peers aside. */
    private ConnectionSet ports(CalicoRule rule, CalicoPolicy policy, Peer destination) {
        return CniPorts.calico(rule, NamedPorts.of(destination), service(rule.destination(), policy));
    }

    /** Whether a rule matches the connection's ends: IP version, source and destination. */
    private LiteralCiliumTier.PeerMatch match(CalicoRule rule, CalicoPolicy policy, Pod judged, Peer remote, Direction direction, int index) {
        if (rule.ipVersion().isPresent() && !families(remote).contains(rule.ipVersion().getAsInt())) {
            return LiteralCiliumTier.PeerMatch.NO;
        }
        Peer self = Peer.of(judged);
        Peer source = direction == Direction.INGRESS ? remote : self;
        Peer destination = direction == Direction.INGRESS ? self : remote;
        Match m = entity(rule.source(), policy, source).and(entity(rule.destination(), policy, destination));
        if (m == Match.YES && (!rule.source().ports().isEmpty() || !rule.source().notPorts().isEmpty())) {
            m = Match.MAYBE; // the client picks its source port at run time
        }
        if (m == Match.MAYBE) {
            return new LiteralCiliumTier.PeerMatch(m, Optional.of(new Uncertainty.RuleNotJudged(ref(policy), index,
                    Message.of("notJudged.calicoSourcePorts"))));
        }
        return m == Match.YES ? LiteralCiliumTier.PeerMatch.YES : LiteralCiliumTier.PeerMatch.NO;
    }

    /** The IP versions of an end: an address's, a pod's addresses' (a pod without one counts as IPv4). */
    private static List<Integer> families(Peer end) {
        if (end instanceof Peer.External e) {
            return List.of(e.address().v6() ? 6 : 4);
        }
        List<IpAddress> ips = ((Peer.PodPeer) end).pod().ips();
        return ips.isEmpty() ? List.of(4) : ips.stream().map(a -> a.v6() ? 6 : 4).distinct().toList();
    }

    /** Whether one end matches an entity rule ({@code _entityrule.mdx}): every field given must match. */
    private Match entity(CalicoEntityRule entity, CalicoPolicy policy, Peer end) {
        Optional<Pod> pod = end instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
        boolean workload = pod.isPresent() && !pod.get().hostNetwork();
        Map<String, String> labels = workload ? context.calicoLabels(pod.get()) : Map.of();
        Optional<CalicoSelector> selector = entity.endpointSelector(policy.namespace());
        if (selector.isPresent() && !(workload && selector.get().matches(labels))) {
            return Match.NO; // a selector matches known endpoints only, never an address outside the cluster
        }
        if (entity.notSelector().isPresent() && workload && entity.notSelector().get().matches(labels)) {
            return Match.NO;
        }
        List<IpAddress> addresses = pod.map(Pod::ips).orElseGet(() -> List.of(((Peer.External) end).address()));
        if (!entity.nets().isEmpty() && addresses.stream().noneMatch(a -> entity.nets().stream().anyMatch(n -> n.contains(a)))) {
            return Match.NO;
        }
        if (addresses.stream().anyMatch(a -> entity.notNets().stream().anyMatch(n -> n.contains(a)))) {
            return Match.NO;
        }
        if (entity.services().isPresent()) {
            Optional<Service> service = service(entity, policy);
            boolean member = service.isPresent() && (pod.isPresent() ? workload && service.get().selects(pod.get())
                    : context.outsideEndpoints(service.get()).contains(addresses.get(0)));
            if (!member) {
                return Match.NO;
            }
        }
        return Match.YES;
    }

    /** The Service an entity rule names, in its namespace or the policy's. */
    private Optional<Service> service(CalicoEntityRule entity, CalicoPolicy policy) {
        return entity.services().flatMap(s -> context.service(s.namespace().or(policy::namespace).orElse(""), s.name()));
    }
}
