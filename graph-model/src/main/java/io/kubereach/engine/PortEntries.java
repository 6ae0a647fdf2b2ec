package io.kubereach.engine;

import io.kubereach.model.AdminPort;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The port entries of one rule, prepared once: numbers and ranges folded into one set, named
 * entries kept to be resolved on each destination class (rules 8, 14–16). A NetworkPolicy names a
 * port with its protocol; a cluster-wide policy by name alone, the protocol being the container
 * port's. Immutable.
 */
final class PortEntries {

    private static final PortEntries ALL_PORTS = new PortEntries(List.of());

    /**
     * One entry: a fixed set, or a name resolved on the destination.
     *
     * @param fixed what it admits whatever the destination; nothing for a named entry
     * @param name the port name, empty for a fixed entry
     * @param protocol the protocol the name must be declared with; empty for any (a cluster-wide policy's)
     */
    private record Entry(ConnectionSet fixed, Optional<String> name, Optional<Protocol> protocol) {
    }

    private final List<Entry> entries;
    private final ConnectionSet fixedUnion;
    private final boolean hasNamed;

    private PortEntries(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        ConnectionSet union = ConnectionSet.none();
        boolean anyNamed = false;
        for (Entry e : entries) {
            union = union.union(e.fixed());
            anyNamed |= e.name().isPresent();
        }
        this.fixedUnion = entries.isEmpty() ? ConnectionSet.all() : union;
        this.hasNamed = anyNamed;
    }

    /** The entries of a NetworkPolicy rule; an empty list admits every port of every protocol (rule 8). */
    static PortEntries of(List<PolicyPort> ports) {
        if (ports.isEmpty()) {
            return ALL_PORTS;
        }
        List<Entry> out = new ArrayList<>();
        for (PolicyPort entry : ports) {
            if (entry.port() instanceof PortSpec.Named n) {
                out.add(new Entry(ConnectionSet.none(), Optional.of(n.name()), Optional.of(entry.protocol())));
            } else {
                ConnectionSet fixed = entry.port() instanceof PortSpec.Range r
                        ? ConnectionSet.of(entry.protocol(), PortSet.range(r.from(), r.to()))
                        : ConnectionSet.allOf(entry.protocol()); // rule 14: a protocol with no port is all its ports
                out.add(new Entry(fixed, Optional.empty(), Optional.empty()));
            }
        }
        return new PortEntries(out);
    }

    /** The entries of a cluster-wide policy's rule; an empty list matches every port of every protocol. */
    static PortEntries ofAdmin(List<AdminPort> ports) {
        if (ports.isEmpty()) {
            return ALL_PORTS;
        }
        List<Entry> out = new ArrayList<>();
        for (AdminPort entry : ports) {
            if (entry instanceof AdminPort.Numbers n) {
                out.add(new Entry(ConnectionSet.of(n.protocol(), PortSet.range(n.from(), n.to())), Optional.empty(), Optional.empty()));
            } else {
                out.add(new Entry(ConnectionSet.none(), Optional.of(((AdminPort.Named) entry).name()), Optional.empty()));
            }
        }
        return new PortEntries(out);
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
        for (Entry e : entries) {
            if (e.name().isPresent()) {
                out = out.union(resolve(e, destination));
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
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ConnectionSet admitted = e.name().isPresent() ? resolve(e, destination) : e.fixed();
            if (admitted.contains(protocol, port)) {
                return i;
            }
        }
        return -1;
    }

    /** The first entry that admits the port toward an address outside the cluster, or -1. */
    int firstMatchExternal(Protocol protocol, int port) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).fixed().contains(protocol, port)) { // a named entry admits nothing here
                return i;
            }
        }
        return -1;
    }

    /** A named entry on a class; no such container port: the entry admits nothing (rule 16). */
    private static ConnectionSet resolve(Entry e, PodClass destination) {
        String name = e.name().orElseThrow();
        if (e.protocol().isPresent()) {
            int number = destination.namedPort(name, e.protocol().get());
            return number < 0 ? ConnectionSet.none() : ConnectionSet.of(e.protocol().get(), PortSet.of(number));
        }
        Optional<ContainerPort> port = destination.namedPort(name);
        return port.map(p -> ConnectionSet.of(p.protocol(), PortSet.of(p.number()))).orElse(ConnectionSet.none());
    }
}
