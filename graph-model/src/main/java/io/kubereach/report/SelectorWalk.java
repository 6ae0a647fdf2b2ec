package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.RulePorts;
import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy walk of netpol-analyzer's exposure analysis, for the parties its selectors stand
 * for: a pod of the input, a {@link RepresentativePeer}, or the entire cluster. A rule's selector
 * admits a representative only when it is empty or says exactly what the representative's says,
 * and the entire cluster only when it admits every pod of every namespace. One side is walked as
 * the engine walks it: the Admin tier (policies by priority, rules in order, the first match
 * decides Allow, Deny or Pass), then the NetworkPolicies that isolate the pod (what their rules
 * admit, nothing else), or when none does, the Baseline tier and the default (allow). Named
 * ports toward a party whose containers are unknown stay names.
 */
final class SelectorWalk {

    /** Who is on the other end of an exposure. */
    sealed interface Party {
        /** A pod of the input. */
        record Real(Pod pod, io.kubereach.model.Namespace namespace) implements Party {
        }

        /** Pods not in the input that one rule's selectors name. */
        record Inferred(RepresentativePeer peer) implements Party {
        }

        /** Any pod of any namespace. */
        record Everyone() implements Party {
        }
    }

    /** What one tier decided for one side: allowed and denied, each port decided at most once. */
    private record Decided(PotentialConnections allowed, PotentialConnections denied, PotentialConnections any) {
        static final Decided NOTHING = new Decided(PotentialConnections.none(), PotentialConnections.none(), PotentialConnections.none());

        Decided with(AdminRule rule, PotentialConnections ports) {
            PotentialConnections fresh = ports.minus(any);
            return new Decided(rule.action() == io.kubereach.model.RuleAction.ALLOW ? allowed.union(fresh) : allowed,
                    rule.action() == io.kubereach.model.RuleAction.DENY ? denied.union(fresh) : denied, any.union(fresh));
        }
    }

    private static final PotentialConnections ALL = PotentialConnections.of(ConnectionSet.all());

    private final ClusterSnapshot snapshot;
    private final List<AdminPolicy> admin;
    private final Map<String, List<NetworkPolicy>> policiesIn;
    private final Map<Pod, List<NetworkPolicy>[]> isolating = new java.util.IdentityHashMap<>();
    private final Map<Pod, List<AdminPolicy>> applyingToPod = new java.util.IdentityHashMap<>();
    private final Map<RepresentativePeer, List<AdminPolicy>> applyingToPeer = new java.util.HashMap<>();

    SelectorWalk(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.admin = snapshot.adminPolicies().stream().sorted(AdminPolicy.WALK_ORDER).toList();
        this.policiesIn = snapshot.policies().stream().collect(java.util.stream.Collectors.groupingBy(NetworkPolicy::namespace));
    }

    /** The party a pod of the input is. */
    Party.Real party(Pod pod) {
        return new Party.Real(pod, snapshot.namespace(pod.namespace()));
    }

    /** What {@code pod} may open to {@code other}: its egress side, then the other's ingress side. */
    PotentialConnections toward(Pod pod, Party other) {
        PotentialConnections out = side(party(pod), other, Direction.EGRESS, Optional.empty());
        return other instanceof Party.Everyone ? out : out.intersect(side(other, party(pod), Direction.INGRESS, Optional.empty()));
    }

    /** What {@code other} may open to {@code pod}: the other's egress side, then the pod's ingress side. */
    PotentialConnections from(Party other, Pod pod) {
        PotentialConnections in = side(party(pod), other, Direction.INGRESS, Optional.of(pod));
        return other instanceof Party.Everyone ? in : in.intersect(side(other, party(pod), Direction.EGRESS, Optional.of(pod)));
    }

    /** Whether some policy applies to the pod for the direction: a NetworkPolicy isolates it, or a cluster-wide policy's subject with rules for it. */
    boolean protects(Pod pod, Direction direction) {
        Party.Real p = party(pod);
        return !isolating(pod, direction).isEmpty() || applying(p).stream().anyMatch(a -> !a.rules(direction).isEmpty());
    }

    /** The NetworkPolicies that isolate the pod for the direction, worked out once per pod: every representative asks again. */
    private List<NetworkPolicy> isolating(Pod pod, Direction direction) {
        List<NetworkPolicy>[] both = isolating.computeIfAbsent(pod, p -> {
            @SuppressWarnings("unchecked")
            List<NetworkPolicy>[] lists = new List[2];
            for (Direction d : Direction.values()) {
                List<NetworkPolicy> of = policiesIn.getOrDefault(p.namespace(), List.of()).stream().filter(n -> n.isolates(d) && n.selects(p)).toList();
                lists[d.ordinal()] = of;
            }
            return lists;
        });
        return both[direction.ordinal()];
    }

    /** What {@code subject}'s side lets pass with {@code other} in one direction; {@code destination}: the pod named ports resolve on, if known. */
    private PotentialConnections side(Party subject, Party other, Direction direction, Optional<Pod> destination) {
        if (admin.isEmpty() && !(subject instanceof Party.Real)) {
            return ALL; // only a cluster-wide policy may apply to pods not in the input
        }
        Decided first = tier(AdminPolicy.Tier.ADMIN, subject, other, direction, destination);
        if (subject instanceof Party.Real real) {
            List<NetworkPolicy> isolating = isolating(real.pod(), direction);
            if (!isolating.isEmpty()) {
                PotentialConnections admitted = PotentialConnections.none();
                for (NetworkPolicy policy : isolating) {
                    for (PolicyRule rule : policy.rules(direction)) {
                        if (admits(rule, policy.namespace(), other)) {
                            admitted = admitted.union(ports(rule, destination));
                        }
                    }
                }
                return first.allowed().union(admitted.minus(first.denied()));
            }
        }
        Decided last = tier(AdminPolicy.Tier.BASELINE, subject, other, direction, destination);
        return ALL.minus(first.denied().union(last.denied().minus(first.allowed()))).union(first.allowed());
    }

