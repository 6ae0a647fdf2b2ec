package io.kubereach.proxy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Services that connections cannot reach whatever the policies say: no ready backend
 * (rule 23; a selector that picks no ready pod, a selector-less Service without endpoints), or a
 * named target port that no backend declares. ExternalName Services have no backends to check.
 */
public final class ServiceCheck {

    private final ClusterSnapshot snapshot;
    private final ServiceBackends backends;

    public ServiceCheck(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.backends = new ServiceBackends(snapshot);
    }

    /** Every finding, Services in snapshot order. */
    public List<ServiceFinding> findings() {
        List<ServiceFinding> out = new ArrayList<>();
        for (Service service : snapshot.services()) {
            out.addAll(findings(service));
        }
        return out;
    }

    /** The findings of one Service. */
    public List<ServiceFinding> findings(Service service) {
        if (service.type() == ServiceType.EXTERNAL_NAME || service.ports().isEmpty()) {
            return List.of();
        }
        List<ServiceFinding> out = new ArrayList<>();
        boolean anyBackend = false;
        for (ServicePort port : service.ports()) {
            List<ServiceBackend> ready = backends.of(service, port);
            anyBackend |= !ready.isEmpty();
            if (!ready.isEmpty() && ready.stream().allMatch(b -> b.targetPort().isEmpty())) {
                out.add(new ServiceFinding(service, ServiceFinding.Kind.TARGET_PORT_UNRESOLVED, "svc:" + service.qualifiedName()
                        + " port " + port.port() + "/" + port.protocol() + " targets the port named '" + port.targetPort()
                        + "', which none of its ready backends declares: every connection to it fails"));
            }
        }
        if (!anyBackend) {
            String why = service.selector().isPresent() && !service.selector().get().isEmpty()
                    ? "its selector picks no ready pod" : "it has no selector and no ready endpoint";
            return List.of(new ServiceFinding(service, ServiceFinding.Kind.NO_READY_BACKEND, "svc:" + service.qualifiedName()
                    + " has no ready backend (" + why + "): every connection to it fails"));
        }
        return out;
    }
}
