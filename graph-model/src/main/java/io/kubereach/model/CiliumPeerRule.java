package io.kubereach.model;

import java.util.List;

/**
 * One item of {@code ingress}, {@code ingressDeny}, {@code egress} or {@code egressDeny}: a
 * connection matches when it comes from (goes to) one of the peers AND uses one of the ports.
 * Defaults are filled in: no L3 field but ports → every peer ({@link CiliumEntity#ALL}); no L3
 * field and no ports ({@code ingress: [{}]}) → no peer, so the rule matches nothing; an empty
 * list ({@code fromEndpoints: []}) → no peer.
 *
 * @param peers whom the rule is about; empty: nobody
 * @param ports the ports
 * @param authenticationRequired whether {@code authentication.mode: required} (mutual
 *        authentication) must also succeed
 * @param requires whether the rule has the deprecated {@code fromRequires}/{@code toRequires},
 *        which constrain every rule of the subject and are not evaluated
 */
public record CiliumPeerRule(List<CiliumPeer> peers, CiliumPorts ports, boolean authenticationRequired, boolean requires) {

    public CiliumPeerRule {
        peers = List.copyOf(peers);
    }

    /** Whether the rule can match a connection at all. */
    public boolean matchesSomething() {
        return !peers.isEmpty() && !(ports instanceof CiliumPorts.IcmpOnly);
    }
}
