package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * What one side decides, from the index: egress at a source class, or ingress at a destination
 * class, toward a remote end that is a pod class or an address range. The remote end is given
 * as a {@link Remote} kind and an id, so the hot paths allocate nothing but their answers.
 * Immutable and so safe for any number of threads.
 */
final class IndexedSides {

    /** What the id of the remote end numbers. */
    enum Remote {
        /** A pod class of the {@link PodClassIndex}. */
        POD_CLASS,
        /** An address range of the {@link AddressRanges}. */
        ADDRESS_RANGE
    }

    private final PodClassIndex classes;
    private final ClassIsolation isolation;

    IndexedSides(PodClassIndex classes, ClassIsolation isolation) {
        this.classes = classes;
        this.isolation = isolation;
    }

    /**
     * Every connection the side allows: all when no policy isolates the judged class (rule 1),
     * else the union of the ports of every rule that matches the remote end (rule 4).
     *
     * @param direction egress (judged = source) or ingress (judged = destination)
     * @param judged the class whose policies decide
     * @param kind what the remote end is
     * @param remote the remote end's class or range
     */
    ConnectionSet allowed(Direction direction, int judged, Remote kind, int remote) {
        if (!isolation.isolated(direction, judged)) {
            return ConnectionSet.all();
        }
        IndexedRule[] rules = isolation.rules(direction, judged);
        int destination = destinationClass(direction, judged, kind, remote);
        ConnectionSet out = ConnectionSet.none();
        for (IndexedRule rule : rules) {
            boolean matches = kind == Remote.POD_CLASS ? rule.matchesClass(remote) : rule.matchesRange(remote);
            if (matches) {
                out = out.union(destination >= 0 ? rule.ports().toward(classes.get(destination)) : rule.ports().towardExternal());
                if (out.isAll()) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The side's verdict on one (protocol, port): the isolating policies in snapshot order and
     * every rule that admits the connection, with its first matching peer and port entry.
     */
    SideVerdict explain(Direction direction, int judged, Remote kind, int remote, Protocol protocol, int port) {
        List<PolicyIndex.IndexedPolicy> policies = isolation.policies(direction, judged);
        if (policies.isEmpty()) {
            return SideVerdict.notIsolated(direction);
        }
        int destination = destinationClass(direction, judged, kind, remote);
        List<RuleAdmission> admissions = new ArrayList<>();
        for (IndexedRule rule : isolation.rules(direction, judged)) {
            int peer = -1;
            if (!rule.allPeers()) {
                peer = kind == Remote.POD_CLASS ? rule.firstPeerMatchingClass(remote) : rule.firstPeerMatchingRange(remote);
            }
            int entry = -1;
            if (!rule.ports().allPorts()) {
                entry = destination >= 0
                        ? rule.ports().firstMatch(protocol, port, classes.get(destination))
                        : rule.ports().firstMatchExternal(protocol, port);
            }
            if ((rule.allPeers() || peer >= 0) && (rule.ports().allPorts() || entry >= 0)) {
                admissions.add(new RuleAdmission(rule.policy(), rule.index(), peer, entry));
            }
        }
        List<String> names = new ArrayList<>(policies.size());
        policies.forEach(p -> names.add(p.name()));
        return new SideVerdict(direction, SideVerdict.Status.ISOLATED, names, admissions);
    }

    /** The class named ports resolve on: always the destination (rule 16); -1 when it is an address. */
    private static int destinationClass(Direction direction, int judged, Remote kind, int remote) {
        if (direction == Direction.INGRESS) {
            return judged;
        }
        return kind == Remote.POD_CLASS ? remote : -1;
    }
}
