package io.kubereach.source;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns a {@code networking.k8s.io/v1} Ingress into one rule per host and path. */
final class IngressConverter {

    /** The annotation that named the class before {@code spec.ingressClassName}. */
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

    private IngressConverter() {
    }

    static Ingress convert(io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress, ObjectOrigin origin,
            Consumer<Message> warnings) throws ManifestException {
        IngressSpec spec = ingress.getSpec() == null ? new IngressSpec() : ingress.getSpec();
        List<IngressRule> rules = new ArrayList<>();
        if (spec.getDefaultBackend() != null) {
            rule("", "/", spec.getDefaultBackend(), origin, Message.verbatim("defaultBackend"), warnings)
                    .ifPresent(rules::add);
        }
        var declared = spec.getRules() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.IngressRule>of()
                : spec.getRules();
        for (int i = 0; i < declared.size(); i++) {
            var rule = declared.get(i);
            String host = rule.getHost() == null ? "" : rule.getHost();
            if (rule.getHttp() == null || rule.getHttp().getPaths() == null) {
                continue;
            }
            List<HTTPIngressPath> paths = rule.getHttp().getPaths();
            for (int j = 0; j < paths.size(); j++) {
                HTTPIngressPath path = paths.get(j);
                String p = path.getPath() == null || path.getPath().isBlank() ? "/" : path.getPath();
                Message where = Message.of("sourceWarning.ingressPath", String.valueOf(i + 1), String.valueOf(j + 1));
                if (path.getBackend() == null) {
                    throw origin.error("sourceError.noBackend", where);
                }
                rule(host, p, path.getBackend(), origin, where, warnings).ifPresent(rules::add);
            }
        }
        return new Ingress(origin.namespace(), origin.name(), ingressClass(ingress, spec), rules);
    }

    private static Optional<IngressRule> rule(String host, String path, IngressBackend backend,
            ObjectOrigin origin, Message where, Consumer<Message> warnings) throws ManifestException {
        if (backend.getService() == null) {
            if (backend.getResource() != null) {
                warnings.accept(origin.warning(Message.of("sourceWarning.ingressResource", where,
                        String.valueOf(backend.getResource().getKind()))));
                return Optional.empty();
            }
            throw origin.error("sourceError.backendNoService", where);
        }
        var service = backend.getService();
        if (service.getName() == null || service.getName().isBlank()) {
            throw origin.error("sourceError.backendServiceNoName", where);
        }
        var port = service.getPort();
        if (port == null || (port.getNumber() == null && (port.getName() == null || port.getName().isBlank()))) {
            throw origin.error("sourceError.backendServiceNoPort", where, service.getName());
        }
        int number = port.getNumber() == null ? 0 : port.getNumber();
        String name = port.getNumber() == null ? port.getName() : "";
        return Optional.of(new IngressRule(host, path, service.getName(), number, name));
    }

    private static String ingressClass(io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress, IngressSpec spec) {
        if (spec.getIngressClassName() != null && !spec.getIngressClassName().isBlank()) {
            return spec.getIngressClassName();
        }
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        String annotated = annotations == null ? null : annotations.get(CLASS_ANNOTATION);
        return annotated == null ? "" : annotated;
    }
}
