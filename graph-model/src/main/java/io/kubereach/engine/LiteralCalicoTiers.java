package io.kubereach.engine;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.selector.CalicoSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calico's selectors and rule ends read literally from {@code cnipol-semantics.md} part B for the
 * {@link LiteralEngine}: a policy applies to a pod's workload endpoint (never a host-network pod)
 * when it governs the direction and its selectors match; a rule matches when every field given
 * matches, its source and destination each against their end of the connection.
 */
final class LiteralCalicoTiers {

    private final List<CalicoPolicy> policies;
    private final CniContext context;

    LiteralCalicoTiers(ClusterSnapshot snapshot, CniContext context) {
        this.policies = snapshot.cniPolicies().calico().stream().sorted(CalicoPolicy.ORDER).toList();
        this.context = context;
    }

    /** The policies of a tier that apply to the pod for the direction, in Calico's order. */
    List<CalicoPolicy> applying(String tier, Pod pod, Direction direction) {
        if (pod.hostNetwork()) {
            return List.of(); // a host-network pod has no workload endpoint
        }
        Map<String, String> labels = null;
        List<CalicoPolicy> out = new ArrayList<>();
        for (CalicoPolicy policy : policies) {
            if (!policy.tier().equals(tier) || !policy.governsPods(direction)) {
                continue;
            }
            labels = labels == null ? context.calicoLabels(pod) : labels;
            if (policy.endpointSelector().matches(labels)) {
                out.add(policy);
            }
        }
        return out;
    }

    /** How the rules of the judged pod's policies match a connection with the remote end. */
    CalicoRules.Matcher matcher(Pod judged, Peer remote) {
        return (policy, direction, r) -> match(policy.rules(direction).get(r), policy, judged, remote, direction);
    }

    /** Whether a rule matches the connection's ends: IP version, source and destination. */
    private Match match(CalicoRule rule, CalicoPolicy policy, Pod judged, Peer remote, Direction direction) {
        if (rule.ipVersion().isPresent() && !families(remote).contains(rule.ipVersion().getAsInt())) {
            return Match.NO;
        }
        Peer self = Peer.of(judged);
        Peer source = direction == Direction.INGRESS ? remote : self;
        Peer destination = direction == Direction.INGRESS ? self : remote;
        Match m = entity(rule.source(), policy, source).and(entity(rule.destination(), policy, destination));
        return m == Match.YES && CalicoRules.sourcePorts(rule) ? Match.MAYBE : m;
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
            Optional<Service> service = CalicoRules.service(entity, policy, context);
            boolean member = service.isPresent() && (pod.isPresent() ? workload && service.get().selects(pod.get())
                    : context.outsideEndpoints(service.get()).contains(addresses.get(0)));
            if (!member) {
                return Match.NO;
            }
        }
        return Match.YES;
    }
}
