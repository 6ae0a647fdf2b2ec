package io.kubereach.engine;

import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cilium's selectors and peers read literally from {@code cnipol-semantics.md} part A for the
 * {@link LiteralEngine}: every question looks at every rule. A rule selects pods by their identity
 * labels (never a host-network pod); a peer matches the remote end as its kind says (A5).
 */
final class LiteralCiliumTier {

    private final List<CiliumRules.Member> members;
    private final CniContext context;

    LiteralCiliumTier(ClusterSnapshot snapshot, CniContext context) {
        this.members = CiliumRules.members(snapshot);
        this.context = context;
    }

    /** The rules whose endpoint selector selects the pod; Cilium never selects a host-network pod. */
    List<CiliumRules.Member> selecting(Pod pod) {
        if (pod.hostNetwork() || members.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = context.ciliumLabels(pod);
        return members.stream().filter(m -> ((CiliumSubject.Endpoints) m.rule().subject()).selector().matches(labels)).toList();
    }

    /** How the peers of the judged pod's rules match a remote end. */
    CiliumRules.Matcher matcher(Pod judged, Peer remote) {
        return (m, direction, deny, item, peer) ->
                match(CiliumRules.items(m, direction, deny).get(item).peers().get(peer), m, judged, remote);
    }

    /** Whether one peer matches the remote end ({@code cnipol-semantics.md} A5). */
    private Match match(CiliumPeer peer, CiliumRules.Member m, Pod judged, Peer remote) {
        Optional<Pod> pod = remote instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
        Optional<IpAddress> address = remote instanceof Peer.External e ? Optional.of(e.address()) : Optional.empty();
        boolean outside = address.isPresent() && !context.isNodeAddress(address.get()); // the world: no pod, no node
        if (peer instanceof CiliumPeer.Endpoints e) {
            return yes(pod.isPresent() && !pod.get().hostNetwork() && e.selector().matches(context.ciliumLabels(pod.get())));
        }
        if (peer instanceof CiliumPeer.Entity e) {
            return entity(e.entity(), judged, pod, address);
        }
        if (peer instanceof CiliumPeer.Cidr c) {
            return yes(outside && c.block().contains(address.get())); // never a pod, never a node
        }
        if (peer instanceof CiliumPeer.Nodes n) {
            Optional<String> node = pod.filter(Pod::hostNetwork).flatMap(Pod::node).or(() -> address.flatMap(context::nodeOf));
            return yes(node.flatMap(context::node).map(ClusterNode::labels).filter(n.selector()::matches).isPresent());
        }
        if (peer instanceof CiliumPeer.Service s) {
            return service(s, m, pod, address, outside);
        }
        return outside ? Match.MAYBE : Match.NO; // toFQDNs, CIDR groups, cloud groups: addresses learnt at run time
    }

    private Match entity(CiliumEntity entity, Pod judged, Optional<Pod> pod, Optional<IpAddress> address) {
        boolean node = address.map(context::isNodeAddress).orElse(false) || pod.map(Pod::hostNetwork).orElse(false);
        Optional<String> remoteNode = pod.filter(Pod::hostNetwork).flatMap(Pod::node).or(() -> address.flatMap(context::nodeOf));
        boolean sameNode = node && judged.node().isPresent() && remoteNode.equals(judged.node());
        boolean world = address.isPresent() && !context.isNodeAddress(address.get());
        boolean apiServer = address.filter(a -> context.apiServer().map(s -> s.contains(a)).orElse(false)).isPresent();
        return switch (entity) {
            case ALL -> Match.YES;
            case WORLD -> yes(world);
            case WORLD_IPV4 -> yes(world && !address.get().v6());
            case WORLD_IPV6 -> yes(world && address.get().v6());
            case CLUSTER -> yes(pod.isPresent() || node || apiServer);
            case HOST -> yes(node && sameNode);
            case REMOTE_NODE -> yes(node && !sameNode);
            case KUBE_APISERVER -> apiServer(pod, address);
            default -> Match.NO; // ingress, health, init, unmanaged, none: no pod, no address KubeReach knows
        };
    }

    /** The {@code kube-apiserver} entity: the endpoints of {@code default/kubernetes}; unknown without them. */
    private Match apiServer(Optional<Pod> pod, Optional<IpAddress> address) {
        if (pod.isPresent() && !pod.get().hostNetwork()) {
            return Match.NO;
        }
        List<IpAddress> addresses = pod.map(Pod::ips).orElseGet(() -> List.of(address.get()));
        if (context.apiServer().isPresent()) {
            return yes(addresses.stream().anyMatch(context.apiServer().get()::contains));
        }
        return Match.MAYBE;
    }

    /** {@code toServices}: the pods a Service selects, or the addresses outside the pods of a Service without a selector. */
    private Match service(CiliumPeer.Service s, CiliumRules.Member m, Optional<Pod> pod, Optional<IpAddress> address, boolean outside) {
        if (s.selector().isPresent()) {
            return pod.isPresent() || outside ? Match.MAYBE : Match.NO; // Service labels are not read
        }
        String namespace = s.namespace().or(m::namespace).orElse("");
        for (Service service : context.services()) {
            if (!service.name().equals(s.name().get()) || !namespace.isEmpty() && !service.namespace().equals(namespace)) {
                continue;
            }
            if (service.selector().isPresent()) {
                if (pod.isPresent() && !pod.get().hostNetwork() && service.selects(pod.get())) {
                    return Match.YES;
                }
            } else if (outside && context.outsideEndpoints(service).contains(address.get())) {
                return Match.YES;
            }
        }
        return Match.NO;
    }

    private static Match yes(boolean match) {
        return match ? Match.YES : Match.NO;
    }
}
