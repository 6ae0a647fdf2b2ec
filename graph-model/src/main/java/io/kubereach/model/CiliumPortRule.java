package io.kubereach.model;

import java.util.List;
import java.util.Set;

/**
 * One item of {@code toPorts}: ports and what filters them above L4.
 *
 * @param ports the ports; empty: every port
 * @param l7 what filters an allowed connection further (empty: nothing, the port is simply allowed)
 */
public record CiliumPortRule(List<CiliumPort> ports, Set<CiliumL7> l7) {

    public CiliumPortRule {
        ports = List.copyOf(ports);
        l7 = Set.copyOf(l7);
    }
}
