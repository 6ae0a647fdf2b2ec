package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the entry points that fabric8 reads as generic resources into {@link Ingress} entries:
 * an OpenShift {@code route.openshift.io/v1} Route (its Service and alternate backends, by target
 * port), and the Gateway API's Gateway, HTTPRoute, GRPCRoute and TLSRoute (the Service
 * {@code backendRefs} of every rule, and the Gateways a route attaches to).
 */
final class EntryConverter {

    /** The API group of OpenShift's Route. */
    static final String ROUTE_GROUP = "route.openshift.io";
    /** The API group of the Gateway API. */
    static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

    private EntryConverter() {
    }

    /** The kind of entry point a generic resource is, if it is one. */
    static Optional<EntryKind> kindOf(GenericKubernetesResource resource) {
        String group = ManifestKinds.group(String.valueOf(resource.getApiVersion()));
        String kind = String.valueOf(resource.getKind());
        if (group.equals(ROUTE_GROUP) && kind.equals("Route")) {
            return Optional.of(EntryKind.ROUTE);
        }
        if (!group.equals(GATEWAY_GROUP)) {
            return Optional.empty();
        }
        return switch (kind) {
            case "Gateway" -> Optional.of(EntryKind.GATEWAY);
            case "HTTPRoute" -> Optional.of(EntryKind.HTTP_ROUTE);
            case "GRPCRoute" -> Optional.of(EntryKind.GRPC_ROUTE);
            case "TLSRoute" -> Optional.of(EntryKind.TLS_ROUTE);
            default -> Optional.empty();
        };
    }

    static Ingress convert(GenericKubernetesResource resource, EntryKind kind, ObjectOrigin origin, Consumer<Message> warnings)
            throws ManifestException {
        Map<String, Object> spec = map(resource.getAdditionalProperties().get("spec"));
        return switch (kind) {
            case ROUTE -> route(spec, origin, warnings);
            case GATEWAY -> new Ingress(origin.namespace(), origin.name(), text(spec.get("gatewayClassName")), List.of(), kind, List.of());
            default -> gatewayRoute(spec, kind, origin, warnings);
        };
    }

    /** An OpenShift Route: its host and path to {@code spec.to} and every alternate backend, on {@code spec.port.targetPort}. */
    private static Ingress route(Map<String, Object> spec, ObjectOrigin origin, Consumer<Message> warnings) throws ManifestException {
        String host = text(spec.get("host"));
        String path = text(spec.get("path")).isEmpty() ? "/" : text(spec.get("path"));
        Object targetPort = map(spec.get("port")).get("targetPort");
        int number = targetPort instanceof Number n ? n.intValue() : 0;
        String name = targetPort instanceof String s && !s.matches("\\d+") ? s : "";
        if (targetPort instanceof String s && s.matches("\\d{1,5}")) {
            number = Integer.parseInt(s);
        }
        List<Map<String, Object>> backends = new ArrayList<>();
        if (!spec.containsKey("to")) {
            throw origin.error("sourceError.noBackend", Message.verbatim("spec.to"));
        }
        backends.add(map(spec.get("to")));
        list(spec.get("alternateBackends")).forEach(b -> backends.add(map(b)));
        List<IngressRule> rules = new ArrayList<>();
        for (int i = 0; i < backends.size(); i++) {
            Map<String, Object> backend = backends.get(i);
            Message where = Message.verbatim(i == 0 ? "spec.to" : "spec.alternateBackends[" + (i - 1) + "]");
            String kind = text(backend.get("kind"));
            if (!kind.isEmpty() && !kind.equals("Service")) {
                warnings.accept(origin.warning(Message.of("sourceWarning.ingressResource", where, kind)));
                continue;
            }
            if (text(backend.get("name")).isEmpty()) {
                throw origin.error("sourceError.backendServiceNoName", where);
            }
            rules.add(new IngressRule(host, path, text(backend.get("name")), number, name));
        }
        return new Ingress(origin.namespace(), origin.name(), "", rules, EntryKind.ROUTE, List.of());
    }

    /** A Gateway API route: the Service backendRefs of every rule, and the Gateways among its parentRefs. */
    private static Ingress gatewayRoute(Map<String, Object> spec, EntryKind kind, ObjectOrigin origin, Consumer<Message> warnings)
            throws ManifestException {
        List<String> gateways = new ArrayList<>();
        for (Object ref : list(spec.get("parentRefs"))) {
            Map<String, Object> parent = map(ref);
            if (text(parent.get("kind")).isEmpty() || text(parent.get("kind")).equals("Gateway")) {
                String namespace = text(parent.get("namespace")).isEmpty() ? origin.namespace() : text(parent.get("namespace"));
                gateways.add(namespace + "/" + text(parent.get("name")));
            }
        }
        String host = String.join(", ", list(spec.get("hostnames")).stream().map(EntryConverter::text).toList());
        List<IngressRule> rules = new ArrayList<>();
        List<Object> declared = list(spec.get("rules"));
        for (int i = 0; i < declared.size(); i++) {
            Map<String, Object> rule = map(declared.get(i));
            String path = path(rule);
            List<Object> refs = list(rule.get("backendRefs"));
            for (int j = 0; j < refs.size(); j++) {
                Map<String, Object> ref = map(refs.get(j));
                Message where = Message.verbatim("spec.rules[" + i + "].backendRefs[" + j + "]");
                String refKind = text(ref.get("kind"));
                String group = text(ref.get("group"));
                if ((!refKind.isEmpty() && !refKind.equals("Service")) || !(group.isEmpty() || group.equals("core"))) {
                    warnings.accept(origin.warning(Message.of("sourceWarning.ingressResource", where, refKind.isEmpty() ? group : refKind)));
                    continue;
                }
                if (text(ref.get("name")).isEmpty()) {
                    throw origin.error("sourceError.backendServiceNoName", where);
                }
                int port = ref.get("port") instanceof Number n ? n.intValue() : 0;
                String namespace = text(ref.get("namespace")).equals(origin.namespace()) ? "" : text(ref.get("namespace"));
                if (!namespace.isEmpty()) {
                    warnings.accept(origin.warning(Message.of("sourceWarning.referenceGrant", where, namespace)));
                }
                rules.add(new IngressRule(host, path, text(ref.get("name")), port, "", namespace));
            }
        }
        return new Ingress(origin.namespace(), origin.name(), "", rules, kind, gateways);
    }

    /** The path of an HTTPRoute rule's first match, "/" when it has none (a GRPCRoute or TLSRoute has none). */
    private static String path(Map<String, Object> rule) {
        List<Object> matches = list(rule.get("matches"));
        if (matches.isEmpty()) {
            return "/";
        }
        String value = text(map(map(matches.get(0)).get("path")).get("value"));
        return value.isEmpty() ? "/" : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? List.copyOf(l.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
