package io.kubereach.engine;

import io.kubereach.model.RuleAction;

/**
 * A rule that matched (or may have matched) a connection.
 *
 * @param policy the policy the rule belongs to
 * @param rule the index of the rule in the policy's ingress or egress list (for Cilium: in the
 *     list of its kind, {@code ingress} or {@code ingressDeny}, of the policy's {@link PolicyRef#part})
 * @param ruleName the rule's name, empty when it has none
 * @param action what the rule does
 * @param peer the index of the matching peer, or -1 when the rule admits every peer
 * @param port the index of the matching port entry, or -1 when the rule matches every port
 * @param certain whether the rule certainly matches; false when it may (a peer that cannot be judged)
 * @param filtered whether the rule allows the connection at L4 only and something above it
 *     filters further (a Cilium L7 rule or required authentication, a Calico {@code http} match)
 */
public record RuleHit(PolicyRef policy, int rule, String ruleName, RuleAction action, int peer, int port, boolean certain,
        boolean filtered) {

    /** A rule that nothing above L4 filters. */
    public RuleHit(PolicyRef policy, int rule, String ruleName, RuleAction action, int peer, int port, boolean certain) {
        this(policy, rule, ruleName, action, peer, port, certain, false);
    }
}
