package io.kubereach.source;

import io.kubereach.model.CiliumPeer;
import io.kubereach.model.LabelSelector;
import java.util.Optional;

/**
 * Reads a Cilium {@code toServices} item: {@code k8sService} (a Service by name) or
 * {@code k8sServiceSelector} (Services by label), each with an optional namespace.
 */
final class CiliumServicePeers {

    private CiliumServicePeers() {
    }

    static CiliumPeer convert(SpecFields item) throws ManifestException {
        Optional<SpecFields> byName = item.optionalMap("k8sService");
        Optional<SpecFields> bySelector = item.optionalMap("k8sServiceSelector");
        if (byName.isPresent() == bySelector.isPresent()) {
            throw item.origin().error("cniError.ciliumService", item.where());
        }
        if (byName.isPresent()) {
            SpecFields service = byName.get();
            String name = service.text("serviceName")
                    .orElseThrow(() -> item.origin().error("sourceError.required", service.at("serviceName")));
            return new CiliumPeer.Service(service.text("namespace"), Optional.of(name), Optional.empty());
        }
        SpecFields service = bySelector.get();
        LabelSelector selector = service.map("selector").asLabelSelector();
        return new CiliumPeer.Service(service.text("namespace"), Optional.empty(), Optional.of(selector));
    }
}
