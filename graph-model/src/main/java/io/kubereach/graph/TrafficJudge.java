package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.Reach;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.SideFacts;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges a pair of traffic ends with the engine, and decides whether the pair earns an edge in
 * the default picture (which must never become a hairball).
 */
final class TrafficJudge {

    /** How many served ports a blocked pair is probed on for a half-admitted connection. */
    private static final int PROBED_PORTS = 4;

    private final ReachabilityEngine engine;
    /** The ports probed for each set of served ports (a cluster has few). */
    private final Map<ConnectionSet, List<PortProtocol>> probes = new ConcurrentHashMap<>();

    TrafficJudge(ReachabilityEngine engine) {
        this.engine = engine;
    }

    /** The traffic edge between two ends: what every pair and what some pair may open, and the verdict. */
    GraphEdge.Traffic judge(TrafficEnd src, TrafficEnd dst) {
        if (src.peers().size() == 1 && dst.peers().size() == 1 && !same(src.peers().get(0), dst.peers().get(0))) {
            // one peer each (most workloads): the pair's reach is the edge's, with no sets to combine
            Reach reach = engine.reach(src.peers().get(0), dst.peers().get(0));
            return new GraphEdge.Traffic(src.vertexId(), dst.vertexId(), TrafficVerdict.of(reach.allowed(), reach.allowed(), dst.served()),
                    reach.allowed(), reach.allowed(), reach.unknown(), reach.byClusterTiers(), reach.decidedBy());
        }
        ConnectionSet common = ConnectionSet.all();
        ConnectionSet any = ConnectionSet.none();
        ConnectionSet unknown = ConnectionSet.none();
        ConnectionSet byClusterTiers = ConnectionSet.none();
        java.util.Map<io.kubereach.engine.Decider, ConnectionSet> decidedBy = new java.util.TreeMap<>();
        for (Peer s : src.peers()) {
            for (Peer d : dst.peers()) {
                if (same(s, d)) {
                    continue; // a pod and itself: exempt, and no edge
                }
                Reach reach = engine.reach(s, d);
                common = common.intersect(reach.allowed());
                any = any.union(reach.allowed());
                unknown = unknown.union(reach.unknown());
                byClusterTiers = byClusterTiers.union(reach.byClusterTiers());
                reach.decidedBy().forEach((decider, set) -> decidedBy.merge(decider, set, ConnectionSet::union));
            }
        }
        return new GraphEdge.Traffic(src.vertexId(), dst.vertexId(), TrafficVerdict.of(common, any, dst.served()), any, common,
                unknown, byClusterTiers, decidedBy);
    }

    /** Whether two peers are one: a pod and itself (pods compared by name, not field by field), or one address. */
    private static boolean same(Peer a, Peer b) {
        if (a instanceof Peer.PodPeer p && b instanceof Peer.PodPeer q) {
            // by name first: pods of one namespace share its name, two pods' names differ early
            return p.pod() == q.pod() || p.pod().name().equals(q.pod().name()) && p.pod().namespace().equals(q.pod().namespace());
        }
        return a.equals(b);
    }

    /**
     * Two replicas of a workload: its first pod (by name) to its second; allowed when it has a
     * single pod, since a pod always reaches itself.
     */
    GraphEdge.Traffic replicas(TrafficEnd end, List<Pod> pods) {
        List<Pod> sorted = pods.stream().sorted(Comparator.comparing(Pod::ref)).toList();
        if (sorted.size() < 2) {
            return new GraphEdge.Traffic(end.vertexId(), end.vertexId(), TrafficVerdict.ALLOWED, ConnectionSet.all(), ConnectionSet.all());
        }
        return judge(replica(end, sorted.get(0)), replica(end, sorted.get(1)));
    }

    private static TrafficEnd replica(TrafficEnd end, Pod pod) {
        return new TrafficEnd(end.vertexId(), end.namespace(), List.of(Peer.of(pod)), end.served(), end.ingressIsolated(),
                end.egressIsolated());
    }

    /**
     * The verdict of a judged pair, with unknown as an answer of its own: where the engine cannot
     * judge some connection the destination serves (policies not read, tied priorities that
     * disagree), the pair is unknown.
     */
    static PairVerdict verdictOf(GraphEdge.Traffic edge, TrafficEnd dst) {
        return PairVerdict.of(edge.verdict(), unknownServed(edge, dst));
    }

    /** What of the connections the destination serves cannot be judged. */
    static ConnectionSet unknownServed(GraphEdge.Traffic edge, TrafficEnd dst) {
        return edge.unknown().intersect(dst.served());
    }

    /**
     * Whether a judged pair belongs in the default picture. Only pairs that a policy is involved
     * in (the source isolated for egress or the destination for ingress) count. Of those, every
     * allowed and partly allowed pair is drawn; a blocked pair only when it is surprising: both
     * ends in one namespace, or one side's policy admits it while the other side's does not
     * (both sides must allow, rule 5), or a cluster-wide (admin or baseline) rule blocks it. Every
     * other blocked pair is what isolation means, and the diagram shows it once as the isolation
     * mark of the isolated workload instead of a line per pair. A pair that cannot be judged is drawn.
     */
    boolean worthDrawing(TrafficEnd src, TrafficEnd dst, GraphEdge.Traffic edge) {
        if (!src.egressIsolated() && !dst.ingressIsolated()) {
            return false;
        }
        if (edge.verdict() != TrafficVerdict.BLOCKED || !edge.unknown().isEmpty()) {
            return true;
        }
        if (edge.decidedByClusterTiers()) {
            return true; // a guard rail of an admin or baseline policy: worth seeing where it cuts
        }
        if (!src.external() && !dst.external() && src.namespace().equals(dst.namespace())) {
            return true;
        }
        return halfAdmitted(src, dst);
    }

    /** Whether, on one of the first served ports, one isolated side admits the pair and the other side refuses it. */
    private boolean halfAdmitted(TrafficEnd src, TrafficEnd dst) {
        List<PortProtocol> probed = probes.computeIfAbsent(dst.served(), TrafficJudge::probedPorts);
        List<SideFacts.Pair> facts = engine.sideFacts(src.peers().get(0), dst.peers().get(0), probed);
        for (int i = 0; i < facts.size(); i++) { // by index: asked for most pairs of pods, an iterator each added up
            SideFacts.Pair sides = facts.get(i);
            if (sides.egress().allows() != sides.ingress().allows()
                    && (isolatedAdmitting(sides.egress()) || isolatedAdmitting(sides.ingress()))) {
                return true;
            }
        }
        return false;
    }

    /** The first {@link #PROBED_PORTS} ports of what a destination serves, by protocol name then number. */
    private static List<PortProtocol> probedPorts(ConnectionSet served) {
        List<PortProtocol> out = new ArrayList<>(PROBED_PORTS);
        for (Map.Entry<Protocol, PortSet> e : served.byProtocol().entrySet()) {
            for (int[] interval : e.getValue().intervals()) {
                for (int port = interval[0]; port <= interval[1] && out.size() < PROBED_PORTS; port++) {
                    out.add(new PortProtocol(port, e.getKey()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isolatedAdmitting(SideFacts side) {
        return side.isolated() && side.admittedByRule();
    }
}
