package io.kubereach.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Service with its defaults filled in.
 *
 * @param namespace its namespace
 * @param name its name
 * @param type its type
 * @param selector its pod selector; empty for a selector-less Service with hand-written endpoints
 * @param ports its ports
 * @param clusterIps its cluster IPs; empty for a headless Service
 * @param headless whether {@code clusterIP: None}
 * @param externalName the DNS name of an ExternalName Service, empty otherwise
 * @param sessionAffinityClientIp whether {@code sessionAffinity: ClientIP}
 * @param affinityTimeoutSeconds the ClientIP affinity timeout (10800 by default)
 * @param externalTrafficLocal whether {@code externalTrafficPolicy: Local}
 */
public record Service(
        String namespace,
        String name,
        ServiceType type,
        Optional<Map<String, String>> selector,
        List<ServicePort> ports,
        List<IpAddress> clusterIps,
        boolean headless,
        String externalName,
        boolean sessionAffinityClientIp,
        int affinityTimeoutSeconds,
        boolean externalTrafficLocal) {

    /** The affinity timeout kube-proxy uses when the Service names none. */
    public static final int DEFAULT_AFFINITY_TIMEOUT = 10800;

    public Service {
        selector = selector.map(Map::copyOf);
        ports = List.copyOf(ports);
        clusterIps = List.copyOf(clusterIps);
    }

    /** Whether a pod is a backend by selector (never for a selector-less or empty-selector Service). */
    public boolean selects(Pod pod) {
        return selector.isPresent() && !selector.get().isEmpty()
                && pod.namespace().equals(namespace)
                && LabelSelector.of(selector.get()).matches(pod.labels());
    }

    /** {@code namespace/name}. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }
}
