package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.TargetPort;
import io.kubereach.proxy.EntryControllers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What netpol-analyzer lists from {@code {ingress-controller}}: the TCP ports that entry points
 * (Ingresses, Routes, and Gateway API routes) lead to on each pod, to be cut by what the policies
 * admit from a controller pod that no selector of theirs describes.
 *
 * <p>As netpol-analyzer reads them: an entry point leads through the Services of its rules (only
 * those with a selector) to every pod the selector picks, ready or not; a rule's port picks the
 * first Service port with that name, that number or that target port, and a rule without a port
 * picks all of them; a named target port is looked up among the pod's TCP container ports; and a
 * port counts only when the pod declares it as a TCP container port. The controller stands in as
 * a pod without labels in a namespace of its own ({@link #STAND_IN}).
 */
final class IngressControllerConnections {

    /** netpol-analyzer's ingress controller: a pod without labels, in a namespace of its own. */
    static final Pod STAND_IN = EntryControllers.STAND_IN;

    private final ClusterSnapshot snapshot;
    private final List<Ingress> entries;

    IngressControllerConnections(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.entries = snapshot.ingresses().stream().filter(i -> i.kind() != EntryKind.GATEWAY && !i.rules().isEmpty()).toList();
    }

    /** Whether some entry point leads somewhere, so that the controller appears at all. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** What entry points may open to every one of these pods (a workload's); empty when they lead to none. */
    ConnectionSet toAll(List<Pod> pods) {
        ConnectionSet out = null;
        for (Pod pod : pods) {
            ConnectionSet to = ConnectionSet.of(Protocol.TCP, portsTo(pod));
            out = out == null ? to : out.intersect(to);
        }
        return out == null ? ConnectionSet.none() : out;
    }

    /** The TCP ports entry points lead to on one pod. */
    private PortSet portsTo(Pod pod) {
        PortSet out = PortSet.none();
        for (Ingress entry : entries) {
            for (IngressRule rule : entry.rules()) {
                Optional<Service> service = snapshot.service(rule.serviceNamespace(entry.namespace()), rule.service());
                if (service.isEmpty() || service.get().selector().isEmpty() || !service.get().selects(pod)) {
                    continue;
                }
                for (TargetPort target : accessPorts(service.get(), rule)) {
                    Optional<Integer> number = target instanceof TargetPort.Named n ? tcpPort(pod, n.name()) : target.resolve(pod, Protocol.TCP);
                    if (number.isPresent() && declaresTcp(pod, number.get())) {
                        out = out.union(PortSet.of(number.get()));
                    }
                }
            }
        }
        return out;
    }

    /** The target ports a rule reaches through a Service: the first port it names, or all of them when it names none. */
    private static List<TargetPort> accessPorts(Service service, IngressRule rule) {
        List<TargetPort> out = new ArrayList<>();
        for (ServicePort port : service.ports()) {
            if (!rule.namesPort()) {
                out.add(port.targetPort());
            } else if ((!port.name().isEmpty() && port.name().equals(rule.servicePortName())) || port.port() == rule.servicePort()
                    || port.targetPort().equals(rule.servicePort() > 0 ? new TargetPort.Number(rule.servicePort())
                            : new TargetPort.Named(rule.servicePortName()))) {
                out.add(port.targetPort());
                break;
            }
        }
        return out;
    }

    /** A named container port of the pod, if it is a TCP one. */
    private static Optional<Integer> tcpPort(Pod pod, String name) {
        return pod.ports().stream().filter(p -> p.name().equals(name)).findFirst()
                .filter(p -> p.protocol() == Protocol.TCP).map(ContainerPort::number);
    }

    private static boolean declaresTcp(Pod pod, int number) {
        return pod.ports().stream().anyMatch(p -> p.protocol() == Protocol.TCP && p.number() == number);
    }
}
