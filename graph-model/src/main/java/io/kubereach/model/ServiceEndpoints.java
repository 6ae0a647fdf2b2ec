package io.kubereach.model;

import java.util.List;

/**
 * The endpoints of one Service, merged from its Endpoints object or EndpointSlices.
 *
 * @param namespace the Service's namespace
 * @param service the Service's name
 * @param addresses the endpoint addresses
 * @param ports the endpoint ports
 */
public record ServiceEndpoints(String namespace, String service, List<EndpointAddress> addresses, List<EndpointPort> ports) {

    public ServiceEndpoints {
        addresses = List.copyOf(addresses);
        ports = List.copyOf(ports);
    }
}
