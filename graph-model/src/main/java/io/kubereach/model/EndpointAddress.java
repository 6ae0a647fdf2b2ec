package io.kubereach.model;

import java.util.Optional;

/**
 * One address of a Service's Endpoints or EndpointSlices.
 *
 * @param ip the address
 * @param ready whether it receives traffic
 * @param pod the pod behind it, empty for an address outside the cluster
 */
public record EndpointAddress(IpAddress ip, boolean ready, Optional<PodRef> pod) {
}
