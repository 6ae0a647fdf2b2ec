package io.kubereach.model;

/**
 * What kind of object brings traffic in from outside through a controller (an ingress
 * controller, OpenShift's router, a Gateway's data plane), so that it is drawn and judged as an
 * entry point.
 */
public enum EntryKind {
    /** A {@code networking.k8s.io/v1} Ingress: host and path rules to Service ports. */
    INGRESS("Ingress"),
    /** An OpenShift {@code route.openshift.io/v1} Route: a host to one Service (and alternate backends), by target port. */
    ROUTE("Route"),
    /** A Gateway API Gateway: the listeners its controller opens; routes attach to it. */
    GATEWAY("Gateway"),
    /** A Gateway API HTTPRoute: rules to Service ports, attached to Gateways. */
    HTTP_ROUTE("HTTPRoute"),
    /** A Gateway API GRPCRoute. */
    GRPC_ROUTE("GRPCRoute"),
    /** A Gateway API TLSRoute (passthrough by SNI). */
    TLS_ROUTE("TLSRoute");

    private final String kind;

    EntryKind(String kind) {
        this.kind = kind;
    }

    /** The kind as its API writes it: {@code HTTPRoute}. */
    public String kind() {
        return kind;
    }

    /** Whether this is a Gateway API route, which attaches to Gateways. */
    public boolean attachesToGateways() {
        return this == HTTP_ROUTE || this == GRPC_ROUTE || this == TLS_ROUTE;
    }
}
