package io.kubereach.engine;

import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.Optional;

/** The ports a rule's port entries admit toward one destination (rules 8, 14–16). */
public final class RulePorts {

    private RulePorts() {
    }

    /** What one port entry admits toward {@code destination}; a named port resolves on the destination pod only. */
    static ConnectionSet of(PolicyPort entry, Peer destination) {
        return of(entry, destination instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty());
    }

    private static ConnectionSet of(PolicyPort entry, Optional<Pod> destination) {
        PortSpec spec = entry.port();
        if (spec instanceof PortSpec.AnyPort) {
            return ConnectionSet.allOf(entry.protocol());
        }
        if (spec instanceof PortSpec.Range r) {
            return ConnectionSet.of(entry.protocol(), PortSet.range(r.from(), r.to()));
        }
        String name = ((PortSpec.Named) spec).name();
        // rule 16: a named port never matches an external address, nor a pod whose ports are not known
        return destination.map(pod -> of(pod, name, entry.protocol())).orElse(ConnectionSet.none());
    }

    private static ConnectionSet of(Pod pod, String name, Protocol protocol) {
        Optional<Integer> number = pod.namedPort(name, protocol);
        return number.map(n -> ConnectionSet.of(protocol, PortSet.of(n))).orElse(ConnectionSet.none());
    }

    /** What a whole rule admits toward {@code destination}, peers aside: the union of its entries, or everything. */
    static ConnectionSet of(PolicyRule rule, Peer destination) {
        return of(rule, destination instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty());
    }

    /**
     * What a whole rule admits toward a pod, or toward one not in the input (absent: its named
     * ports are unknown, so they admit nothing), peers aside.
     */
    public static ConnectionSet of(PolicyRule rule, Optional<Pod> destination) {
        if (rule.allPorts()) {
            return ConnectionSet.all();
        }
        ConnectionSet out = ConnectionSet.none();
        for (PolicyPort entry : rule.ports()) {
            out = out.union(of(entry, destination));
        }
        return out;
    }
}
