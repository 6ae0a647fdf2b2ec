package io.kubereach.engine;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumLabelRequirement;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.TargetPort;
import io.kubereach.model.selector.CalicoSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Cilium's and Calico's policies and the objects not evaluated look at on a pod (the label
 * keys their selectors and the Services they name mention, named ports, service accounts, IP
 * versions, the node of a host-network pod), and the address blocks the address space must be cut
 * at for them: the indexed engine's classes and ranges must not mix what these tell apart.
 *
 * @param podLabelKeys label keys some selector mentions
 * @param portNames named ports resolved with a protocol
 * @param anyProtocolPortNames named ports resolved whatever their protocol
 * @param nodePeers whether a host-network pod's node matters (Cilium {@code fromNodes}, node traffic not evaluated)
 * @param serviceAccounts whether some policy of these languages exists (they select by service account)
 * @param families whether some Calico rule has an {@code ipVersion}
 * @param rangeBlocks the blocks that cut the address space
 * @param podBlocks those of them that may match pod IPs (Calico nets, addresses of objects not evaluated, the API server's)
 * @param nodeRelative whether some Cilium rule names the {@code host} or {@code remote-node} entity (relative to the pod's node)
 */
record CniVocabulary(Set<String> podLabelKeys, Set<PodClass.PortName> portNames, Set<String> anyProtocolPortNames, boolean nodePeers,
        boolean serviceAccounts, boolean families, List<IpBlock> rangeBlocks, List<IpBlock> podBlocks, boolean nodeRelative) {

    /** The vocabulary of a snapshot's CNI policies and objects not evaluated. */
    static CniVocabulary of(ClusterSnapshot snapshot, CniContext context, Unjudged unjudged) {
        Builder b = new Builder(context);
        for (CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
            for (CiliumRule rule : policy.rules()) {
                b.cilium(rule, policy.namespace());
            }
        }
        for (CalicoPolicy policy : snapshot.cniPolicies().calico()) {
            b.calico(policy);
        }
        for (Unjudged.Entry entry : unjudged.entries()) {
            b.unjudged(entry);
        }
        boolean languages = !snapshot.cniPolicies().cilium().isEmpty() || !snapshot.cniPolicies().calico().isEmpty();
        if (!snapshot.cniPolicies().cilium().isEmpty() || b.nodeTraffic) {
            context.nodes().forEach(n -> n.addresses().forEach(a -> b.range.add(single(a))));
        }
        if (!snapshot.cniPolicies().cilium().isEmpty()) {
            context.apiServer().ifPresent(s -> s.forEach(a -> {
                b.range.add(single(a));
                b.pod.add(single(a));
            }));
        }
        b.range.addAll(b.pod);
        return new CniVocabulary(b.keys, b.ports, b.any, b.nodePeers, languages, b.families, List.copyOf(b.range), List.copyOf(b.pod),
                b.nodeRelative);
    }

    /** The block of one address. */
    static IpBlock single(IpAddress address) {
        return new IpBlock(new Cidr(address, address.bits()), List.of());
    }

    /** The block of a CIDR without exceptions. */
    static IpBlock block(Cidr cidr) {
        return new IpBlock(cidr, List.of());
    }

    private static final class Builder {
        private final CniContext context;
        private final Set<String> keys = new HashSet<>();
        private final Set<PodClass.PortName> ports = new HashSet<>();
        private final Set<String> any = new HashSet<>();
        private final List<IpBlock> range = new ArrayList<>();
        private final List<IpBlock> pod = new ArrayList<>();
        private boolean nodePeers;
        private boolean nodeTraffic;
        private boolean families;
        private boolean nodeRelative;

        Builder(CniContext context) {
            this.context = context;
        }

        void cilium(CiliumRule rule, Optional<String> namespace) {
            if (rule.subject() instanceof CiliumSubject.Endpoints e) {
                keys(e.selector());
            } else {
                nodeTraffic = true;
                nodePeers = true;
            }
            for (Direction d : Direction.values()) {
                List<CiliumPeerRule> items = new ArrayList<>(rule.allows(d));
                items.addAll(rule.denies(d));
                for (CiliumPeerRule item : items) {
                    item.peers().forEach(p -> peer(p, namespace));
                    if (item.ports() instanceof CiliumPorts.Listed listed) {
                        for (CiliumPortRule r : listed.rules()) {
                            for (CiliumPort port : r.ports()) {
                                if (port.port() instanceof PortSpec.Named n) {
                                    any.add(n.name());
                                }
                            }
                        }
                    }
                }
            }
        }

        private void peer(CiliumPeer peer, Optional<String> namespace) {
            if (peer instanceof CiliumPeer.Endpoints e) {
                keys(e.selector());
            } else if (peer instanceof CiliumPeer.Cidr c) {
                range.add(c.block());
            } else if (peer instanceof CiliumPeer.Nodes) {
                nodePeers = true;
            } else if (peer instanceof CiliumPeer.Entity e) {
                nodeRelative |= e.entity() == CiliumEntity.HOST || e.entity() == CiliumEntity.REMOTE_NODE;
            } else if (peer instanceof CiliumPeer.Service s && s.name().isPresent()) {
                String ns = s.namespace().or(() -> namespace).orElse("");
                for (Service service : context.services()) {
                    if (service.name().equals(s.name().get()) && (ns.isEmpty() || service.namespace().equals(ns))) {
                        service(service);
                    }
                }
            }
        }

        void calico(CalicoPolicy policy) {
            keys(policy.endpointSelector());
            for (Direction d : Direction.values()) {
                for (CalicoRule rule : policy.rules(d)) {
                    families |= rule.ipVersion().isPresent();
                    entity(rule.source(), policy, rule);
                    entity(rule.destination(), policy, rule);
                }
            }
        }

        private void entity(CalicoEntityRule entity, CalicoPolicy policy, CalicoRule rule) {
            entity.endpointSelector(policy.namespace()).ifPresent(this::keys);
            entity.notSelector().ifPresent(this::keys);
            entity.nets().forEach(c -> pod.add(block(c)));
            entity.notNets().forEach(c -> pod.add(block(c)));
            for (PortSpec port : entity.ports()) {
                named(port, rule);
            }
            for (PortSpec port : entity.notPorts()) {
                named(port, rule);
            }
            entity.services().flatMap(s -> context.service(s.namespace().or(policy::namespace).orElse(""), s.name()))
                    .ifPresent(this::service);
        }

        private void named(PortSpec port, CalicoRule rule) {
            if (!(port instanceof PortSpec.Named n)) {
                return;
            }
            Optional<Protocol> transport = rule.protocol().flatMap(p -> List.of(Protocol.values()).stream().filter(p::covers).findFirst());
            if (transport.isPresent()) {
                ports.add(new PodClass.PortName(n.name(), transport.get()));
            } else {
                any.add(n.name());
            }
        }

        private void service(Service service) {
            service.selector().ifPresent(s -> keys.addAll(s.keySet()));
            for (ServicePort port : service.ports()) {
                if (port.targetPort() instanceof TargetPort.Named n) {
                    ports.add(new PodClass.PortName(n.name(), port.protocol()));
                }
            }
            context.outsideEndpoints(service).forEach(a -> range.add(single(a)));
        }

        void unjudged(Unjudged.Entry entry) {
            for (PolicyReach reach : entry.object().reaches()) {
                if (reach instanceof PolicyReach.PodsIn p) {
                    keys(p.podSelector());
                } else if (reach instanceof PolicyReach.PodsWhere p) {
                    keys(p.podSelector());
                } else if (reach instanceof PolicyReach.NodeTraffic) {
                    nodePeers = true;
                    nodeTraffic = true;
                } else if (reach instanceof PolicyReach.Addresses a) {
                    a.blocks().forEach(c -> pod.add(block(c)));
                }
            }
        }

        private void keys(CiliumSelector selector) {
            for (CiliumLabelRequirement r : selector.requirements()) {
                keys.add(r.key());
            }
        }

        private void keys(CalicoSelector selector) {
            selector.mapLabels(label -> {
                keys.add(label);
                return label;
            });
        }

        private void keys(LabelSelector selector) {
            keys.addAll(selector.matchLabels().keySet());
            for (LabelRequirement r : selector.requirements()) {
                keys.add(r.key());
            }
        }
    }

    /** Whether the node of an address is known (for {@code fromNodes} and node traffic). */
    static Optional<ClusterNode> nodeOf(CniContext context, IpAddress address) {
        return context.nodeOf(address).flatMap(context::node);
    }
}
