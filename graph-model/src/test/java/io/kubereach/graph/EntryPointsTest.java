package io.kubereach.graph;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.describe.ConceptExplainer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("entry points in the graph: drawn like Ingresses, judged from their controller's pods")
class EntryPointsTest {

    private static final String ROUTE = "httproute:shop/shop";
    private static final String WEB = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("shop", "Deployment", "web"));

    private static Pod pod(String ns, String name, String kind, String workload, Map<String, String> labels, String image) {
        Pod p = withIps(io.kubereach.engine.Fixture.pod(ns + "/" + name, "", port("http", 8080, Protocol.TCP)), "10.0.0." + (name.length() + 20));
        return new Pod(ns, name, labels, p.ips(), Optional.of("node-1"), new WorkloadRef(ns, kind, workload), false,
                List.of(new Container("main", image, List.of(port("http", 8080, Protocol.TCP)))), true);
    }

    private static ClusterSnapshotBuilder shop() {
        return cluster()
                .pod(pod("shop", "web-1", "Deployment", "web", Map.of("app", "web"), "shop/web:1"))
                .service(new Service("shop", "web", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")),
                        List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Number(8080), 0)), List.of(), false, "", false,
                        Service.DEFAULT_AFFINITY_TIMEOUT, false))
                .ingress(new Ingress("infra", "public", "istio", List.of(), EntryKind.GATEWAY, List.of()))
                .ingress(new Ingress("shop", "shop", "", List.of(new IngressRule("shop.example.com", "/", "web", 80, "")), EntryKind.HTTP_ROUTE,
                        List.of("infra/public")));
    }

    private static Pod gatewayPod() {
        return pod("infra", "public-istio-1", "Deployment", "public-istio", Map.of("gateway.networking.k8s.io/gateway-name", "public"),
                "istio/proxyv2:1.24");
    }

    private static GraphEdge.Traffic trafficFrom(NetworkGraph graph, String source) {
        return graph.graph().edgeSet().stream().filter(e -> e instanceof GraphEdge.Traffic t && t.sourceId().equals(source))
                .map(e -> (GraphEdge.Traffic) e).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a Gateway and its HTTPRoute are boxes on the way from outside to the Service, like an Ingress")
    void drawnLikeIngresses() {
        NetworkGraph graph = NetworkGraphBuilder.build(shop().pod(gatewayPod()).build());

        assertThat(graph.vertex("gateway:infra/public")).get().isInstanceOf(GraphVertex.IngressVertex.class);
        assertThat(graph.graph().edgeSet()).filteredOn(e -> e instanceof GraphEdge.Routes).extracting(e -> e.sourceId() + " -> " + e.targetId())
                .contains("outside -> gateway:infra/public", "gateway:infra/public -> " + ROUTE, ROUTE + " -> svc:shop/web")
                .doesNotContain("outside -> " + ROUTE);
    }

    @Test
    @DisplayName("the route's traffic is judged from the Gateway's pods: a policy admitting their namespace allows it, on the target port only")
    void judgedFromTheGatewayPods() {
        var fromInfra = policy("shop/web", "app=web").ingress(rule(from(namespaces("kubernetes.io/metadata.name=infra")), tcp(8080))).build();
        NetworkGraph graph = NetworkGraphBuilder.build(shop().pod(gatewayPod()).policy(fromInfra).build());

        GraphEdge.Traffic edge = trafficFrom(graph, ROUTE);
        assertThat(edge.targetId()).isEqualTo(WEB);
        assertThat(edge.verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(edge.allowed().toString()).isEqualTo("TCP 8080");
        assertThat(graph.explain(edge).ports()).isNotEmpty();
    }

    @Test
    @DisplayName("without the controller's pods in the source, the route is judged as netpol-analyzer judges it, and its description says so")
    void standInWithoutControllerPods() {
        var fromInfra = policy("shop/web", "app=web").ingress(rule(from(namespaces("kubernetes.io/metadata.name=infra")), tcp(8080))).build();
        ClusterSnapshot snapshot = shop().policy(fromInfra).build();
        NetworkGraph graph = NetworkGraphBuilder.build(snapshot);

        assertThat(trafficFrom(graph, ROUTE).verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        Ingress route = snapshot.ingresses().stream().filter(i -> i.kind() == EntryKind.HTTP_ROUTE).findFirst().orElseThrow();
        assertThat(MessageText.english(new ConceptExplainer(snapshot).ingress(route).paragraphs()))
                .anySatisfy(l -> assertThat(l).startsWith("This HTTPRoute is attached to Gateway infra/public"))
                .anySatisfy(l -> assertThat(l).startsWith("no controller pod in the source (the pods of Gateway infra/public)"));
    }

    @Test
    @DisplayName("an Ingress is judged from the ingress controller of its class, known by its image")
    void ingressJudgedFromItsController() {
        var fromIngressNginx = policy("shop/web", "app=web")
                .ingress(rule(from(namespaces("kubernetes.io/metadata.name=ingress-nginx")), tcp(8080))).build();
        ClusterSnapshot snapshot = shop()
                .pod(pod("ingress-nginx", "controller-1", "Deployment", "ingress-nginx-controller", Map.of("app", "ingress"),
                        "registry.k8s.io/ingress-nginx/controller:v1.11.2"))
                .ingress(new Ingress("shop", "web", "nginx", List.of(new IngressRule("", "/", "web", 80, ""))))
                .policy(fromIngressNginx).build();
        NetworkGraph graph = NetworkGraphBuilder.build(snapshot);

        assertThat(trafficFrom(graph, "ingress:shop/web").verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(trafficFrom(graph, ROUTE).verdict()).isEqualTo(TrafficVerdict.BLOCKED); // the Gateway's pods are not in the source
    }
}