    private Decided tier(AdminPolicy.Tier tier, Party subject, Party other, Direction direction, Optional<Pod> destination) {
        Decided out = Decided.NOTHING;
        for (AdminPolicy policy : applying(subject)) {
            if (policy.tier() != tier) {
                continue;
            }
            for (AdminRule rule : policy.rules(direction)) {
                if (admits(rule, other)) {
                    out = out.with(rule, ports(rule, destination));
                }
            }
        }
        return out;
    }

    /** The cluster-wide policies whose subject is the party, in walk order; worked out once per pod and per representative. */
    private List<AdminPolicy> applying(Party party) {
        if (party instanceof Party.Real r) {
            return applyingToPod.computeIfAbsent(r.pod(), p -> admin.stream().filter(a -> selects(a.subject(), party)).toList());
        }
        if (party instanceof Party.Inferred i) {
            return applyingToPeer.computeIfAbsent(i.peer(), p -> admin.stream().filter(a -> selects(a.subject(), party)).toList());
        }
        return List.of();
    }

    private static boolean selects(PolicySubject subject, Party party) {
        if (party instanceof Party.Real r) {
            return subject.selects(r.pod(), r.namespace());
        }
        if (party instanceof Party.Inferred i) {
            return subject instanceof PolicySubject.Pods p
                    ? i.peer().inNamespaces(p.namespaces()) && i.peer().oneOfPods(p.pods())
                    : i.peer().inNamespaces(((PolicySubject.Namespaces) subject).namespaces());
        }
        return false; // the entire cluster has no side of its own here
    }

    private static boolean admits(PolicyRule rule, String policyNamespace, Party party) {
        if (rule.allPeers()) {
            return true;
        }
        for (PolicyPeer peer : rule.peers()) {
            if (admits(peer, policyNamespace, party)) {
                return true;
            }
        }
        return false;
    }

    private static boolean admits(AdminRule rule, Party party) {
        for (AdminPeer peer : rule.peers()) {
            if (admits(peer, party)) {
                return true;
            }
        }
        return false;
    }

    private static boolean admits(AdminPeer peer, Party party) {
        if (peer instanceof AdminPeer.Everyone) {
            return true;
        }
        if (peer instanceof AdminPeer.Namespaces n) {
            return inNamespaces(n.namespaces(), party);
        }
        if (peer instanceof AdminPeer.Pods p) {
            if (party instanceof Party.Real r) {
                return inNamespaces(p.namespaces(), party) && p.pods().matches(r.pod().labels());
            }
            return inNamespaces(p.namespaces(), party)
                    && (party instanceof Party.Inferred i ? i.peer().oneOfPods(p.pods()) : p.pods().isEmpty());
        }
        return false; // nodes, networks and domain names name addresses, never pods
    }

    private static boolean inNamespaces(io.kubereach.model.LabelSelector namespaces, Party party) {
        if (party instanceof Party.Real r) {
            return !r.pod().hostNetwork() && namespaces.matches(r.namespace().labels());
        }
        return party instanceof Party.Inferred i ? i.peer().inNamespaces(namespaces) : namespaces.isEmpty();
    }

    private static boolean admits(PolicyPeer peer, String policyNamespace, Party party) {
        if (!(peer instanceof PolicyPeer.Selectors s)) {
            return false;
        }
        if (party instanceof Party.Real r) {
            return s.matches(policyNamespace, r.namespace(), r.pod().labels());
        }
        if (party instanceof Party.Inferred i) {
            return i.peer().admittedBy(s.podSelector(), s.namespaceSelector(), policyNamespace);
        }
        return s.namespaceSelector().filter(ns -> ns.isEmpty()).isPresent() && s.podSelector().map(pods -> pods.isEmpty()).orElse(true);
    }

    /** A NetworkPolicy rule's ports; toward pods not in the input a named port stays a name of the rule's protocol. */
    private static PotentialConnections ports(PolicyRule rule, Optional<Pod> destination) {
        ConnectionSet numbers = RulePorts.of(rule, destination);
        if (destination.isPresent() || rule.allPorts()) {
            return PotentialConnections.of(numbers);
        }
        Set<PotentialConnections.PortName> names = new java.util.TreeSet<>();
        for (PolicyPort entry : rule.ports()) {
            if (entry.port() instanceof PortSpec.Named n) {
                names.add(new PotentialConnections.PortName(Optional.of(entry.protocol()), n.name()));
            }
        }
        return new PotentialConnections(numbers, names);
    }

    /** A cluster-wide rule's ports; toward pods not in the input a named port stays a name, its protocol unknown. */
    private static PotentialConnections ports(AdminRule rule, Optional<Pod> destination) {
        if (rule.allPorts()) {
            return ALL;
        }
        PotentialConnections out = PotentialConnections.none();
        for (AdminPort port : rule.ports()) {
            if (port instanceof AdminPort.Numbers n) {
                out = out.union(PotentialConnections.of(ConnectionSet.of(n.protocol(), PortSet.range(n.from(), n.to()))));
            } else {
                String name = ((AdminPort.Named) port).name();
                out = out.union(destination
                        .map(pod -> pod.namedPort(name)
                                .map(c -> PotentialConnections.of(ConnectionSet.of(c.protocol(), PortSet.of(c.number()))))
                                .orElse(PotentialConnections.none()))
                        .orElseGet(() -> new PotentialConnections(ConnectionSet.none(),
                                Set.of(new PotentialConnections.PortName(Optional.empty(), name)))));
            }
        }
        return out;
    }
}
