package io.kubereach.model;

import java.util.List;

/**
 * An Ingress: routes from outside through an ingress controller to Services.
 *
 * @param namespace its namespace
 * @param name its name
 * @param ingressClass its class name, empty when it names none
 * @param rules its routes, the default backend included as host "" path "/"
 */
public record Ingress(String namespace, String name, String ingressClass, List<IngressRule> rules) {

    public Ingress {
        rules = List.copyOf(rules);
    }
}
