package io.kubereach.source;

import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.PodRef;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns Services, Endpoints and EndpointSlices into the model, with the API server's defaults. */
final class ServiceConverter {

    /** The label that ties an EndpointSlice to its Service. */
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private ServiceConverter() {
    }

    static Service convert(io.fabric8.kubernetes.api.model.Service service, ObjectOrigin origin) throws ManifestException {
        ServiceSpec spec = service.getSpec() == null ? new ServiceSpec() : service.getSpec();
        ServiceType type = type(spec.getType(), origin);
        Map<String, String> selector = origin.labels(spec.getSelector(), Message.verbatim("spec.selector"));
        List<ServicePort> ports = new ArrayList<>();
        var declared = spec.getPorts() == null ? List.<io.fabric8.kubernetes.api.model.ServicePort>of() : spec.getPorts();
        for (int i = 0; i < declared.size(); i++) {
            ports.add(port(declared.get(i), origin, Message.of("sourceWhere.servicePort", String.valueOf(i + 1))));
        }
        List<String> ipTexts = new ArrayList<>();
        if (spec.getClusterIPs() != null && !spec.getClusterIPs().isEmpty()) {
            ipTexts.addAll(spec.getClusterIPs());
        } else if (spec.getClusterIP() != null) {
            ipTexts.add(spec.getClusterIP());
        }
        boolean headless = false;
        List<IpAddress> clusterIps = new ArrayList<>();
        for (String text : ipTexts) {
            if ("None".equals(text)) {
                headless = true;
            } else if (text != null && !text.isBlank()) {
                clusterIps.add(origin.address(text, Message.verbatim("spec.clusterIPs")));
            }
        }
        if (headless) {
            clusterIps.clear();
        }
        boolean clientIp = "ClientIP".equals(spec.getSessionAffinity());
        Integer timeout = spec.getSessionAffinityConfig() == null || spec.getSessionAffinityConfig().getClientIP() == null
                ? null : spec.getSessionAffinityConfig().getClientIP().getTimeoutSeconds();
        return new Service(origin.namespace(), origin.name(), type,
                selector.isEmpty() ? Optional.empty() : Optional.of(selector), ports, clusterIps, headless,
                spec.getExternalName() == null ? "" : spec.getExternalName(), clientIp,
                timeout == null ? Service.DEFAULT_AFFINITY_TIMEOUT : timeout,
                "Local".equals(spec.getExternalTrafficPolicy()));
    }

    private static ServiceType type(String text, ObjectOrigin origin) throws ManifestException {
        if (text == null || text.isBlank()) {
            return ServiceType.CLUSTER_IP;
        }
        return switch (text) {
            case "ClusterIP" -> ServiceType.CLUSTER_IP;
            case "NodePort" -> ServiceType.NODE_PORT;
            case "LoadBalancer" -> ServiceType.LOAD_BALANCER;
            case "ExternalName" -> ServiceType.EXTERNAL_NAME;
            default -> throw origin.error("sourceError.serviceType", String.valueOf(text));
        };
    }

    private static ServicePort port(io.fabric8.kubernetes.api.model.ServicePort port, ObjectOrigin origin, Message where)
            throws ManifestException {
        Integer number = port.getPort();
        if (number == null || number < 1 || number > 65535) {
            throw origin.error("sourceError.portRange", where, String.valueOf(number));
        }
        return new ServicePort(port.getName() == null ? "" : port.getName(), origin.protocol(port.getProtocol(), where),
                number, targetPort(port.getTargetPort(), number, origin, where), port.getNodePort() == null ? 0 : port.getNodePort());
    }

    /**
     * The target port, the port itself when none is given; a name must be a port name the API
     * server accepts ({@code targetPort: "8080"} is not one).
     */
    private static TargetPort targetPort(IntOrString target, int port, ObjectOrigin origin, Message where) throws ManifestException {
        if (target == null || (target.getIntVal() == null && (target.getStrVal() == null || target.getStrVal().isBlank()))) {
            return new TargetPort.Number(port);
        }
        if (target.getIntVal() != null) {
            return new TargetPort.Number(target.getIntVal() == 0 ? port : target.getIntVal());
        }
        String name = target.getStrVal().trim();
        origin.checkPortName(name, Message.of("sourceWhere.field", where, "targetPort"));
        return new TargetPort.Named(name);
    }

