package io.kubereach.report;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("{ingress-controller} lines of the connection list")
class IngressControllerConnectionsTest {

    private static Pod app(String ns, String name, ContainerPort... ports) {
        Pod p = pod(ns + "/" + name + "-1", "app=" + name, ports);
        return new Pod(p.namespace(), p.name(), p.labels(), p.ips(), p.node(), new WorkloadRef(ns, "Deployment", name), false,
                List.of(new Container("app", "", List.of(ports))), true);
    }

    private static Service service(String ns, String name, ServicePort... ports) {
        return new Service(ns, name, ServiceType.CLUSTER_IP, Optional.of(Map.of("app", name)), List.of(ports), List.of(), false, "",
                false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
    }

    private static ServicePort http(int port, TargetPort target) {
        return new ServicePort("http", Protocol.TCP, port, target, 0);
    }

    private static List<String> controllerLines(ClusterSnapshot s) {
        return new ConnectionList(s, new IndexedEngine(s), EngineOptions.DEFAULTS).connections().stream().map(Connection::line)
                .filter(l -> l.startsWith("{ingress-controller}")).toList();
    }

    private static ClusterSnapshotBuilder shop() {
        return cluster()
                .pod(app("shop", "web", port("http", 8080, Protocol.TCP)))
                .pod(app("shop", "api", port("grpc", 9090, Protocol.TCP), port("metrics", 9100, Protocol.TCP)))
                .service(service("shop", "web", http(80, new TargetPort.Number(8080))))
                .service(service("shop", "api", http(9090, new TargetPort.Named("grpc"))));
    }

    @Test
    @DisplayName("an HTTPRoute leads the controller to the target port of the Service port it names, and to nothing else")
    void httpRouteLeadsToItsTargetPort() {
        ClusterSnapshot s = shop().ingress(new Ingress("shop", "shop", "", List.of(new IngressRule("", "/", "web", 80, "")),
                EntryKind.HTTP_ROUTE, List.of("infra/public"))).build();

        assertThat(controllerLines(s)).containsExactly("{ingress-controller} => shop/web[Deployment] : TCP 8080");
    }

    @Test
    @DisplayName("a Route without a port leads to every target port of its Service, a named one resolved on the pod")
    void routeWithoutPortLeadsToEveryPort() {
        ClusterSnapshot s = shop().ingress(new Ingress("shop", "api", "", List.of(new IngressRule("", "/", "api", 0, "")),
                EntryKind.ROUTE, List.of())).build();

        assertThat(controllerLines(s)).containsExactly("{ingress-controller} => shop/api[Deployment] : TCP 9090");
    }

    @Test
    @DisplayName("policies cut what the controller may open: a rule that admits only one namespace's pods leaves it nothing")
    void policiesCutTheControllersConnections() {
        var onlyFrontend = policy("shop/web-from-frontend", "app=web").ingress(rule(from(namespaces("team=frontend")), tcp(8080))).build();
        var anyNamespace = policy("shop/api-from-anywhere", "app=api").ingress(rule(from(namespaces("")), tcp(9090))).build();
        ClusterSnapshot s = shop()
                .ingress(new Ingress("shop", "all", "", List.of(new IngressRule("", "/", "web", 80, ""), new IngressRule("", "/api", "api", 9090, ""))))
                .policy(onlyFrontend).policy(anyNamespace).build();

        assertThat(controllerLines(s)).containsExactly("{ingress-controller} => shop/api[Deployment] : TCP 9090");
    }

    @Test
    @DisplayName("a Gateway alone, a Service without selector or a pod that declares no such port gives no line")
    void nothingWithoutAPath() {
        Service noSelector = new Service("shop", "external", ServiceType.CLUSTER_IP, Optional.empty(), List.of(http(80, new TargetPort.Number(80))),
                List.of(), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ClusterSnapshot s = shop().service(noSelector)
                .ingress(new Ingress("infra", "public", "istio", List.of(), EntryKind.GATEWAY, List.of()))
                .ingress(new Ingress("shop", "ext", "", List.of(new IngressRule("", "/", "external", 80, ""))))
                .ingress(new Ingress("shop", "undeclared", "", List.of(new IngressRule("", "/", "web", 0, "metrics"))))
                .policy(policy("shop/none", "app=nothing").types(Direction.INGRESS).build())
                .build();

        assertThat(controllerLines(s)).isEmpty();
    }

    @Test
    @DisplayName("the dot format draws the controller as a peer of its own")
    void dotDrawsTheController() {
        ClusterSnapshot s = shop().ingress(new Ingress("shop", "web", "", List.of(new IngressRule("", "/", "web", 80, "")))).build();
        String dot = ConnlistFormat.DOT.write(new ConnectionList(s, new IndexedEngine(s), EngineOptions.DEFAULTS).connections());

        assertThat(dot).contains("\t\"{ingress-controller}\" [label=\"{ingress-controller}\" color=\"blue\" fontcolor=\"blue\"]\n",
                "\t\"{ingress-controller}\" -> \"shop/web[Deployment]\" [label=\"TCP 8080\"");
    }

    @Test
    @DisplayName("a backendRef to another namespace leads to that namespace's Service")
    void crossNamespaceBackend() {
        ClusterSnapshot s = shop().ingress(new Ingress("edge", "r", "", List.of(new IngressRule("", "/", "web", 80, "", "shop")),
                EntryKind.HTTP_ROUTE, List.of("edge/gw"))).build();

        assertThat(controllerLines(s)).containsExactly("{ingress-controller} => shop/web[Deployment] : TCP 8080");
    }
}
