package io.kubereach.model;

import java.util.List;

/**
 * An entry point: an Ingress, an OpenShift Route, a Gateway API Gateway or route; traffic from
 * outside enters through a controller (ingress controller, router, gateway) and goes on to
 * Services.
 *
 * @param namespace its namespace
 * @param name its name
 * @param ingressClass the controller it is for: an Ingress's class, a Gateway's
 *     {@code gatewayClassName}; empty when it names none
 * @param rules its routes to Services (the default backend of an Ingress included as host ""
 *     path "/"); none for a Gateway
 * @param kind what kind of entry point it is
 * @param gateways the Gateways a Gateway API route attaches to, as {@code namespace/name}; empty for other kinds
 */
public record Ingress(String namespace, String name, String ingressClass, List<IngressRule> rules, EntryKind kind, List<String> gateways) {

    public Ingress {
        rules = List.copyOf(rules);
        gateways = List.copyOf(gateways);
    }

    /** An Ingress proper. */
    public Ingress(String namespace, String name, String ingressClass, List<IngressRule> rules) {
        this(namespace, name, ingressClass, rules, EntryKind.INGRESS, List.of());
    }

    /** {@code namespace/name}. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }
}
