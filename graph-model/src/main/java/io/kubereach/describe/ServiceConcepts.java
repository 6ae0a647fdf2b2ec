package io.kubereach.describe;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.EntryControllers;
import io.kubereach.proxy.ServiceBackends;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Service-side concepts: Service types and their backends, session affinity, node ports, Ingresses. */
final class ServiceConcepts {

    private final ClusterSnapshot snapshot;
    private final ServiceBackends backends;

    ServiceConcepts(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.backends = new ServiceBackends(snapshot);
    }

    ConceptExplanation service(Service service) {
        String name = service.qualifiedName();
        List<Message> out = new ArrayList<>();
        if (service.type() == ServiceType.EXTERNAL_NAME) {
            out.add(Message.of("concept.service.externalName", service.name(), service.externalName()));
            return new ConceptExplanation(Concept.SERVICE, Message.of("concept.service.titleExternalName", name), out);
        }
        boolean selectorless = service.selector().isEmpty();
        out.add(kind(service));
        if (selectorless) {
            out.add(selectorless(service));
        }
        for (ServicePort port : service.ports()) {
            out.add(port(service, port));
        }
        if (!service.headless()) {
            out.add(service.sessionAffinityClientIp()
                    ? Message.of("concept.service.spreadAffinity", service.affinityTimeoutSeconds())
                    : Message.of("concept.service.spreadEach"));
        }
        return new ConceptExplanation(selectorless ? Concept.SELECTORLESS_SERVICE : Concept.SERVICE, title(service), out);
    }

    private static Message title(Service service) {
        String name = service.qualifiedName();
        if (service.headless()) {
            return Message.of("concept.service.titleHeadless", name);
        }
        return switch (service.type()) {
            case CLUSTER_IP -> Message.of("concept.service.titleClusterIp", name);
            case NODE_PORT -> Message.of("concept.service.titleNodePort", name);
            case LOAD_BALANCER -> Message.of("concept.service.titleLoadBalancer", name);
            case EXTERNAL_NAME -> Message.of("concept.service.titleExternalName", name);
        };
    }

    private static Message kind(Service service) {
        if (service.headless()) {
            return Message.of("concept.service.headless");
        }
        Message ips = ConceptExplainer.addresses(service.clusterIps());
        return switch (service.type()) {
            case NODE_PORT -> Message.of("concept.service.nodePort", ips);
            case LOAD_BALANCER -> Message.of("concept.service.loadBalancer", ips);
            default -> Message.of("concept.service.clusterIp", ips);
        };
    }

    private Message selectorless(Service service) {
        Optional<ServiceEndpoints> endpoints = snapshot.endpointsOf(service);
        if (endpoints.isEmpty() || endpoints.get().addresses().isEmpty()) {
            return Message.of("concept.service.selectorlessEmpty", service.name());
        }
        List<Message> addresses = endpoints.get().addresses().stream()
                .map(EndpointAddress::ip)
                .map(ip -> Message.verbatim(ip.toString()))
                .toList();
        return Message.of("concept.service.selectorless", service.name(), Message.series(addresses));
    }

    /** One port and the backends it spreads over, found the way kube-proxy finds them. */
    private Message port(Service service, ServicePort port) {
        String front = port.portProtocol().toString();
        List<ServiceBackend> found = backends.of(service, port);
        if (found.isEmpty()) {
            return Message.of("concept.service.portNoBackends", front);
        }
        List<Message> phrases = new ArrayList<>();
        for (ServiceBackend b : found.stream().limit(Message.NAMES_SHOWN).toList()) {
            phrases.add(backend(service, b, port));
        }
        Message list = new Message.Series(phrases, found.size() - phrases.size());
        // a headless Service is not proxied: DNS hands out the pod IPs and clients pick one
        String key = service.headless() ? "concept.service.headlessPort" : "concept.service.portBackends";
        return Message.of(key, front, port.targetPort().toString(), found.size(), list);
    }

