package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminRule;
import io.kubereach.model.RuleAction;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a cluster-wide policy with its peers evaluated into bit sets: a connection matches
 * when it matches one peer AND one port entry. A {@code domainNames} peer only may match (an
 * address outside the cluster), which leaves what it decides unknown. Immutable.
 */
final class IndexedAdminRule {

    private final int index;
    private final AdminRule rule;
    private final List<PeerBits> peers;
    private final boolean[] maybe;
    private final PeerBits certainAny;
    private final PeerBits maybeAny;
    private final PortEntries ports;

    /**
     * A rule ready to be matched.
     *
     * @param index the rule's position in its policy's ingress or egress list
     * @param rule the rule
     * @param peers whom each peer item matches, in the rule's order
     */
    IndexedAdminRule(int index, AdminRule rule, List<PeerBits> peers) {
        this.index = index;
        this.rule = rule;
        this.peers = List.copyOf(peers);
        this.maybe = new boolean[peers.size()];
        PeerBits certain = PeerBits.NOBODY;
        PeerBits may = PeerBits.NOBODY;
        for (int i = 0; i < peers.size(); i++) {
            maybe[i] = rule.peers().get(i) instanceof AdminPeer.DomainNames;
            if (maybe[i]) {
                may = may.or(peers.get(i));
            } else {
                certain = certain.or(peers.get(i));
            }
        }
        this.certainAny = certain;
        this.maybeAny = may;
        this.ports = PortEntries.ofAdmin(rule.ports());
    }

    int index() {
        return index;
    }

    String name() {
        return rule.name();
    }

    RuleAction action() {
        return rule.action();
    }

    PortEntries ports() {
        return ports;
    }

    /** Whom the rule tests the remote end against in {@link #certainly} and {@link #maybe}. */
    List<PeerBits> remote() {
        return List.of(certainAny, maybeAny);
    }

    /** Whether some peer certainly matches the remote end (a class when {@code pod}, else a range). */
    boolean certainly(boolean pod, int remote) {
        return pod ? certainAny.matchesClass(remote) : certainAny.matchesRange(remote);
    }

    /** Whether some peer may match the remote end, and none certainly does. */
    boolean maybe(boolean pod, int remote) {
        return !certainly(pod, remote) && (pod ? maybeAny.matchesClass(remote) : maybeAny.matchesRange(remote));
    }

    /** The first peer that certainly matches, else the first that may; -1 when none. */
    int firstPeer(boolean pod, int remote) {
        int may = -1;
        for (int i = 0; i < peers.size(); i++) {
            boolean hit = pod ? peers.get(i).matchesClass(remote) : peers.get(i).matchesRange(remote);
            if (hit && !maybe[i]) {
                return i;
            }
            if (hit && may < 0) {
                may = i;
            }
        }
        return may;
    }

    /** Whether the peer at this index only may match (domain names). */
    boolean onlyMaybe(int peer) {
        return maybe[peer];
    }

    /** The domain names of the peer at this index, when it is one. */
    Optional<List<String>> domainNames(int peer) {
        return rule.peers().get(peer) instanceof AdminPeer.DomainNames d ? Optional.of(d.names()) : Optional.empty();
    }
}
