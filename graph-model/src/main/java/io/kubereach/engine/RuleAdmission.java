package io.kubereach.engine;

/**
 * A rule that admits a connection: which policy, which rule, which peer and which port entry.
 *
 * @param policy the policy, {@code namespace/name}
 * @param rule the index of the rule in the policy's ingress or egress list
 * @param peer the index of the matching peer, or -1 when the rule admits every peer
 * @param port the index of the matching port entry, or -1 when the rule admits every port
 */
public record RuleAdmission(String policy, int rule, int peer, int port) {
}
