package io.kubereach.proxy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.text.Message;
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
                out.add(new ServiceFinding(service, ServiceFinding.Kind.TARGET_PORT_UNRESOLVED, Message.of("finding.targetPortUnresolved",
                        service.qualifiedName(), port.portProtocol().toString(), String.valueOf(port.targetPort()))));
            }
        }
        if (!anyBackend) {
            Message why = Message.of(service.selector().isPresent() && !service.selector().get().isEmpty()
                    ? "finding.noReadyBackend.selector" : "finding.noReadyBackend.noSelector");
            return List.of(new ServiceFinding(service, ServiceFinding.Kind.NO_READY_BACKEND,
                    Message.of("finding.noReadyBackend", service.qualifiedName(), why)));
        }
        return out;
    }
}
