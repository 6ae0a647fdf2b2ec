package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Pod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the {@link TrafficEnd}s of workloads, pods and address blocks of one snapshot. */
final class TrafficEnds {

    /** At most this many addresses stand for one address block. */
    private static final int MAX_BLOCK_PEERS = 16;

    private final PolicyIsolation isolation;
    private final boolean ipsMatter;
    private final List<ExternalRanges.Range> ranges = new ArrayList<>();
    private final Set<IpAddress> nodeAddresses = new HashSet<>();

    TrafficEnds(ClusterSnapshot snapshot, PolicyIsolation isolation, EngineOptions options) {
        this.isolation = isolation;
        this.ipsMatter = options.ipBlocksMatchPodIps();
        for (Direction d : Direction.values()) {
            ranges.addAll(ExternalRanges.cut(snapshot, d, false));
            ranges.addAll(ExternalRanges.cut(snapshot, d, true));
        }
        snapshot.nodes().stream().map(ClusterNode::addresses).forEach(nodeAddresses::addAll);
    }

    /** A workload's end: one pod per kind of pod a policy could tell apart. */
    TrafficEnd ofWorkload(String vertexId, String namespace, List<Pod> pods) {
        Map<List<Object>, Pod> kinds = new LinkedHashMap<>();
        for (Pod pod : pods) {
            kinds.putIfAbsent(ipsMatter
                    ? List.of(pod.labels(), pod.ports(), pod.hostNetwork(), pod.ips())
                    : List.of(pod.labels(), pod.ports(), pod.hostNetwork()), pod);
        }
        return new TrafficEnd(vertexId, namespace, kinds.values().stream().map(Peer::of).toList(), served(pods),
                pods.stream().anyMatch(p -> isolation.governed(p.ref(), Direction.INGRESS)),
                pods.stream().anyMatch(p -> isolation.governed(p.ref(), Direction.EGRESS)));
    }

    /** A pod's end. */
    TrafficEnd ofPod(Pod pod) {
        return new TrafficEnd(GraphVertex.PodVertex.idOf(pod.ref()), pod.namespace(), List.of(Peer.of(pod)), served(List.of(pod)),
                isolation.governed(pod.ref(), Direction.INGRESS),
                isolation.governed(pod.ref(), Direction.EGRESS));
    }

    /**
     * An address block's end: one address of every range, cut at the ipBlock bounds, that starts
     * inside the block (a node's own address skipped), so that no policy sees the block as one
     * thing where it is two.
     */
    TrafficEnd ofBlock(IpBlock block) {
        List<Peer> peers = new ArrayList<>();
        for (ExternalRanges.Range range : ranges) {
            if (peers.size() < MAX_BLOCK_PEERS && block.contains(range.first()) && !nodeAddresses.contains(range.first())) {
                Peer p = Peer.of(range.first());
                if (!peers.contains(p)) {
                    peers.add(p);
                }
            }
        }
        if (peers.isEmpty()) {
            peers.add(Peer.of(firstAddress(block)));
        }
        return new TrafficEnd(GraphVertex.AddressBlockVertex.idOf(block), "", peers, ConnectionSet.all(), false, false);
    }

    /** The first address of the block that no {@code except} cuts out. */
    static IpAddress firstAddress(IpBlock block) {
        IpAddress a = block.cidr().first();
        for (int i = 0; i <= block.except().size(); i++) {
            IpAddress current = a;
            var hole = block.except().stream().filter(e -> e.contains(current)).findFirst();
            if (hole.isEmpty()) {
                return a;
            }
            a = hole.get().last().next().orElse(a);
        }
        return a;
    }

    /** The ports the pods serve: every declared container port, or every port when none is declared. */
    static ConnectionSet served(List<Pod> pods) {
        ConnectionSet out = ConnectionSet.none();
        for (Pod pod : pods) {
            for (ContainerPort port : pod.ports()) {
                out = out.union(ConnectionSet.of(port.protocol(), PortSet.of(port.number())));
            }
        }
        return out.isEmpty() ? ConnectionSet.all() : out;
    }
}
