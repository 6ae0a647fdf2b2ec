package io.kubereach.engine;

import io.kubereach.model.RuleAction;

/**
 * A rule that matched (or may have matched) a connection.
 *
 * @param policy the policy the rule belongs to
 * @param rule the index of the rule in the policy's ingress or egress list
 * @param ruleName the rule's name, empty when it has none
 * @param action what the rule does
 * @param peer the index of the matching peer, or -1 when the rule admits every peer
 * @param port the index of the matching port entry, or -1 when the rule matches every port
 * @param certain whether the rule certainly matches; false when it may (a peer that cannot be judged)
 */
public record RuleHit(PolicyRef policy, int rule, String ruleName, RuleAction action, int peer, int port, boolean certain) {
}
