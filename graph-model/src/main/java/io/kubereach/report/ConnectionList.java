package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every allowed connection between workloads, and between workloads and the external address
 * ranges that policies tell apart, as netpol-analyzer's {@code list} reports them: a workload's
 * connection to itself and external-to-external are never listed; ranges are cut at the ipBlock
 * bounds of ingress rules (sources) and egress rules (destinations), and neighbours are not merged.
 */
public final class ConnectionList {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final WorkloadGroups workloads;
    private final Set<IpAddress> nodeAddresses = new HashSet<>();

    /** A list over one snapshot, judged by an engine built with {@code options}. */
    public ConnectionList(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.workloads = WorkloadGroups.of(snapshot.pods(), options.ipBlocksMatchPodIps());
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
    }

    /** The allowed connections, sorted as the connlist text is. */
    public List<Connection> connections() {
        List<Connection> out = new ArrayList<>();
        List<Map.Entry<WorkloadRef, List<Pod>>> groups = new ArrayList<>(workloads.representatives().entrySet());
        for (var from : groups) {
            for (var to : groups) {
                if (!from.getKey().equals(to.getKey())) {
                    add(out, from.getKey().toString(), to.getKey().toString(), between(from.getValue(), to.getValue()));
                }
            }
        }
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), Direction.INGRESS, false)) {
            Peer outside = Peer.of(representative(range));
            for (var to : groups) {
                add(out, external(range), to.getKey().toString(), fromOutside(outside, to.getValue()));
            }
        }
        for (ExternalRanges.Range range : ExternalRanges.cut(snapshot.policies(), Direction.EGRESS, false)) {
            Peer outside = Peer.of(representative(range));
            for (var from : groups) {
                add(out, from.getKey().toString(), external(range), toOutside(from.getValue(), outside));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static void add(List<Connection> out, String src, String dst, ConnectionSet set) {
        if (!set.isEmpty()) {
            out.add(new Connection(src, dst, set));
        }
    }

    private static String external(ExternalRanges.Range range) {
        return range + "[External]";
    }

    /** What every pod of one workload may open to every pod of another (their common part). */
    private ConnectionSet between(List<Pod> sources, List<Pod> destinations) {
        ConnectionSet out = ConnectionSet.all();
        for (Pod s : sources) {
            for (Pod d : destinations) {
                out = out.intersect(engine.allowed(Peer.of(s), Peer.of(d)));
                if (out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }

    private ConnectionSet fromOutside(Peer outside, List<Pod> destinations) {
        ConnectionSet out = ConnectionSet.all();
        for (Pod d : destinations) {
            out = out.intersect(engine.allowed(outside, Peer.of(d)));
        }
        return out;
    }

    private ConnectionSet toOutside(List<Pod> sources, Peer outside) {
        ConnectionSet out = ConnectionSet.all();
        for (Pod s : sources) {
            out = out.intersect(engine.allowed(Peer.of(s), outside));
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
