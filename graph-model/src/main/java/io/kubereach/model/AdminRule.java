package io.kubereach.model;

import java.util.List;

/**
 * One ingress or egress rule of a cluster-wide policy. A connection matches when it matches one
 * peer AND one port entry; rules of a policy are tried in order and the first match decides.
 *
 * @param name the rule's name, empty when it has none
 * @param action what the rule does with what it matches
 * @param peers the {@code from}/{@code to} items (at least one; none only when failing closed to match nothing)
 * @param ports the port entries; empty for every port of every protocol
 */
public record AdminRule(String name, RuleAction action, List<AdminPeer> peers, List<AdminPort> ports) {

    public AdminRule {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }

    /** Whether the rule matches every port of every protocol. */
    public boolean allPorts() {
        return ports.isEmpty();
    }
}
