package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceType;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where each connection meets kube-proxy and what the backend will see as its source. A pod's
 * connection is balanced on the pod's own node. An outside client enters a NodePort or
 * LoadBalancer Service through a node (rule 22): with {@code externalTrafficPolicy: Cluster} any
 * backend may take it and it is SNATed to that node's address; with {@code Local} only the node's
 * own backends may, the client address is kept, and a node without one drops the connection (a
 * cloud load balancer's health check sends only to nodes that have one).
 */
final class TrafficEntry {

    /** The balancing place of a pod that runs on no node yet (a manifest's template pod). */
    static final String UNSCHEDULED = "(unscheduled)";
    /** The balancing place of an outside client that reaches a ClusterIP directly. */
    static final String OUTSIDE = "(outside)";

    /**
     * How one connection enters.
     *
     * @param node the node whose kube-proxy balances it
     * @param candidates the backends it may be sent to, as indices of the balanced list
     * @param seenAs the source the backend sees
     * @param destination the address it was sent to (for the {@code dh} scheduler)
     * @param dropped why no backend can take it, empty when some can
     */
    record Entry(String node, List<Integer> candidates, Peer seenAs, IpAddress destination, String dropped) {
    }

    private final Service service;
    private final List<ServiceBackend> backends;
    private final List<Integer> all;
    private final List<ClusterNode> entryNodes;
    private final boolean throughNodes;
    private final boolean localOnly;
    private final Map<ClusterNode, Peer> nodePeers = new IdentityHashMap<>();
    private final IpAddress serviceAddress;

    TrafficEntry(ClusterSnapshot snapshot, Service service, List<ServiceBackend> backends, List<SimulationClient> clients,
            Optional<String> entryNode, Set<Message> notes) {
        this.service = service;
        this.backends = backends;
        this.all = IntStream.range(0, backends.size()).boxed().toList();
        this.serviceAddress = service.clusterIps().stream().findFirst().orElse(IpAddress.first(false));
        boolean outsideClients = clients.stream().anyMatch(c -> c.peer() instanceof Peer.External);
        boolean nodeService = service.type() == ServiceType.NODE_PORT || service.type() == ServiceType.LOAD_BALANCER;
        List<ClusterNode> addressed = snapshot.nodes().stream().filter(n -> !n.addresses().isEmpty()).toList();
        if (entryNode.isPresent()) {
            ClusterNode named = snapshot.nodes().stream().filter(n -> n.name().equals(entryNode.get())).findFirst()
                    .orElseThrow(() -> new SimulationException(Message.of("sim.refused.noNode", entryNode.get(), snapshot.source())));
            addressed = named.addresses().isEmpty() ? List.of() : List.of(named);
        }
        this.throughNodes = outsideClients && nodeService && !addressed.isEmpty();
        this.localOnly = throughNodes && service.externalTrafficLocal();
        boolean unscheduled = backends.stream().anyMatch(b -> b.peer() instanceof Peer.PodPeer p && p.pod().node().isEmpty());
        if (localOnly && unscheduled) {
            notes.add(Message.of("sim.note.localUnscheduled"));
        }
        this.entryNodes = localOnly && !unscheduled && entryNode.isEmpty() && service.type() == ServiceType.LOAD_BALANCER
                ? addressed.stream().filter(n -> !local(n).isEmpty()).toList()
                : addressed;
        if (outsideClients) {
            notes.add(outsideNote(nodeService, addressed.isEmpty(), unscheduled));
        }
    }

    private Message outsideNote(boolean nodeService, boolean noAddresses, boolean unscheduled) {
        if (!nodeService) {
            return Message.of("sim.note.outsideClusterIp");
        }
        if (noAddresses) {
            return Message.of("sim.note.outsideNoAddresses");
        }
        if (!localOnly) {
            return Message.of("sim.note.outsideCluster");
        }
        return Message.of(service.type() == ServiceType.LOAD_BALANCER && !unscheduled
                ? "sim.note.outsideLocalBalancer" : "sim.note.outsideLocal");
    }

    /** How connection {@code index} of this client enters. */
    Entry of(SimulationClient client, int index) {
        if (client.peer() instanceof Peer.PodPeer) {
            return new Entry(client.node().orElseThrow(), all, client.peer(), serviceAddress, "");
        }
        if (!throughNodes) {
            return new Entry(OUTSIDE, all, client.peer(), serviceAddress, "");
        }
        if (entryNodes.isEmpty()) {
            return new Entry(OUTSIDE, List.of(), client.peer(), serviceAddress,
                    "no node runs a ready backend of svc:" + service.qualifiedName() + ": externalTrafficPolicy Local has nowhere to send it");
        }
        ClusterNode node = entryNodes.get(index % entryNodes.size());
        IpAddress nodeAddress = node.addresses().get(0);
        if (!localOnly) {
            Peer snat = nodePeers.computeIfAbsent(node, n -> Peer.of(nodeAddress));
            return new Entry(node.name(), all, snat, nodeAddress, "");
        }
        List<Integer> local = local(node);
        String dropped = local.isEmpty() ? "node " + node.name() + " runs no ready backend: externalTrafficPolicy Local drops it" : "";
        return new Entry(node.name(), local, client.peer(), nodeAddress, dropped);
    }

    /** The backends on a node; every one when some run on no node yet. */
    private List<Integer> local(ClusterNode node) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < backends.size(); i++) {
            if (backends.get(i).peer() instanceof Peer.PodPeer p
                    && p.pod().node().map(n -> n.equals(node.name())).orElse(true)) {
                out.add(i);
            }
        }
        return out;
    }
}
