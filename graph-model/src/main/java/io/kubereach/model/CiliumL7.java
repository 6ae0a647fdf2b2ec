package io.kubereach.model;

/**
 * What filters a connection above L4 once a port rule allows it: the connection is allowed at L4
 * and the proxy decides per request ({@code pkg/policy/api/l4.go} {@code L7Rules},
 * {@code ServerNames}, {@code Listener}).
 */
public enum CiliumL7 {
    /** {@code rules.http}. */
    HTTP,
    /** {@code rules.kafka}. */
    KAFKA,
    /** {@code rules.dns} (egress, port 53). */
    DNS,
    /** {@code rules.l7proto} with {@code rules.l7}. */
    GENERIC,
    /** {@code serverNames}: the TLS SNI must be one of them. */
    TLS_SERVER_NAMES,
    /** {@code listener}: redirected to a custom Envoy listener. */
    LISTENER
}
