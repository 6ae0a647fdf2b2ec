package io.kubereach.engine;

import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.List;

/**
 * The {@code ports} of one rule, prepared once: numbers and ranges folded into one set, named
 * entries kept to be resolved on each destination class (rules 8, 14–16). Immutable.
 */
final class PortEntries {

    private static final PortEntries ALL_PORTS = new PortEntries(List.of());

    private final List<PolicyPort> entries;
    /** Whether each entry is a named port, resolved per destination. */
    private final boolean[] named;
    /** What each entry admits whatever the destination; nothing for a named entry. */
    private final ConnectionSet[] fixed;
    private final ConnectionSet fixedUnion;
    private final boolean hasNamed;

    private PortEntries(List<PolicyPort> entries) {
        this.entries = List.copyOf(entries);
        this.named = new boolean[entries.size()];
        this.fixed = new ConnectionSet[entries.size()];
        ConnectionSet union = ConnectionSet.none();
        boolean anyNamed = false;
        for (int i = 0; i < fixed.length; i++) {
            PolicyPort entry = entries.get(i);
            if (entry.port() instanceof PortSpec.Named) {
                named[i] = true;
                fixed[i] = ConnectionSet.none();
                anyNamed = true;
            } else {
                fixed[i] = entry.port() instanceof PortSpec.Range r
                        ? ConnectionSet.of(entry.protocol(), PortSet.range(r.from(), r.to()))
                        : ConnectionSet.allOf(entry.protocol()); // rule 14: a protocol with no port is all its ports
                union = union.union(fixed[i]);
            }
        }
        this.fixedUnion = entries.isEmpty() ? ConnectionSet.all() : union;
        this.hasNamed = anyNamed;
    }

    /** The entries of a rule; an empty list admits every port of every protocol (rule 8). */
    static PortEntries of(List<PolicyPort> entries) {
        return entries.isEmpty() ? ALL_PORTS : new PortEntries(entries);
    }

    /** Whether the rule names no port and so admits every port. */
    boolean allPorts() {
        return entries.isEmpty();
    }

    /** What the entries admit toward a pod of this class: named ports resolve on it (rule 16). */
    ConnectionSet toward(PodClass destination) {
        if (!hasNamed) {
            return fixedUnion;
        }
        ConnectionSet out = fixedUnion;
        for (int i = 0; i < fixed.length; i++) {
            if (named[i]) {
                out = out.union(resolve(i, destination));
            }
        }
        return out;
    }

    /** What the entries admit toward an address outside the cluster: a named port never matches one (rule 16). */
    ConnectionSet towardExternal() {
        return fixedUnion;
    }

    /** The first entry that admits the port toward a pod of this class, or -1. */
    int firstMatch(Protocol protocol, int port, PodClass destination) {
        for (int i = 0; i < fixed.length; i++) {
            ConnectionSet admitted = named[i] ? resolve(i, destination) : fixed[i];
            if (admitted.contains(protocol, port)) {
                return i;
            }
        }
        return -1;
    }

    /** The first entry that admits the port toward an address outside the cluster, or -1. */
    int firstMatchExternal(Protocol protocol, int port) {
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i].contains(protocol, port)) { // a named entry admits nothing here
                return i;
            }
        }
        return -1;
    }

    private ConnectionSet resolve(int i, PodClass destination) {
        PolicyPort entry = entries.get(i);
        int number = destination.namedPort(((PortSpec.Named) entry.port()).name(), entry.protocol());
        // no such container port: the entry admits nothing, and the pod stays isolated (rule 16)
        return number < 0 ? ConnectionSet.none() : ConnectionSet.of(entry.protocol(), PortSet.of(number));
    }
}