    private static Message backend(Service service, ServiceBackend backend, ServicePort port) {
        if (backend.peer() instanceof Peer.External e) {
            return Message.of("concept.backend.external", e.address().toString(), backend.targetPort().map(String::valueOf).orElse("?"));
        }
        Peer.PodPeer pod = (Peer.PodPeer) backend.peer();
        String name = pod.pod().namespace().equals(service.namespace()) ? pod.pod().name() : pod.pod().ref().toString();
        return backend.targetPort()
                .map(n -> Message.of("concept.backend.pod", name, String.valueOf(n)))
                .orElse(Message.of("concept.backend.unresolved", name, port.targetPort().toString()));
    }

    ConceptExplanation sessionAffinity(Service service) {
        int backendCount = service.ports().isEmpty() ? 0 : backends.of(service, service.ports().get(0)).size();
        Message body = service.sessionAffinityClientIp()
                ? Message.of("concept.affinity.clientIp", service.affinityTimeoutSeconds(), backendCount)
                : Message.of("concept.affinity.none");
        return new ConceptExplanation(Concept.SESSION_AFFINITY, Message.of("concept.affinity.title", service.qualifiedName()),
                List.of(body));
    }

    ConceptExplanation nodePort(Service service) {
        Message title = Message.of("concept.nodePort.title", service.qualifiedName());
        if (service.type() != ServiceType.NODE_PORT && service.type() != ServiceType.LOAD_BALANCER) {
            return new ConceptExplanation(Concept.NODE_PORT, title, List.of(Message.of("concept.nodePort.none", service.name())));
        }
        List<Message> out = new ArrayList<>();
        List<String> nodes = snapshot.nodes().stream().map(ClusterNode::name).sorted().toList();
        for (ServicePort port : service.ports()) {
            if (port.nodePort() > 0) {
                out.add(nodes.isEmpty()
                        ? Message.of("concept.nodePort.port", String.valueOf(port.nodePort()), port.portProtocol().toString())
                        : Message.of("concept.nodePort.portOnNodes", String.valueOf(port.nodePort()),
                                port.portProtocol().toString(), Message.names(nodes)));
            }
        }
        if (service.type() == ServiceType.LOAD_BALANCER) {
            out.add(Message.of("concept.nodePort.loadBalancer"));
        }
        out.add(Message.of(service.externalTrafficLocal() ? "concept.nodePort.local" : "concept.nodePort.cluster"));
        return new ConceptExplanation(Concept.NODE_PORT, title, out);
    }

    ConceptExplanation ingress(Ingress ingress) {
        List<Message> out = new ArrayList<>();
        out.add(switch (ingress.kind()) {
            case INGRESS -> ingress.ingressClass().isBlank()
                    ? Message.of("concept.ingress.basicsDefaultClass")
                    : Message.of("concept.ingress.basics", ingress.ingressClass());
            case ROUTE -> Message.of("concept.route.basics");
            case GATEWAY -> Message.of("concept.gateway.basics", ingress.ingressClass().isBlank() ? "-" : ingress.ingressClass());
            default -> Message.of("concept.gatewayRoute.basics", ingress.kind().kind(), Message.names(ingress.gateways()));
        });
        for (IngressRule rule : ingress.rules()) {
            String host = rule.host().isBlank() ? "*" : rule.host();
            String port = rule.servicePort() > 0 ? String.valueOf(rule.servicePort())
                    : rule.servicePortName().isEmpty() ? "*" : rule.servicePortName();
            String service = rule.serviceNamespace().isEmpty() ? rule.service() : rule.serviceNamespace() + "/" + rule.service();
            out.add(Message.of("concept.ingress.route", host + rule.path(), service, port));
        }
        EntryControllers.Controller controller = new EntryControllers(snapshot).of(ingress);
        out.add(controller.found()
                ? Message.of("concept.entry.controller", controller.how(),
                        Message.names(controller.pods().stream().map(p -> p.ref().toString()).toList()))
                : controller.how());
        out.add(Message.of("concept.ingress.policy"));
        Message title = ingress.kind() == EntryKind.INGRESS ? Message.of("concept.ingress.title", ingress.qualifiedName())
                : Message.of("concept.entry.title", ingress.kind().kind(), ingress.qualifiedName());
        return new ConceptExplanation(Concept.INGRESS, title, out);
    }
}
