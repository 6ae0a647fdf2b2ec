package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.SourceGap;
import io.kubereach.model.WorkloadRef;
import io.kubereach.query.PolicyGaps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every allowed connection between workloads, and between workloads and the external address
 * ranges that policies tell apart, as netpol-analyzer's {@code list} reports them: a workload's
 * connection to itself and external-to-external are never listed; ranges are cut at the ipBlock
 * bounds of ingress rules (sources) and egress rules (destinations), and neighbours are not merged.
 *
 * <p>Where the source could not read the NetworkPolicies of a namespace (see {@link PolicyGaps}),
 * a connection with an end in it is unknown: what the list would show is only an upper bound,
 * so it is left out of {@link #connections()} and reported by {@link #unknown()} instead.
 */
public final class ConnectionList {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final WorkloadGroups workloads;
    private final Set<IpAddress> nodeAddresses = new HashSet<>();
    private final Set<String> disagreeing = new TreeSet<>();
    private final PolicyGaps gaps;
    private List<Connection> known;
    private Map<SourceGap, List<Connection>> unknown;

    /** A list over one snapshot, judged by an engine built with {@code options}. */
    public ConnectionList(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.workloads = WorkloadGroups.of(snapshot.pods(), options.ipBlocksMatchPodIps());
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
        this.gaps = new PolicyGaps(snapshot);
    }

    /**
     * Workloads whose pods the policies judge apart (their labels or ports differ and some
     * policy cares): their lines show only what every one of their pods may do, and this says so.
     */
    public List<String> warnings() {
        compute();
        return disagreeing.stream()
                .map(w -> "policies judge the pods of " + w + " differently (their labels or ports differ): its lines"
                        + " show what all of them may do; ask can-reach about single pods")
                .toList();
    }

    /** Every workload of the cluster, whether it has a connection or not, in name order. */
    public List<WorkloadRef> workloads() {
        return List.copyOf(workloads.representatives().keySet());
    }

    /** The connections known to be allowed, sorted as the connlist text is. */
    public List<Connection> connections() {
        compute();
        return known;
    }

    /**
     * The connections that would be allowed if the namespaces whose NetworkPolicies could not be
     * read had none, per gap (a connection between two such namespaces is under both); empty
     * when the source read every policy.
     */
    public Map<SourceGap, List<Connection>> unknown() {
        compute();
        return unknown;
    }

    private void compute() {
        if (known != null) {
            return;
        }
        List<Connection> all = all();
        List<Connection> certain = new ArrayList<>();
        Map<SourceGap, List<Connection>> uncertain = new LinkedHashMap<>();
        for (Connection c : all) {
            List<SourceGap> covering = new ArrayList<>();
            gapOf(c.source()).ifPresent(covering::add);
            gapOf(c.destination()).filter(g -> !covering.contains(g)).ifPresent(covering::add);
            if (covering.isEmpty()) {
                certain.add(c);
            }
            covering.forEach(g -> uncertain.computeIfAbsent(g, k -> new ArrayList<>()).add(c));
        }
        uncertain.replaceAll((g, list) -> List.copyOf(list));
        known = List.copyOf(certain);
        unknown = Collections.unmodifiableMap(uncertain);
    }

    /** The gap covering the namespace of a workload; none for an external range. */
    private Optional<SourceGap> gapOf(ConnectionEnd end) {
        return end.workload().flatMap(w -> gaps.covering(w.namespace()));
    }

    /** Every allowed connection, whether known or not, sorted. */
    private List<Connection> all() {
        List<Connection> out = new ArrayList<>();
        List<ConnectionEnd> ends = new ArrayList<>();
        List<List<Peer>> peers = new ArrayList<>();
        workloads.representatives().forEach((workload, pods) -> {
            ends.add(new ConnectionEnd.Workload(workload));
            peers.add(pods.stream().map(Peer::of).toList());
        });
        for (int from = 0; from < ends.size(); from++) {
            for (int to = 0; to < ends.size(); to++) {
                if (from != to) {
                    add(out, ends.get(from), ends.get(to), common(ends.get(from), peers.get(from), ends.get(to), peers.get(to)));
                }
            }
        }
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), Direction.INGRESS, false)) {
            List<Peer> outside = List.of(Peer.of(representative(range)));
            ConnectionEnd external = new ConnectionEnd.External(range);
            for (int to = 0; to < ends.size(); to++) {
                add(out, external, ends.get(to), common(external, outside, ends.get(to), peers.get(to)));
            }
        }
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), Direction.EGRESS, false)) {
            List<Peer> outside = List.of(Peer.of(representative(range)));
            ConnectionEnd external = new ConnectionEnd.External(range);
            for (int from = 0; from < ends.size(); from++) {
                add(out, ends.get(from), external, common(ends.get(from), peers.get(from), external, outside));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static void add(List<Connection> out, ConnectionEnd src, ConnectionEnd dst, ConnectionSet set) {
        if (!set.isEmpty()) {
            out.add(new Connection(src, dst, set));
        }
    }

    /**
     * What every source may open to every destination: the common part of their connection sets.
     * When the pods of a workload get different sets, the workload is noted as disagreeing.
     */
    private ConnectionSet common(ConnectionEnd source, List<Peer> sources, ConnectionEnd destination, List<Peer> destinations) {
        ConnectionSet first = null;
        ConnectionSet out = ConnectionSet.all();
        for (Peer s : sources) {
            for (Peer d : destinations) {
                ConnectionSet set = engine.allowed(s, d);
                if (first == null) {
                    first = set;
                } else if (!set.equals(first)) {
                    if (sources.size() > 1) {
                        disagreeing.add(source.toString());
                    }
                    if (destinations.size() > 1) {
                        disagreeing.add(destination.toString());
                    }
                }
                out = out.intersect(set);
            }
        }
        return out;
    }

    /**
     * An address that stands for its whole range: the first one that is not a node's own
     * address, so the pod-and-its-node exemption (rule 19) does not colour a whole range.
     */
    private IpAddress representative(ExternalRanges.Range range) {
        IpAddress a = range.first();
        for (int i = 0; i < 64 && nodeAddresses.contains(a) && a.compareTo(range.last()) < 0; i++) {
            a = a.next().orElse(a);
        }
        return a;
    }
}
