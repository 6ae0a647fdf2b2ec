package io.kubereach.diff;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.PortSet;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionEnd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A small language for the two sides of a diff in tests: workloads, outside ranges and connections, no engine. */
final class Sides {

    private Sides() {
    }

    /** The Deployment {@code ns/name}. */
    static ConnectionEnd.Workload workload(String namespacedName) {
        String[] parts = namespacedName.split("/");
        return new ConnectionEnd.Workload(new WorkloadRef(parts[0], "Deployment", parts[1]));
    }

    /** The outside addresses {@code first} to {@code last}. */
    static ConnectionEnd.External outside(String first, String last) {
        return new ConnectionEnd.External(new ExternalRanges.Range(IpAddress.of(first), IpAddress.of(last)));
    }

    static ConnectionSet tcp(int... ports) {
        PortSet set = PortSet.none();
        for (int p : ports) {
            set = set.union(PortSet.of(p));
        }
        return ConnectionSet.of(Protocol.TCP, set);
    }

    static Connection allowed(ConnectionEnd from, ConnectionEnd to, ConnectionSet set) {
        return new Connection(from, to, set);
    }

    /** One side under construction: its workloads, known connections and unknown ones. */
    static final class Side {
        private final Set<WorkloadRef> workloads = new LinkedHashSet<>();
        private final List<Connection> known = new ArrayList<>();
        private final List<Connection> unknown = new ArrayList<>();

        /** Workloads that exist, connected or not. */
        Side with(ConnectionEnd.Workload... ends) {
            for (ConnectionEnd.Workload w : ends) {
                workloads.add(w.ref());
            }
            return this;
        }

        /** A known connection; its workload ends exist. */
        Side allows(ConnectionEnd from, ConnectionEnd to, ConnectionSet set) {
            register(from, to);
            known.add(allowed(from, to, set));
            return this;
        }

        /** A connection that may be allowed: its namespace's policies could not be read. */
        Side mayAllow(ConnectionEnd from, ConnectionEnd to, ConnectionSet set) {
            register(from, to);
            unknown.add(allowed(from, to, set));
            return this;
        }

        private void register(ConnectionEnd... ends) {
            for (ConnectionEnd e : ends) {
                e.workload().ifPresent(workloads::add);
            }
        }

        Connectivity build() {
            return new Connectivity(known, unknown, workloads);
        }
    }

    static Side side() {
        return new Side();
    }

    static ConnectivityDiff diff(Side before, Side after) {
        return ConnectivityDiff.between(before.build(), after.build());
    }
}
