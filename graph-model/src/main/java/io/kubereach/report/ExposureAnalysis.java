package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.ExternalRanges;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the {@link Exposure} of every workload with the engine: its pods against one
 * address of each outside range the policies cut (ingress ranges as sources, egress ranges as
 * destinations), and against a stranger: a pod with no labels in a namespace that does not
 * exist, whom only a rule admitting every namespace and every pod admits.
 */
public final class ExposureAnalysis {

    /** The stranger's namespace: no cluster has it, so no namespace selector names it but an empty one. */
    static final String NOWHERE = "kubereach-any-namespace";
    private static final Pod STRANGER = new Pod(NOWHERE, "any-pod", Map.of(), List.of(), Optional.empty(),
            new WorkloadRef(NOWHERE, "Pod", "any-pod"), false, List.of(), true);

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final Set<IpAddress> nodeAddresses = new HashSet<>();

    public ExposureAnalysis(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        this.snapshot = snapshot;
        this.engine = engine;
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
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
            ConnectionSet c = common(pods, Peer.of(representative(r)), true, unknown);
            if (!c.isEmpty()) {
                toOutside.add(new Exposure.RangeConnections(r, c));
            }
        }
        List<Exposure.RangeConnections> fromOutside = new ArrayList<>();
        for (ExternalRanges.Range r : sources) {
            ConnectionSet c = common(pods, Peer.of(representative(r)), false, unknown);
            if (!c.isEmpty()) {
                fromOutside.add(new Exposure.RangeConnections(r, c));
            }
        }
        ConnectionSet toAll = common(pods, Peer.of(STRANGER), true, unknown);
        ConnectionSet fromAll = common(pods, Peer.of(STRANGER), false, unknown);
        Pod first = pods.get(0);
        boolean ingress = isolated(Peer.of(STRANGER), Peer.of(first), Direction.INGRESS);
        boolean egress = isolated(Peer.of(first), Peer.of(STRANGER), Direction.EGRESS);
        return new Exposure(workload, toOutside, fromOutside, toAll, fromAll, ingress, egress, unknown[0]);
    }

    /** What every pod may open to {@code other} ({@code outgoing}) or accept from it; notes what cannot be judged. */
    private ConnectionSet common(List<Pod> pods, Peer other, boolean outgoing, boolean[] unknown) {
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
