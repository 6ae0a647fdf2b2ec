package io.kubereach.describe;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.Pod;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the traps of a cluster-wide policy: a subject that matches nothing, a rule an earlier rule
 * of the same policy shadows (for what the cluster holds now), the same priority as another
 * policy of the tier, a Pass with nothing below it, a Deny to networks that hold pod IPs.
 */
final class AdminPolicyTraps {

    private final ClusterSnapshot snapshot;
    private final AdminPolicyScope scope;

    AdminPolicyTraps(ClusterSnapshot snapshot, AdminPolicyScope scope) {
        this.snapshot = snapshot;
        this.scope = scope;
    }

    List<Trap> find(AdminPolicy policy, List<Pod> subjects) {
        List<Trap> out = new ArrayList<>();
        if (subjects.isEmpty()) {
            out.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING, Message.of("trap.admin.subjectMatchesNothing")));
        }
        List<String> tied = SamePriority.peersOf(policy, snapshot.adminPolicies());
        if (!tied.isEmpty()) {
            out.add(new Trap(Trap.Kind.SAME_PRIORITY, Message.of("trap.admin.samePriority", String.valueOf(policy.priority()),
                    Message.names(tied))));
        }
        for (Direction direction : Direction.values()) {
            List<AdminRule> rules = policy.rules(direction);
            for (int j = 0; j < rules.size(); j++) {
                AdminRule rule = rules.get(j);
                Message where = Message.of("trap.admin.rule", Phrases.direction(direction), j + 1);
                if (j > 0 && shadowed(rules, j, direction, subjects)) {
                    out.add(new Trap(Trap.Kind.SHADOWED_RULE, Message.of("trap.admin.shadowed", where)));
                }
                if (rule.action() == RuleAction.PASS && policy.tier() == AdminPolicy.Tier.ADMIN && !subjects.isEmpty()
                        && subjects.stream().noneMatch(p -> somethingBelow(p, direction))) {
                    out.add(new Trap(Trap.Kind.PASS_TO_NOTHING, Message.of("trap.admin.passToNothing", where, Phrases.direction(direction))));
                }
                if (rule.action() == RuleAction.DENY) {
                    denyCutsPods(rule, where, out);
                }
            }
        }
        return out;
    }

    private void denyCutsPods(AdminRule rule, Message where, List<Trap> out) {
        for (AdminPeer peer : rule.peers()) {
            if (peer instanceof AdminPeer.Networks n) {
                List<Pod> inside = scope.pods(n);
                if (!inside.isEmpty()) {
                    Message cidrs = Message.series(n.cidrs().stream().map(c -> Message.verbatim(c.toString())).toList());
                    out.add(new Trap(Trap.Kind.DENY_CUTS_POD_TRAFFIC, Message.of("trap.admin.denyCutsPods", where, cidrs, inside.size(),
                            Message.names(inside.stream().map(p -> p.ref().toString()).toList()))));
                }
            }
        }
    }

    /** Whether a NetworkPolicy isolates the pod for the direction, or a baseline policy applies to it. */
    private boolean somethingBelow(Pod pod, Direction direction) {
        boolean isolated = snapshot.policies().stream().anyMatch(np -> np.selects(pod) && np.isolates(direction));
        boolean baseline = snapshot.adminPolicies().stream().anyMatch(p -> p.tier() == AdminPolicy.Tier.BASELINE
                && !p.rules(direction).isEmpty() && p.subject().selects(pod, scope.namespace(pod.namespace())));
        return isolated || baseline;
    }

    /**
     * Whether everything rule {@code j} matches now is matched by an earlier rule: for every pod as
     * the remote end, its ports lie in the earlier rules' ports for that pod; every address peer is
     * covered by an earlier rule's address peer whose ports hold its ports. A rule that matches
     * nothing now is not called shadowed.
     */
    private boolean shadowed(List<AdminRule> rules, int j, Direction direction, List<Pod> subjects) {
        AdminRule rule = rules.get(j);
        List<Set<Pod>> matched = new ArrayList<>();
        for (int i = 0; i <= j; i++) {
            Set<Pod> pods = new HashSet<>();
            for (AdminPeer peer : rules.get(i).peers()) {
                pods.addAll(peer instanceof AdminPeer.Everyone ? snapshot.pods() : scope.pods(peer));
            }
            matched.add(pods);
        }
        boolean matchesSomething = false;
        // for ingress the ports resolve on the subjects; without named ports any one of them stands for all
        boolean named = rules.subList(0, j + 1).stream().anyMatch(r -> r.ports().stream().anyMatch(AdminPort.Named.class::isInstance));
        List<Pod> destinations = named || subjects.isEmpty() ? subjects : List.of(subjects.get(0));
        for (Pod remote : matched.get(j)) {
            for (Pod destination : direction == Direction.INGRESS ? destinations : List.of(remote)) {
                ConnectionSet mine = ports(rule, destination);
                if (mine.isEmpty()) {
                    continue;
                }
                matchesSomething = true;
                ConnectionSet earlier = ConnectionSet.none();
                for (int i = 0; i < j; i++) {
                    if (matched.get(i).contains(remote)) {
                        earlier = earlier.union(ports(rules.get(i), destination));
                    }
                }
                if (!mine.minus(earlier).isEmpty()) {
                    return false;
                }
            }
        }
        for (AdminPeer peer : rule.peers()) {
            if (isAddress(peer)) {
                matchesSomething = true;
                boolean covered = false;
                for (int i = 0; i < j && !covered; i++) {
                    AdminRule earlier = rules.get(i);
                    covered = earlier.peers().stream().anyMatch(e -> coversAddresses(e, peer))
                            && fixedPorts(rule).minus(fixedPorts(earlier)).isEmpty();
                }
                if (!covered) {
                    return false;
                }
            }
        }
        return matchesSomething;
    }

    private static boolean isAddress(AdminPeer peer) {
        return peer instanceof AdminPeer.Networks || peer instanceof AdminPeer.Nodes || peer instanceof AdminPeer.DomainNames
                || peer instanceof AdminPeer.Everyone;
    }

    private static boolean coversAddresses(AdminPeer earlier, AdminPeer later) {
        if (earlier instanceof AdminPeer.Everyone || earlier.equals(later)) {
            return true;
        }
        if (earlier instanceof AdminPeer.Networks e && later instanceof AdminPeer.Networks l) {
            return l.cidrs().stream().allMatch(c -> e.cidrs().stream().anyMatch(big -> inside(c, big)));
        }
        return earlier instanceof AdminPeer.Nodes e && later instanceof AdminPeer.Nodes && e.nodes().isEmpty();
    }

    private static boolean inside(Cidr small, Cidr big) {
        return big.contains(small.first()) && big.contains(small.last());
    }

    /** The ports a rule matches toward a destination pod: named ports resolve on it. */
    private static ConnectionSet ports(AdminRule rule, Pod destination) {
        return ports(rule, Optional.of(destination));
    }

    /** The ports a rule matches toward an address: named ports match none. */
    private static ConnectionSet fixedPorts(AdminRule rule) {
        return ports(rule, Optional.empty());
    }

    private static ConnectionSet ports(AdminRule rule, Optional<Pod> destination) {
        if (rule.allPorts()) {
            return ConnectionSet.all();
        }
        ConnectionSet out = ConnectionSet.none();
        for (AdminPort port : rule.ports()) {
            if (port instanceof AdminPort.Numbers n) {
                out = out.union(ConnectionSet.of(n.protocol(), PortSet.range(n.from(), n.to())));
            } else {
                Optional<ContainerPort> c = destination.flatMap(d -> d.namedPort(((AdminPort.Named) port).name()));
                if (c.isPresent()) {
                    out = out.union(ConnectionSet.of(c.get().protocol(), PortSet.of(c.get().number())));
                }
            }
        }
        return out;
    }
}
