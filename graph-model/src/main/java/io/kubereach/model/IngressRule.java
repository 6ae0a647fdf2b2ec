package io.kubereach.model;

/**
 * One host/path of an Ingress and the Service port it leads to.
 *
 * @param host the host, empty for every host
 * @param path the path, "/" when none is given
 * @param service the backend Service's name (in the Ingress's namespace)
 * @param servicePort the Service port number, or 0 when named
 * @param servicePortName the Service port name, empty when numbered
 */
public record IngressRule(String host, String path, String service, int servicePort, String servicePortName) {
}
