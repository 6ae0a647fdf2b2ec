package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster-wide tiers, read literally from {@code policy-tiers.md} section 1 for the
 * {@link LiteralEngine}: every question walks every policy of the tier.
 */
final class LiteralAdminTier {

    /** Whether a peer matches the remote end. */
    private enum Match { NO, MAYBE, YES }

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;
    private final Map<String, ClusterNode> nodes = new HashMap<>();

    LiteralAdminTier(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
        snapshot.nodes().forEach(n -> nodes.putIfAbsent(n.name(), n));
    }

    /**
     * The policies of a tier that apply to the pod for a direction, in walking order: the subject
     * selects it (never a host-network pod) and the policy has rules for the direction ("ANPs with
     * no egress rules do not affect egress traffic").
     */
    List<AdminPolicy> applying(TierKind tier, Pod pod, Direction direction) {
        Namespace ns = namespace(pod.namespace());
        return AdminOrder.of(snapshot.adminPolicies(), tier).stream()
                .filter(p -> !p.rules(direction).isEmpty() && p.subject().selects(pod, ns))
                .toList();
    }

    /** What the tier may do with every connection from the judged pod's side toward the remote end. */
    Possibilities sets(List<AdminPolicy> applying, Peer remote, Peer destination, Direction direction) {
        if (applying.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        List<Possibilities.PolicySets> groups = new ArrayList<>();
        for (int i = 0; i < applying.size(); ) {
            int priority = applying.get(i).priority();
            List<Possibilities.PolicySets> group = new ArrayList<>();
            for (; i < applying.size() && applying.get(i).priority() == priority; i++) {
                List<Possibilities.RuleSets> rules = new ArrayList<>();
                for (AdminRule rule : applying.get(i).rules(direction)) {
                    Match peer = peerMatch(rule, remote);
                    ConnectionSet ports = peer == Match.NO ? ConnectionSet.none() : ports(rule, destination);
                    rules.add(new Possibilities.RuleSets(rule.action(), peer == Match.YES ? ports : ConnectionSet.none(),
                            peer == Match.MAYBE ? ports : ConnectionSet.none()));
                }
                group.add(Possibilities.PolicySets.firstMatch(rules));
            }
            groups.add(Possibilities.PolicySets.anyOrder(group));
        }
        return Possibilities.ofTier(groups, false);
    }

    /** What the tier does with one connection, with the rules that match it. */
    TierOutcome outcome(TierKind tier, List<AdminPolicy> applying, Peer remote, Peer destination, Direction direction,
            Protocol protocol, int port) {
        List<OrderedTierWalk.PolicyProbe> probes = new ArrayList<>();
        for (AdminPolicy policy : applying) {
            PolicyRef ref = AdminOrder.ref(policy);
            List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
            List<AdminRule> rules = policy.rules(direction);
            for (int r = 0; r < rules.size(); r++) {
                AdminRule rule = rules.get(r);
                int peer = firstPeer(rule, remote, Match.YES);
                boolean certain = peer >= 0;
                if (!certain) {
                    peer = firstPeer(rule, remote, Match.MAYBE);
                }
                int entry = rule.allPorts() ? -1 : firstPort(rule, destination, protocol, port);
                if (peer < 0 || (!rule.allPorts() && entry < 0)) {
                    continue;
                }
                RuleHit hit = new RuleHit(ref, r, rule.name(), rule.action(), peer, entry, certain);
                Optional<Uncertainty> why = certain ? Optional.empty()
                        : Optional.of(new Uncertainty.DomainNames(ref, r, rule.name(), ((AdminPeer.DomainNames) rule.peers().get(peer)).names()));
                matching.add(new OrderedTierWalk.RuleProbe(hit, why));
            }
            probes.add(new OrderedTierWalk.PolicyProbe(ref, policy.priority(), matching));
        }
        return OrderedTierWalk.walk(tier, probes, false);
    }

    private Match peerMatch(AdminRule rule, Peer remote) {
        Match best = Match.NO;
        for (AdminPeer peer : rule.peers()) {
            Match m = matches(peer, remote);
            if (m == Match.YES) {
                return m;
            }
            if (m == Match.MAYBE) {
                best = m;
            }
        }
        return best;
    }

    private int firstPeer(AdminRule rule, Peer remote, Match wanted) {
        for (int i = 0; i < rule.peers().size(); i++) {
            if (matches(rule.peers().get(i), remote) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Namespaces and pods peers match pods that are not host-network; nodes match the nodes'
     * addresses and the host-network pods on them; networks match addresses, pod IPs included;
     * domain names may match any address outside the cluster.
     */
    private Match matches(AdminPeer peer, Peer remote) {
        if (peer instanceof AdminPeer.Everyone) {
            return Match.YES;
        }
        if (peer instanceof AdminPeer.DomainNames) {
            return remote instanceof Peer.External ? Match.MAYBE : Match.NO;
        }
        if (peer instanceof AdminPeer.Networks n) {
            List<IpAddress> addresses = remote instanceof Peer.External e ? List.of(e.address()) : ((Peer.PodPeer) remote).pod().ips();
            return addresses.stream().anyMatch(n::contains) ? Match.YES : Match.NO;
        }
        if (peer instanceof AdminPeer.Nodes n) {
            return nodeMatches(n, remote) ? Match.YES : Match.NO;
        }
        if (!(remote instanceof Peer.PodPeer p) || p.pod().hostNetwork()) {
            return Match.NO;
        }
        Namespace ns = namespace(p.pod().namespace());
        boolean match = peer instanceof AdminPeer.Namespaces n
                ? n.namespaces().matches(ns.labels())
                : ((AdminPeer.Pods) peer).namespaces().matches(ns.labels()) && ((AdminPeer.Pods) peer).pods().matches(p.pod().labels());
        return match ? Match.YES : Match.NO;
    }

    private boolean nodeMatches(AdminPeer.Nodes peer, Peer remote) {
        if (remote instanceof Peer.External e) {
            return snapshot.nodes().stream().anyMatch(n -> peer.nodes().matches(n.labels()) && n.addresses().contains(e.address()));
        }
        Pod pod = ((Peer.PodPeer) remote).pod();
        if (!pod.hostNetwork() || pod.node().isEmpty()) {
            return false;
        }
        ClusterNode node = nodes.get(pod.node().get());
        return node != null && peer.nodes().matches(node.labels());
    }

    /** What a rule's port entries match toward the destination: named ports resolve on a destination pod only. */
    private static ConnectionSet ports(AdminRule rule, Peer destination) {
        if (rule.allPorts()) {
            return ConnectionSet.all();
        }
        ConnectionSet out = ConnectionSet.none();
        for (AdminPort entry : rule.ports()) {
            out = out.union(port(entry, destination));
        }
        return out;
    }

    private static ConnectionSet port(AdminPort entry, Peer destination) {
        if (entry instanceof AdminPort.Numbers n) {
            return ConnectionSet.of(n.protocol(), PortSet.range(n.from(), n.to()));
        }
        if (!(destination instanceof Peer.PodPeer p)) {
            return ConnectionSet.none();
        }
        Optional<ContainerPort> declared = p.pod().namedPort(((AdminPort.Named) entry).name());
        return declared.map(c -> ConnectionSet.of(c.protocol(), PortSet.of(c.number()))).orElse(ConnectionSet.none());
    }

    private static int firstPort(AdminRule rule, Peer destination, Protocol protocol, int port) {
        for (int i = 0; i < rule.ports().size(); i++) {
            if (port(rule.ports().get(i), destination).contains(protocol, port)) {
                return i;
            }
        }
        return -1;
    }

    private Namespace namespace(String name) {
        return namespaces.getOrDefault(name, Namespace.implied(name));
    }
}
