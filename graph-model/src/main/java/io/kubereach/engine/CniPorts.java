package io.kubereach.engine;

import io.kubereach.model.CalicoProtocol;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.TargetPort;
import java.util.List;
import java.util.Optional;

/**
 * The ports a Cilium or Calico rule matches toward one destination, its named ports resolved
 * there. A pure function of the rule and the destination's named ports, shared by both engines
 * (as the engines share the model's selectors).
 */
final class CniPorts {

    /** The port rule a Cilium rule matches a connection with: -1 when it matches every port. */
    static final int EVERY = -1;
    /** No port rule matches. */
    static final int NONE = -2;

    private CniPorts() {
    }

    /** What a Cilium rule's L4 part matches toward the destination ({@code layer4.rst}). */
    static ConnectionSet cilium(CiliumPorts ports, NamedPorts destination) {
        if (ports instanceof CiliumPorts.Every) {
            return ConnectionSet.all();
        }
        if (!(ports instanceof CiliumPorts.Listed listed)) {
            return ConnectionSet.none(); // ICMP only
        }
        ConnectionSet out = ConnectionSet.none();
        for (CiliumPortRule rule : listed.rules()) {
            out = out.union(cilium(rule, destination));
        }
        return out;
    }

    /** The first port rule of a Cilium rule that matches one connection: {@link #EVERY}, an index, or {@link #NONE}. */
    static int firstCilium(CiliumPorts ports, NamedPorts destination, Protocol protocol, int port) {
        if (ports instanceof CiliumPorts.Every) {
            return EVERY;
        }
        if (ports instanceof CiliumPorts.Listed listed) {
            for (int i = 0; i < listed.rules().size(); i++) {
                if (cilium(listed.rules().get(i), destination).contains(protocol, port)) {
                    return i;
                }
            }
        }
        return NONE;
    }

    /** Whether the port rule at this index filters above L4 (an L7 rule, server names, a listener). */
    static boolean ciliumFiltered(CiliumPorts ports, int index) {
        return index >= 0 && ports instanceof CiliumPorts.Listed listed && !listed.rules().get(index).l7().isEmpty();
    }

    /** One {@code toPorts} item: no ports is every port; a port entry's protocol ANY is TCP, UDP and SCTP. */
    private static ConnectionSet cilium(CiliumPortRule rule, NamedPorts destination) {
        if (rule.ports().isEmpty()) {
            return ConnectionSet.all();
        }
        ConnectionSet out = ConnectionSet.none();
        for (CiliumPort entry : rule.ports()) {
            out = out.union(cilium(entry, destination));
        }
        return out;
    }

    private static ConnectionSet cilium(CiliumPort entry, NamedPorts destination) {
        if (entry.port() instanceof PortSpec.Named n) {
            Optional<ContainerPort> declared = destination.any(n.name());
            return declared.filter(c -> entry.protocol().covers(c.protocol()))
                    .map(c -> ConnectionSet.of(c.protocol(), PortSet.of(c.number()))).orElse(ConnectionSet.none());
        }
        PortSet ports = entry.port() instanceof PortSpec.Range r ? PortSet.range(r.from(), r.to()) : PortSet.all();
        ConnectionSet out = ConnectionSet.none();
        for (Protocol p : Protocol.values()) {
            if (entry.protocol().covers(p)) {
                out = out.union(ConnectionSet.of(p, ports));
            }
        }
        return out;
    }

    /**
     * What a Calico rule matches toward the destination, peers aside: its {@code protocol} and
     * {@code notProtocol}, the destination's {@code ports} and {@code notPorts} (named ports resolved
     * on the destination, with the rule's protocol when it has one), and with {@code destination.services}
     * only the Service's target ports.
     */
    static ConnectionSet calico(CalicoRule rule, NamedPorts destination, Optional<Service> destinationService) {
        ConnectionSet out = protocols(rule);
        List<PortSpec> ports = rule.destination().ports();
        if (!ports.isEmpty()) {
            out = out.intersect(calicoPorts(ports, rule.protocol(), destination));
        }
        if (!rule.destination().notPorts().isEmpty()) {
            out = out.minus(calicoPorts(rule.destination().notPorts(), rule.protocol(), destination));
        }
        if (destinationService.isPresent()) {
            out = out.intersect(targetPorts(destinationService.get(), destination));
        }
        return out;
    }

    /** The transport protocols a Calico rule's {@code protocol} and {@code notProtocol} let through. */
    private static ConnectionSet protocols(CalicoRule rule) {
        ConnectionSet out = ConnectionSet.none();
        for (Protocol p : Protocol.values()) {
            boolean in = rule.protocol().map(c -> c.covers(p)).orElse(true);
            boolean out2 = rule.notProtocol().map(c -> c.covers(p)).orElse(false);
            if (in && !out2) {
                out = out.union(ConnectionSet.allOf(p));
            }
        }
        return out;
    }

    private static ConnectionSet calicoPorts(List<PortSpec> ports, Optional<CalicoProtocol> protocol, NamedPorts destination) {
        ConnectionSet out = ConnectionSet.none();
        for (PortSpec spec : ports) {
            if (spec instanceof PortSpec.Range r) {
                out = out.union(allProtocols(PortSet.range(r.from(), r.to())));
            } else if (spec instanceof PortSpec.Named n) {
                Optional<Protocol> transport = protocol.flatMap(CniPorts::transport);
                if (transport.isPresent()) {
                    Optional<Integer> number = destination.of(n.name(), transport.get());
                    if (number.isPresent()) {
                        out = out.union(ConnectionSet.of(transport.get(), PortSet.of(number.get())));
                    }
                } else if (protocol.isEmpty()) {
                    Optional<ContainerPort> declared = destination.any(n.name());
                    if (declared.isPresent()) {
                        out = out.union(ConnectionSet.of(declared.get().protocol(), PortSet.of(declared.get().number())));
                    }
                }
            }
        }
        return out;
    }

    private static ConnectionSet allProtocols(PortSet ports) {
        ConnectionSet out = ConnectionSet.none();
        for (Protocol p : Protocol.values()) {
            out = out.union(ConnectionSet.of(p, ports));
        }
        return out;
    }

    private static Optional<Protocol> transport(CalicoProtocol protocol) {
        for (Protocol p : Protocol.values()) {
            if (protocol.covers(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The ports a Service sends to on a backend: its target ports, named ones resolved there. */
    private static ConnectionSet targetPorts(Service service, NamedPorts destination) {
        ConnectionSet out = ConnectionSet.none();
        for (ServicePort port : service.ports()) {
            if (port.targetPort() instanceof TargetPort.Number n) {
                out = out.union(ConnectionSet.of(port.protocol(), PortSet.of(n.number())));
            } else {
                Optional<Integer> number = destination.of(((TargetPort.Named) port.targetPort()).name(), port.protocol());
                if (number.isPresent()) {
                    out = out.union(ConnectionSet.of(port.protocol(), PortSet.of(number.get())));
                }
            }
        }
        return out;
    }
}
