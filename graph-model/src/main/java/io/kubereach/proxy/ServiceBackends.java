package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backends a Service spreads one of its ports over (rule 21, 23): the ready addresses of its
 * Endpoints/EndpointSlices when the source has them, else the pods its selector picks.
 */
public final class ServiceBackends {

    private final ClusterSnapshot snapshot;
    /** The pods by namespace, in snapshot order: a selector only picks pods of its Service's namespace. */
    private final Map<String, List<Pod>> podsByNamespace = new HashMap<>();

    public ServiceBackends(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.pods().forEach(p -> podsByNamespace.computeIfAbsent(p.namespace(), n -> new ArrayList<>()).add(p));
    }

    /** The backends of one Service port, each with the port the connection lands on. */
    public List<ServiceBackend> of(Service service, ServicePort port) {
        Optional<ServiceEndpoints> endpoints = snapshot.endpointsOf(service);
        if (endpoints.isPresent() && !endpoints.get().addresses().isEmpty()) {
            return fromEndpoints(endpoints.get(), port);
        }
        List<ServiceBackend> out = new ArrayList<>();
        for (Pod pod : podsByNamespace.getOrDefault(service.namespace(), List.of())) {
            if (!service.selects(pod)) {
                continue;
            }
            Optional<Integer> target = port.targetPort().resolve(pod, port.protocol());
            List<Message> note = target.isEmpty()
                    ? List.of(Message.of("backend.noNamedPort", String.valueOf(port.targetPort()), port.protocol().toString()))
                    : List.of();
            if (pod.ips().isEmpty() && pod.node().isEmpty()) {
                out.add(new ServiceBackend(Peer.of(pod), target, join(note, Message.of("backend.unscheduled"))));
            } else if (!pod.ips().isEmpty() && pod.node().isPresent() && pod.ready()) {
                out.add(new ServiceBackend(Peer.of(pod), target, note));
            }
            // rule 23: a scheduled pod without an IP, or one that is not ready, is no endpoint
        }
        return out;
    }

    private List<ServiceBackend> fromEndpoints(ServiceEndpoints endpoints, ServicePort port) {
        Optional<Integer> number = endpointPort(endpoints, port);
        List<ServiceBackend> out = new ArrayList<>();
        for (EndpointAddress address : endpoints.addresses()) {
            if (!address.ready()) {
                continue;
            }
            Optional<Pod> pod = address.pod().flatMap(snapshot::pod);
            Peer peer = pod.<Peer>map(Peer::of).orElse(Peer.of(address.ip()));
            Optional<Integer> target = pod.isPresent() && number.isEmpty()
                    ? port.targetPort().resolve(pod.get(), port.protocol())
                    : number;
            List<Message> note = pod.isPresent() ? List.of() : List.of(Message.of("backend.outsideEndpoint"));
            out.add(new ServiceBackend(peer, target, note));
        }
        return out;
    }

    /** The endpoint port serving a Service port: same name, or the only port of the protocol. */
    private static Optional<Integer> endpointPort(ServiceEndpoints endpoints, ServicePort port) {
        List<EndpointPort> sameProtocol = endpoints.ports().stream().filter(p -> p.protocol() == port.protocol()).toList();
        for (EndpointPort p : sameProtocol) {
            if (p.name().equals(port.name())) {
                return Optional.of(p.port());
            }
        }
        return sameProtocol.size() == 1 ? Optional.of(sameProtocol.get(0).port()) : Optional.empty();
    }

    private static List<Message> join(List<Message> a, Message b) {
        List<Message> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }
}
