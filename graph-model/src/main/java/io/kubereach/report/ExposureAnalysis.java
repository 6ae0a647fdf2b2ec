package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Reach;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.SideVerdict;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out the {@link Exposure} of every workload with the engine: its pods against one
 * address of each outside range the policies cut (ingress ranges as sources, egress ranges as
 * destinations), against the {@link Strangers} that stand for any pod of any namespace, and
 * against the {@link RepresentativePeers} NetworkPolicy rules name.
 */
public final class ExposureAnalysis {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final Set<IpAddress> nodeAddresses = new HashSet<>();
    private final RepresentativePeers representatives;
    private final Strangers strangers;
    private final UninferredPolicies uninferred;

    /** With the engine the snapshot's default options make, for the strangers that need namespaces of their own. */
    public ExposureAnalysis(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        this(snapshot, engine, s -> new IndexedEngine(s, EngineOptions.DEFAULTS));
    }

    /** {@code engines} makes an engine like {@code engine} for the snapshot with the strangers' namespaces added, when they need it. */
    public ExposureAnalysis(ClusterSnapshot snapshot, ReachabilityEngine engine, Function<ClusterSnapshot, ReachabilityEngine> engines) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.strangers = new Strangers(snapshot, engine, engines);
        this.representatives = new RepresentativePeers(snapshot);
        this.uninferred = new UninferredPolicies(snapshot);
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
    }

    /** The exposure of every workload of the snapshot, all of its pods judged, by namespace and name. */
    public List<Exposure> ofEveryWorkload() {
        Map<WorkloadRef, List<Pod>> workloads = new java.util.TreeMap<>();
        snapshot.pods().forEach(p -> workloads.computeIfAbsent(p.owner(), w -> new ArrayList<>()).add(p));
        return of(workloads);
    }

    /** The exposure of each workload given as its pods (all of them, or one per kind), in the order given. */
    public List<Exposure> of(Map<WorkloadRef, List<Pod>> workloads) {
        List<ExternalRanges.Range> sources = ExternalRanges.cut(snapshot, Direction.INGRESS, false);
        List<ExternalRanges.Range> destinations = ExternalRanges.cut(snapshot, Direction.EGRESS, false);
        List<Exposure> out = new ArrayList<>();
        workloads.forEach((workload, pods) -> out.add(of(workload, pods, sources, destinations)));
        return out;
    }

    private Exposure of(WorkloadRef workload, List<Pod> pods, List<ExternalRanges.Range> sources, List<ExternalRanges.Range> destinations) {
        boolean[] unknown = {false};
        List<Exposure.RangeConnections> toOutside = new ArrayList<>();
        for (ExternalRanges.Range r : destinations) {
            ConnectionSet c = common(engine, pods, Peer.of(representative(r)), true, unknown);
            if (!c.isEmpty()) {
                toOutside.add(new Exposure.RangeConnections(r, c));
            }
        }
        List<Exposure.RangeConnections> fromOutside = new ArrayList<>();
        for (ExternalRanges.Range r : sources) {
            ConnectionSet c = common(engine, pods, Peer.of(representative(r)), false, unknown);
            if (!c.isEmpty()) {
                fromOutside.add(new Exposure.RangeConnections(r, c));
            }
        }
        ConnectionSet toAll = ConnectionSet.all();
        ConnectionSet fromAll = ConnectionSet.all();
        for (Peer stranger : strangers.peers()) {
            toAll = toAll.intersect(common(strangers.engine(), pods, stranger, true, unknown));
            fromAll = fromAll.intersect(common(strangers.engine(), pods, stranger, false, unknown));
        }
        PotentialConnections toEveryNamespace = withNames(toAll, pods, Direction.EGRESS);
        PotentialConnections fromEveryNamespace = withNames(fromAll, pods, Direction.INGRESS);
        Pod first = pods.get(0);
        Peer plain = Peer.of(Strangers.PLAIN);
        boolean ingress = isolated(plain, Peer.of(first), Direction.INGRESS) || representatives.protects(first, Direction.INGRESS);
        boolean egress = isolated(Peer.of(first), plain, Direction.EGRESS) || representatives.protects(first, Direction.EGRESS);
        return new Exposure(workload, toOutside, fromOutside, selectors(pods, Direction.EGRESS, toEveryNamespace),
                selectors(pods, Direction.INGRESS, fromEveryNamespace), toEveryNamespace, fromEveryNamespace, ingress, egress, unknown[0],
                uninferred.applyingTo(first, Direction.EGRESS), uninferred.applyingTo(first, Direction.INGRESS));
    }

    /**
     * What the engine found for the entire cluster, with the named ports the pods' own rules give
     * toward it: the engine resolves a name on the destination's containers, which the entire
     * cluster has none of, so those stay names (as netpol-analyzer writes them).
     */
    private PotentialConnections withNames(ConnectionSet numbers, List<Pod> pods, Direction direction) {
        PotentialConnections out = PotentialConnections.of(ConnectionSet.all());
        for (Pod pod : pods) {
            out = out.intersect(representatives.entireCluster(pod, direction));
        }
        return new PotentialConnections(numbers, out.names());
    }

    /**
     * What every pod may exchange with each representative in one direction where it differs from
     * what the entire cluster gets (netpol-analyzer lists a representative only then: with more, or
     * with less when a Deny rule names it, even nothing).
     */
    private List<Exposure.SelectorConnections> selectors(List<Pod> pods, Direction direction, PotentialConnections entireCluster) {
        Map<RepresentativePeer, PotentialConnections> common = new LinkedHashMap<>(representatives.of(pods.get(0), direction));
        for (Pod pod : pods.subList(1, pods.size())) {
            Map<RepresentativePeer, PotentialConnections> each = representatives.of(pod, direction);
            common.replaceAll((peer, c) -> c.intersect(each.getOrDefault(peer, PotentialConnections.none())));
        }
        List<Exposure.SelectorConnections> out = new ArrayList<>();
        common.forEach((peer, c) -> {
            if (!c.equals(entireCluster) && !(c.isEmpty() && entireCluster.isEmpty())) {
                out.add(new Exposure.SelectorConnections(peer, c));
            }
        });
        return out;
    }

    /** What every pod may open to {@code other} ({@code outgoing}) or accept from it; notes what cannot be judged. */
    private static ConnectionSet common(ReachabilityEngine engine, List<Pod> pods, Peer other, boolean outgoing, boolean[] unknown) {
        ConnectionSet out = ConnectionSet.all();
        for (Pod pod : pods) {
            Reach reach = outgoing ? engine.reach(Peer.of(pod), other) : engine.reach(other, Peer.of(pod));
            out = out.intersect(reach.allowed());
            unknown[0] |= !reach.unknown().isEmpty();
        }
        return out;
    }

    /** Whether NetworkPolicies isolate the judged side of a probe connection. */
    private boolean isolated(Peer src, Peer dst, Direction direction) {
        var v = engine.verdict(src, dst, Protocol.TCP, 1);
        SideVerdict side = direction == Direction.INGRESS ? v.ingress() : v.egress();
        return side.status() == SideVerdict.Status.ISOLATED;
    }

    /** The range's first address that is no node's own (the pod-and-its-node exemption, rule 19, would colour the range). */
    private IpAddress representative(ExternalRanges.Range range) {
        IpAddress a = range.first();
        for (int i = 0; i < 64 && nodeAddresses.contains(a) && a.compareTo(range.last()) < 0; i++) {
            a = a.next().orElse(a);
        }
        return a;
    }
}