    /** The hand-written or controller-made Endpoints of a Service (same name as the Service). */
    static ServiceEndpoints endpoints(Endpoints endpoints, ObjectOrigin origin) throws ManifestException {
        List<EndpointAddress> addresses = new ArrayList<>();
        List<EndpointPort> ports = new ArrayList<>();
        List<EndpointSubset> subsets = endpoints.getSubsets() == null ? List.of() : endpoints.getSubsets();
        for (int i = 0; i < subsets.size(); i++) {
            EndpointSubset subset = subsets.get(i);
            Message where = Message.of("sourceWhere.subset", String.valueOf(i + 1));
            for (var a : orEmpty(subset.getAddresses())) {
                addresses.add(new EndpointAddress(origin.address(a.getIp(), where), true, podOf(a.getTargetRef(), origin)));
            }
            for (var a : orEmpty(subset.getNotReadyAddresses())) {
                addresses.add(new EndpointAddress(origin.address(a.getIp(), where), false, podOf(a.getTargetRef(), origin)));
            }
            for (var p : orEmpty(subset.getPorts())) {
                ports.add(endpointPort(p.getName(), p.getPort(), p.getProtocol(), origin, where));
            }
        }
        return new ServiceEndpoints(origin.namespace(), origin.name(), addresses, ports);
    }

    /** The part of a Service's endpoints one EndpointSlice holds; empty when it serves no Service. */
    static Optional<ServiceEndpoints> slice(EndpointSlice slice, ObjectOrigin origin, Consumer<Message> warnings)
            throws ManifestException {
        String service = origin.labels(slice.getMetadata().getLabels(), ClusterConverter.METADATA_LABELS).get(SERVICE_NAME_LABEL);
        if (service == null || service.isBlank()) {
            warnings.accept(origin.warning(Message.of("sourceWarning.sliceNoService", SERVICE_NAME_LABEL)));
            return Optional.empty();
        }
        if ("FQDN".equals(slice.getAddressType())) {
            warnings.accept(origin.warning(Message.of("sourceWarning.sliceFqdn")));
            return Optional.empty();
        }
        List<EndpointAddress> addresses = new ArrayList<>();
        List<Endpoint> endpoints = orEmpty(slice.getEndpoints());
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint endpoint = endpoints.get(i);
            // "nil should be interpreted as ready"
            boolean ready = endpoint.getConditions() == null || endpoint.getConditions().getReady() == null
                    || endpoint.getConditions().getReady();
            for (String ip : orEmpty(endpoint.getAddresses())) {
                addresses.add(new EndpointAddress(origin.address(ip, Message.of("sourceWhere.endpoint", String.valueOf(i + 1))), ready,
                        podOf(endpoint.getTargetRef(), origin)));
            }
        }
        List<EndpointPort> ports = new ArrayList<>();
        for (var p : orEmpty(slice.getPorts())) {
            if (p.getPort() != null) { // a port left out means "all ports", which no Service port names
                ports.add(endpointPort(p.getName(), p.getPort(), p.getProtocol(), origin, Message.verbatim("ports")));
            }
        }
        return Optional.of(new ServiceEndpoints(origin.namespace(), service, addresses, ports));
    }

    private static EndpointPort endpointPort(String name, Integer port, String protocol, ObjectOrigin origin, Message where)
            throws ManifestException {
        if (port == null || port < 1 || port > 65535) {
            throw origin.error("sourceError.portRange", where, String.valueOf(port));
        }
        return new EndpointPort(name == null ? "" : name, port, origin.protocol(protocol, where));
    }

    private static Optional<PodRef> podOf(ObjectReference target, ObjectOrigin origin) {
        if (target == null || !"Pod".equals(target.getKind()) || target.getName() == null) {
            return Optional.empty();
        }
        String namespace = target.getNamespace() == null || target.getNamespace().isBlank()
                ? origin.namespace() : target.getNamespace();
        return Optional.of(new PodRef(namespace, target.getName()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
