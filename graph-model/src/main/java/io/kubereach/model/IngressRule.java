package io.kubereach.model;

/**
 * One route of an entry point (a host and path of an Ingress, a Route's target, a rule's
 * backend of a Gateway API route) and the Service port it leads to.
 *
 * @param host the host, empty for every host
 * @param path the path, "/" when none is given
 * @param service the backend Service's name
 * @param servicePort the Service port number, or 0 when named or not given; for an OpenShift
 *     Route the target port, which may also be a Service's target port
 * @param servicePortName the Service port name, empty when numbered or not given
 * @param serviceNamespace the Service's namespace, empty for the entry point's own (a Gateway
 *     API backendRef may name another)
 */
public record IngressRule(String host, String path, String service, int servicePort, String servicePortName, String serviceNamespace) {

    /** A route to a Service of the entry point's own namespace. */
    public IngressRule(String host, String path, String service, int servicePort, String servicePortName) {
        this(host, path, service, servicePort, servicePortName, "");
    }

    /** Whether the route names a port (by number or name); a Route without one leads to every port of its Service. */
    public boolean namesPort() {
        return servicePort > 0 || !servicePortName.isEmpty();
    }

    /** The namespace of the backend Service, given the entry point's. */
    public String serviceNamespace(String entryNamespace) {
        return serviceNamespace.isEmpty() ? entryNamespace : serviceNamespace;
    }
}
