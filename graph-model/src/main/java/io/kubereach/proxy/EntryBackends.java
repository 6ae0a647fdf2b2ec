package io.kubereach.proxy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.TargetPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an entry point's rules lead: through the Service port each rule names to that port's
 * backends, as the controller proxies to them (ready endpoints, each with the port the
 * connection lands on; see {@link ServiceBackends}).
 *
 * <p>An Ingress or a Gateway API route names a Service port by number or name; an OpenShift
 * Route names the target port (a number that the Service sends traffic to, or a port name); a
 * rule that names no port leads to every port of its Service.
 */
public final class EntryBackends {

    /**
     * One backend an entry point leads to.
     *
     * @param service the Service the rule names
     * @param port the Service port it goes through
     * @param backend the backend, with the port the connection lands on
     */
    public record Reached(Service service, ServicePort port, ServiceBackend backend) {
    }

    private final ClusterSnapshot snapshot;
    private final ServiceBackends backends;

    public EntryBackends(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.backends = new ServiceBackends(snapshot);
    }

    /** Every backend the entry point's rules lead to, rule by rule. */
    public List<Reached> of(Ingress entry) {
        List<Reached> out = new ArrayList<>();
        for (IngressRule rule : entry.rules()) {
            Optional<Service> service = snapshot.service(rule.serviceNamespace(entry.namespace()), rule.service());
            if (service.isEmpty()) {
                continue;
            }
            for (ServicePort port : ports(entry.kind(), rule, service.get())) {
                backends.of(service.get(), port).forEach(b -> out.add(new Reached(service.get(), port, b)));
            }
        }
        return out;
    }

    /** The Service ports a rule goes through. */
    static List<ServicePort> ports(EntryKind kind, IngressRule rule, Service service) {
        if (!rule.namesPort()) {
            return service.ports();
        }
        return service.ports().stream().filter(p -> kind == EntryKind.ROUTE ? routeTargets(rule, p) : names(rule, p)).toList();
    }

    private static boolean names(IngressRule rule, ServicePort port) {
        return rule.servicePort() > 0 ? port.port() == rule.servicePort() : port.name().equals(rule.servicePortName());
    }

    /** A Route's target port: a number the Service port sends to (or is), or the name of the Service port or of its target. */
    private static boolean routeTargets(IngressRule rule, ServicePort port) {
        if (rule.servicePort() > 0) {
            return port.targetPort().equals(new TargetPort.Number(rule.servicePort())) || port.port() == rule.servicePort();
        }
        return port.name().equals(rule.servicePortName()) || port.targetPort().equals(new TargetPort.Named(rule.servicePortName()));
    }
}
