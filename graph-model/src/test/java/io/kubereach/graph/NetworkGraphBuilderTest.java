package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Protocol;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the network graph of a demo-like cluster")
class NetworkGraphBuilderTest {

    private static ClusterSnapshot snapshot;
    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        snapshot = DemoLikeCluster.snapshot();
        graph = NetworkGraphBuilder.build(snapshot);
    }

    private static Optional<GraphEdge.Traffic> traffic(String from, String to) {
        return graph.edge("traffic:" + from + ">" + to).map(GraphEdge.Traffic.class::cast);
    }

    private static String workload(String ns, String kind, String name) {
        return "workload:" + ns + "/" + kind + "/" + name;
    }

    @Test
    @DisplayName("has a vertex for every node, namespace, workload, pod, pause and app container")
    void hasStructuralVertices() {
        assertThat(graph.vertices(GraphVertex.NodeVertex.class)).extracting(GraphVertex::id).containsExactly("node:node-a", "node:node-b");
        assertThat(graph.vertices(GraphVertex.NamespaceVertex.class)).extracting(GraphVertex::label)
                .containsExactlyInAnyOrder("default", "shop", "payments");
        assertThat(graph.vertices(GraphVertex.PodVertex.class)).hasSize(snapshot.pods().size());
        assertThat(graph.vertices(GraphVertex.PauseVertex.class)).hasSize(snapshot.pods().size());
        assertThat(graph.vertices(GraphVertex.ContainerVertex.class)).hasSize(9);
        assertThat(graph.vertices(GraphVertex.WorkloadVertex.class)).extracting(GraphVertex::label)
                .containsExactly("frontend", "nightly", "redis", "api-canary", "api-stable", "web");
        assertThat(graph.workloadCount()).as("the workloads counted as the graph is made").isEqualTo(6);
    }

    @Test
    @DisplayName("puts each pod in its node and its workload, and its pause and app containers in the pod, sharing lo")
    void podContainment() {
        assertThat(children("node:node-a")).extracting(GraphVertex::id).contains("pod:shop/web-1", "pod:default/redis-0");
        assertThat(children(workload("shop", "ReplicaSet", "web"))).extracting(GraphVertex::id)
                .containsExactly("pod:shop/web-1", "pod:shop/web-2");
        assertThat(children("pod:shop/web-1")).extracting(GraphVertex::id)
                .containsExactly("pause:shop/web-1", "container:shop/web-1/web", "container:shop/web-1/envoy");
        assertThat(graph.edge("lo:pause:shop/web-1>container:shop/web-1/envoy")).isPresent();
        GraphVertex.PauseVertex pause = (GraphVertex.PauseVertex) graph.vertex("pause:shop/web-1").orElseThrow();
        assertThat(pause.ips()).extracting(Object::toString).containsExactly("10.244.0.20");
    }

    @Test
    @DisplayName("tells every kind of Service apart")
    void serviceKinds() {
        assertThat(graph.vertices(GraphVertex.ServiceVertex.class)).extracting(s -> s.id() + "=" + s.kind()).containsExactly(
                "svc:default/redis=CLUSTER_IP", "svc:default/redis-headless=HEADLESS", "svc:payments/api=CLUSTER_IP",
                "svc:payments/legacy-db=SELECTORLESS", "svc:payments/stripe=EXTERNAL_NAME", "svc:shop/web=NODE_PORT");
        GraphVertex.ServiceVertex stripe = (GraphVertex.ServiceVertex) graph.vertex("svc:payments/stripe").orElseThrow();
        assertThat(stripe.externalName()).isEqualTo("api.stripe.example");
    }

    @Test
    @DisplayName("links Services to their backends: pods by selector, and the hand-written endpoint outside the cluster")
    void backsEdges() {
        assertThat(graph.edge("backs:svc:default/redis>pod:default/redis-0")).get()
                .extracting(e -> ((GraphEdge.Backs) e).ports()).isEqualTo("6379→6379/TCP");
        assertThat(graph.edge("backs:svc:shop/web>pod:shop/web-2")).isPresent();
        assertThat(graph.edge("backs:svc:payments/legacy-db>block:203.0.113.10/32")).isPresent();
        assertThat(graph.graph().outgoingEdgesOf(graph.vertex("svc:payments/stripe").orElseThrow()))
                .as("an ExternalName Service is a DNS alias with no backends").isEmpty();
    }

    @Test
    @DisplayName("routes the outside to the NodePort Service and the Ingress, and the Ingress to its Service")
    void routes() {
        assertThat(graph.edge("routes:outside>svc:shop/web")).get().extracting(e -> ((GraphEdge.Routes) e).label()).isEqualTo("30080/TCP");
        assertThat(graph.edge("routes:outside>ingress:shop/web")).isPresent();
        assertThat(graph.edge("routes:ingress:shop/web>svc:shop/web")).get()
                .extracting(e -> ((GraphEdge.Routes) e).label()).isEqualTo("shop.example.com/");
        assertThat(graph.edge("routes:outside>svc:default/redis")).as("a ClusterIP Service is not entered from outside").isEmpty();
    }

    @Test
    @DisplayName("colours a workload pair allowed on every served port green, a refused pair red, and a pair allowed on some ports amber")
    void trafficVerdicts() {
        assertThat(traffic(workload("default", "ReplicaSet", "frontend"), workload("default", "StatefulSet", "redis")))
                .get().extracting(GraphEdge.Traffic::verdict).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(traffic(workload("default", "Job", "nightly"), workload("default", "StatefulSet", "redis")))
                .get().extracting(GraphEdge.Traffic::verdict).isEqualTo(TrafficVerdict.BLOCKED);
        GraphEdge.Traffic partial = traffic(workload("default", "ReplicaSet", "frontend"), workload("shop", "ReplicaSet", "web")).orElseThrow();
        assertThat(partial.verdict()).isEqualTo(TrafficVerdict.PARTIAL);
        assertThat(partial.allowed().toString()).isEqualTo("TCP 8080");
        assertThat(traffic(workload("shop", "ReplicaSet", "web"), workload("payments", "ReplicaSet", "api-stable")))
                .get().extracting(GraphEdge.Traffic::verdict).isEqualTo(TrafficVerdict.ALLOWED);
    }

    @Test
    @DisplayName("draws a blocked pair when one side's policy admits it and the other side's refuses it")
    void halfAdmittedPairsAreDrawn() {
        assertThat(traffic(workload("shop", "ReplicaSet", "web"), workload("default", "StatefulSet", "redis")))
                .get().extracting(GraphEdge.Traffic::verdict).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(traffic(workload("shop", "ReplicaSet", "web"), workload("payments", "ReplicaSet", "api-canary")))
                .get().extracting(GraphEdge.Traffic::verdict).isEqualTo(TrafficVerdict.BLOCKED);
    }

    @Test
    @DisplayName("draws no edge where no policy is involved, nor for a pair that is blocked only because its target is isolated")
    void neverAHairball() {
        assertThat(traffic(workload("default", "ReplicaSet", "frontend"), workload("default", "Job", "nightly")))
                .as("neither side isolated").isEmpty();
        assertThat(traffic(workload("default", "ReplicaSet", "frontend"), workload("payments", "ReplicaSet", "api-canary")))
                .as("refused by isolation alone: shown as the target's isolation mark").isEmpty();
        GraphVertex.WorkloadVertex canary = (GraphVertex.WorkloadVertex) graph.vertex(workload("payments", "ReplicaSet", "api-canary"))
                .orElseThrow();
        assertThat(canary.ingressIsolatedBy()).containsExactly("payments/default-deny");
        assertThat(canary.egressIsolatedBy()).containsExactly("payments/api-egress", "payments/default-deny");
        int workloads = graph.vertices(GraphVertex.WorkloadVertex.class).size();
        long workloadEdges = graph.trafficEdges().stream().filter(e -> e.sourceId().startsWith("workload:")
                && e.targetId().startsWith("workload:")).count();
        assertThat(workloadEdges).isLessThan((long) workloads * (workloads - 1) / 2);
    }

    @Test
    @DisplayName("links address blocks that policies name to the workloads they guard, judged by the engine")
    void addressBlocks() {
        GraphEdge.Traffic in = traffic("block:172.17.0.0/16 except 172.17.1.0/24", workload("default", "StatefulSet", "redis")).orElseThrow();
        assertThat(in.verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        GraphEdge.Traffic out = traffic(workload("shop", "ReplicaSet", "web"), "block:0.0.0.0/0 except 10.0.0.0/8").orElseThrow();
        assertThat(out.verdict()).isEqualTo(TrafficVerdict.PARTIAL);
        assertThat(out.allowed().toString()).isEqualTo("TCP 443");
        assertThat(graph.vertex("block:203.0.113.10/32")).as("named by a policy and by Endpoints: one vertex").isPresent();
    }

    @Test
    @DisplayName("agrees with the engine on every traffic edge between workloads with one pod each")
    void edgesAgreeWithTheEngine() {
        for (GraphEdge.Traffic edge : graph.trafficEdges()) {
            if (edge.sourceId().startsWith("workload:") && edge.targetId().startsWith("workload:")) {
                var src = graph.snapshot().pods().stream().filter(p -> GraphVertex.WorkloadVertex.idOf(p.owner()).equals(edge.sourceId()))
                        .findFirst().orElseThrow();
                var dst = graph.snapshot().pods().stream().filter(p -> GraphVertex.WorkloadVertex.idOf(p.owner()).equals(edge.targetId()))
                        .findFirst().orElseThrow();
                boolean allowed6379 = graph.engine().verdict(Peer.of(src), Peer.of(dst), Protocol.TCP, 6379).allowed();
                assertThat(edge.allowed().contains(Protocol.TCP, 6379)).as(edge.id()).isEqualTo(allowed6379);
            }
        }
    }

    @Test
    @DisplayName("builds the same graph in the same order from the same snapshot")
    void deterministic() {
        ClusterSnapshot synthetic = SyntheticCluster.snapshot(ClusterShape.small());
        NetworkGraph a = NetworkGraphBuilder.build(synthetic);
        NetworkGraph b = NetworkGraphBuilder.build(synthetic);
        List<String> aIds = a.graph().edgeSet().stream().map(GraphEdge::id).toList();
        assertThat(b.graph().edgeSet().stream().map(GraphEdge::id).toList()).isEqualTo(aIds);
        assertThat(b.graph().vertexSet().stream().map(GraphVertex::id).toList())
                .isEqualTo(a.graph().vertexSet().stream().map(GraphVertex::id).toList());
        assertThat(a.trafficEdges()).isNotEmpty();
    }

    @Test
    @DisplayName("judges the workload pairs in parallel but adds their edges in source-then-destination order, as one pass would")
    void parallelJudgingKeepsThePairOrder() {
        NetworkGraph built = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.small()));
        TrafficJudge judge = built.judge();
        List<TrafficEnd> ends = List.copyOf(built.workloadEnds().values());
        List<String> oneByOne = new java.util.ArrayList<>();
        for (TrafficEnd src : ends) {
            for (TrafficEnd dst : ends) {
                if (src != dst && (src.egressIsolated() || dst.ingressIsolated())) {
                    GraphEdge.Traffic edge = judge.judge(src, dst);
                    if (judge.worthDrawing(src, dst, edge)) {
                        oneByOne.add(edge.id());
                    }
                }
            }
        }
        List<String> workloadPairs = built.trafficEdges().stream().map(GraphEdge::id)
                .filter(id -> !id.contains("block:")).toList();
        assertThat(oneByOne).hasSizeGreaterThan(10);
        assertThat(workloadPairs).isEqualTo(oneByOne);
    }

    /** What a vertex holds directly (its {@link GraphEdge.Contains} targets), in graph order. */
    private static List<GraphVertex> children(String id) {
        GraphVertex v = graph.vertex(id).orElseThrow();
        return graph.graph().outgoingEdgesOf(v).stream().filter(GraphEdge.Contains.class::isInstance)
                .map(e -> graph.graph().getEdgeTarget(e)).toList();
    }
}
