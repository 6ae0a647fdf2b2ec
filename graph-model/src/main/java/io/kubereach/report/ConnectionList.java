package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Reach;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Uncertainty;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every allowed connection between workloads, and between workloads and the external address
 * ranges that policies tell apart, as netpol-analyzer's {@code list} reports them: a workload's
 * connection to itself and external-to-external are never listed; ranges are cut at the ipBlock
 * bounds of ingress rules (sources) and egress rules (destinations), and neighbours are not merged.
 *
 * <p>A connection the engine cannot judge (policies the source could not read, domain names,
 * policies of one priority that disagree) is never listed as allowed: it is left out of
 * {@link #connections()} and reported by {@link #unknown()} instead, under each reason.
 */
public final class ConnectionList {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final WorkloadGroups workloads;
    private final Set<IpAddress> nodeAddresses = new HashSet<>();
    private final Set<String> disagreeing = new TreeSet<>();
    private List<Connection> known;
    private Map<Uncertainty, List<Connection>> unknown;

    /** A list over one snapshot, judged by an engine built with {@code options}. */
    public ConnectionList(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.workloads = WorkloadGroups.of(snapshot.pods(), options.ipBlocksMatchPodIps());
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
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
     * The connections that may be allowed but cannot be judged, under each reason (a connection
     * with several reasons is under each); empty when everything could be judged.
     */
    public Map<Uncertainty, List<Connection>> unknown() {
        compute();
        return unknown;
    }

    private void compute() {
        if (known != null) {
            return;
        }
        List<Connection> certain = new ArrayList<>();
        Map<Uncertainty, List<Connection>> uncertain = new LinkedHashMap<>();
        for (Judged j : all()) {
            if (!j.allowed().isEmpty()) {
                certain.add(new Connection(j.src(), j.dst(), j.allowed()));
            }
            if (!j.unknown().isEmpty()) {
                Connection c = new Connection(j.src(), j.dst(), j.unknown());
                reasons(j).forEach(u -> uncertain.computeIfAbsent(u, k -> new ArrayList<>()).add(c));
            }
        }
        sort(certain);
        uncertain.replaceAll((u, list) -> {
            List<Connection> sorted = new ArrayList<>(list);
            sort(sorted);
            return List.copyOf(sorted);
        });
        known = List.copyOf(certain);
        unknown = Collections.unmodifiableMap(uncertain);
    }

    /**
     * One pair of the list with what all of its pod pairs may open.
     *
     * @param src the source as the list writes it
     * @param dst the destination as the list writes it
     * @param sources the source's peers
     * @param destinations the destination's peers
     * @param allowed what every pod pair is known to be allowed to open
     * @param unknown what every pod pair may be allowed to open, and not all are known to be
     */
    private record Judged(ConnectionEnd src, ConnectionEnd dst, List<Peer> sources, List<Peer> destinations, ConnectionSet allowed,
            ConnectionSet unknown) {
    }

    /** Sorts in the order of {@link Connection#compareTo}, each end's text made once instead of at every comparison. */
    private static void sort(List<Connection> connections) {
        Map<ConnectionEnd, String> text = new HashMap<>();
        connections.sort(Comparator.comparing((Connection c) -> text.computeIfAbsent(c.source(), Object::toString))
                .thenComparing(c -> text.computeIfAbsent(c.destination(), Object::toString)));
    }

    /** Why a pair's unknown connections are unknown: the engine's reasons for its first unknown port. */
    private List<Uncertainty> reasons(Judged j) {
        Protocol protocol = j.unknown().byProtocol().keySet().iterator().next();
        int port = j.unknown().ports(protocol).intervals().get(0)[0];
        for (Peer s : j.sources()) {
            for (Peer d : j.destinations()) {
                Verdict v = engine.verdict(s, d, protocol, port);
                if (v.unknown()) {
                    return v.uncertainties();
                }
            }
        }
        return List.of();
    }

    /** Every pair that may be allowed something, known or not. */
    private List<Judged> all() {
        List<Judged> out = new ArrayList<>();
        List<ConnectionEnd> names = new ArrayList<>();
        List<List<Peer>> peers = new ArrayList<>();
        workloads.representatives().forEach((workload, pods) -> {
            names.add(new ConnectionEnd.Workload(workload));
            peers.add(pods.stream().map(Peer::of).toList());
        });
        for (int from = 0; from < names.size(); from++) {
            for (int to = 0; to < names.size(); to++) {
                if (from != to) {
                    add(out, names.get(from), peers.get(from), names.get(to), peers.get(to));
                }
            }
        }
        for (boolean v6 : families()) {
            for (ExternalRanges.Range range : ExternalRanges.cut(snapshot, Direction.INGRESS, v6)) {
                List<Peer> outside = List.of(Peer.of(representative(range)));
                for (int to = 0; to < names.size(); to++) {
                    add(out, new ConnectionEnd.External(range), outside, names.get(to), peers.get(to));
                }
            }
            for (ExternalRanges.Range range : ExternalRanges.cut(snapshot, Direction.EGRESS, v6)) {
                List<Peer> outside = List.of(Peer.of(representative(range)));
                for (int from = 0; from < names.size(); from++) {
                    add(out, names.get(from), peers.get(from), new ConnectionEnd.External(range), outside);
                }
            }
        }
        addIngressController(out, names, peers);
        return out;
    }

    /**
     * The address families whose outside ranges are listed: IPv4 always (as netpol-analyzer lists
     * it), IPv6 too once any policy names an IPv6 block, so that its ranges are never dropped
     * while can-reach judges them.
     */
    private List<Boolean> families() {
        return ExternalRanges.usesV6(snapshot) ? List.of(false, true) : List.of(false);
    }

    /**
     * The connections from {@code {ingress-controller}}: what entry points lead to on each
     * workload, cut by what the policies admit from the controller's stand-in.
     */
    private void addIngressController(List<Judged> out, List<ConnectionEnd> names, List<List<Peer>> peers) {
        IngressControllerConnections entries = new IngressControllerConnections(snapshot);
        if (entries.isEmpty()) {
            return;
        }
        ConnectionEnd controller = new ConnectionEnd.IngressController();
        List<Peer> standIn = List.of(Peer.of(IngressControllerConnections.STAND_IN));
        List<List<Pod>> pods = List.copyOf(workloads.representatives().values());
        for (int to = 0; to < names.size(); to++) {
            ConnectionSet opened = entries.toAll(pods.get(to));
            if (!opened.isEmpty()) {
                add(out, controller, standIn, names.get(to), peers.get(to), opened);
            }
        }
    }

    private void add(List<Judged> out, ConnectionEnd src, List<Peer> sources, ConnectionEnd dst, List<Peer> destinations) {
        add(out, src, sources, dst, destinations, ConnectionSet.all());
    }

    /** Adds a pair when its peers may open something within {@code within}. */
    private void add(List<Judged> out, ConnectionEnd src, List<Peer> sources, ConnectionEnd dst, List<Peer> destinations,
            ConnectionSet within) {
        Reach common = common(src, sources, dst, destinations);
        ConnectionSet allowed = common.allowed().intersect(within);
        ConnectionSet unknown = common.unknown().intersect(within);
        if (!allowed.isEmpty() || !unknown.isEmpty()) {
            out.add(new Judged(src, dst, sources, destinations, allowed, unknown));
        }
    }

    /**
     * What every source may open to every destination: the common part of their connection sets
     * (known to be allowed for all of them; may be allowed for all, and not known for all). When
     * the pods of a workload get different answers, the workload is noted as disagreeing.
     */
    private Reach common(ConnectionEnd source, List<Peer> sources, ConnectionEnd destination, List<Peer> destinations) {
        if (sources.size() == 1 && destinations.size() == 1) {
            return engine.reach(sources.get(0), destinations.get(0)); // one pod pair: its own answer (most pairs)
        }
        Reach first = null;
        ConnectionSet allowed = ConnectionSet.all();
        ConnectionSet possible = ConnectionSet.all();
        for (Peer s : sources) {
            for (Peer d : destinations) {
                Reach reach = engine.reach(s, d);
                if (first == null) {
                    first = reach;
                } else if (!reach.allowed().equals(first.allowed()) || !reach.unknown().equals(first.unknown())) {
                    if (sources.size() > 1) {
                        disagreeing.add(source.toString());
                    }
                    if (destinations.size() > 1) {
                        disagreeing.add(destination.toString());
                    }
                }
                allowed = allowed.intersect(reach.allowed());
                possible = possible.intersect(reach.allowed().union(reach.unknown()));
            }
        }
        return new Reach(allowed, possible.minus(allowed), ConnectionSet.none());
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
