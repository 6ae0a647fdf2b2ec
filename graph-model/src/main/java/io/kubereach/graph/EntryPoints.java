package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import io.kubereach.proxy.EntryBackends;
import io.kubereach.proxy.EntryControllers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The entry points of a graph being built, drawn alike whatever their kind: the outside routes to
 * each Ingress, Route and Gateway, a Gateway to the routes attached to it, and each entry point to
 * the Services its rules name; and a traffic edge from each entry point to every workload it
 * leads to, judged from the controller pods that carry its traffic ({@link EntryControllers}) on
 * the ports the connections land on.
 */
final class EntryPoints {

    private final ClusterSnapshot snapshot;
    private final List<Ingress> entries;

    EntryPoints(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.entries = snapshot.ingresses().stream().sorted(Comparator.comparing((Ingress i) -> vertexId(i))).toList();
    }

    private static String vertexId(Ingress entry) {
        return GraphVertex.IngressVertex.idOf(entry.kind(), entry.namespace(), entry.name());
    }

    /** Adds a vertex per entry point and the routes into, between and out of them. */
    void addVertices(UnaryOperator<GraphVertex> add, Consumer<GraphEdge> edge, GraphVertex outside, Map<String, GraphVertex> vertices) {
        for (Ingress entry : entries) {
            add.apply(new GraphVertex.IngressVertex(entry.namespace(), entry.name(), entry.ingressClass(), entry.kind(), entry.gateways()));
        }
        for (Ingress entry : entries) {
            String id = vertexId(entry);
            List<String> gateways = entry.gateways().stream().map(g -> GraphVertex.IngressVertex.idOf(EntryKind.GATEWAY,
                    g.substring(0, g.indexOf('/')), g.substring(g.indexOf('/') + 1))).filter(vertices::containsKey).toList();
            if (gateways.isEmpty()) {
                edge.accept(new GraphEdge.Routes(outside.id(), id, ""));
            }
            gateways.forEach(g -> edge.accept(new GraphEdge.Routes(g, id, "")));
            Map<String, List<String>> routes = new TreeMap<>();
            for (IngressRule rule : entry.rules()) {
                routes.computeIfAbsent("svc:" + rule.serviceNamespace(entry.namespace()) + "/" + rule.service(), k -> new ArrayList<>())
                        .add(rule.host() + rule.path());
            }
            routes.forEach((svc, paths) -> {
                if (vertices.containsKey(svc)) {
                    edge.accept(new GraphEdge.Routes(id, svc, String.join(", ", new LinkedHashSet<>(paths))));
                }
            });
        }
    }

    /**
     * Adds a traffic edge from each entry point to each workload it leads to, judged from its
     * controller's pods on the ports the connections land on; returns the controller's end of
     * each entry point that leads somewhere, by vertex id.
     */
    Map<String, TrafficEnd> addTraffic(TrafficJudge judge, PolicyIsolation isolation, Consumer<GraphEdge> edge,
            Map<String, GraphVertex> vertices) {
        EntryControllers controllers = new EntryControllers(snapshot);
        EntryBackends backends = new EntryBackends(snapshot);
        Map<String, TrafficEnd> out = new LinkedHashMap<>();
        for (Ingress entry : entries) {
            Map<WorkloadRef, Landing> landings = new TreeMap<>();
            for (EntryBackends.Reached reached : backends.of(entry)) {
                if (reached.backend().peer() instanceof Peer.PodPeer p && reached.backend().targetPort().isPresent()) {
                    landings.computeIfAbsent(p.pod().owner(), w -> new Landing()).add(p.pod(),
                            ConnectionSet.of(reached.port().protocol(), PortSet.of(reached.backend().targetPort().get())));
                }
            }
            if (landings.isEmpty()) {
                continue;
            }
            String id = vertexId(entry);
            TrafficEnd from = new TrafficEnd(id, entry.namespace(), controllers.of(entry).pods().stream().map(Peer::of).toList(),
                    ConnectionSet.all(), false, false);
            out.put(id, from);
            landings.forEach((workload, landing) -> {
                String target = GraphVertex.WorkloadVertex.idOf(workload);
                if (vertices.containsKey(target)) {
                    TrafficEnd to = new TrafficEnd(target, workload.namespace(), landing.pods.stream().map(Peer::of).toList(), landing.ports,
                            landing.pods.stream().anyMatch(p -> !isolation.isolating(p.ref(), Direction.INGRESS).isEmpty()),
                            landing.pods.stream().anyMatch(p -> !isolation.isolating(p.ref(), Direction.EGRESS).isEmpty()));
                    GraphEdge.Traffic judged = judge.judge(from, to);
                    edge.accept(new GraphEdge.Traffic(judged.sourceId(), judged.targetId(), judged.verdict(),
                            judged.allowed().intersect(landing.ports), judged.common().intersect(landing.ports)));
                }
            });
        }
        return out;
    }

    /** The pods of one workload an entry point leads to, and the ports its connections land on. */
    private static final class Landing {
        private final Set<Pod> pods = new LinkedHashSet<>();
        private ConnectionSet ports = ConnectionSet.none();

        void add(Pod pod, ConnectionSet port) {
            pods.add(pod);
            ports = ports.union(port);
        }
    }
}
