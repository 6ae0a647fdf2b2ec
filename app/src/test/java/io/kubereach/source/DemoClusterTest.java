package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.Direction;
import io.kubereach.model.IngressRule;
import io.kubereach.model.IpAddress;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The built-in demo cluster as users get it: the manifests packaged in the jar, read by
 * {@link DemoCluster#snapshot()} through the product's reader. Its verdicts are checked through
 * the command line in {@code DemoVerdictsTest}; its YAML files in graph-model's
 * {@code DemoManifestFilesTest}.
 */
@DisplayName("the built-in demo cluster, as DemoCluster reads it")
class DemoClusterTest {

    private static ClusterSnapshot demo;

    @BeforeAll
    static void read() throws ManifestException {
        demo = DemoCluster.snapshot();
    }

    @Test
    @DisplayName("reads without a single warning, as the source \"demo\"")
    void readsWithoutWarnings() {
        assertThat(demo.source()).isEqualTo("demo");
        assertThat(demo.warnings()).isEmpty();
    }

    @Test
    @DisplayName("has two nodes, each with its pod CIDR and InternalIP")
    void hasTwoNodes() {
        assertThat(demo.nodes()).extracting(ClusterNode::name, ClusterNode::podCidrs, ClusterNode::addresses).containsExactly(
                tuple("node-a", List.of(Cidr.of("10.244.0.0/24")), List.of(IpAddress.of("192.168.49.2"))),
                tuple("node-b", List.of(Cidr.of("10.244.1.0/24")), List.of(IpAddress.of("192.168.49.3"))));
    }

    @Test
    @DisplayName("has the five namespaces with the labels the policies select on")
    void hasTheFiveNamespacesAndTheirLabels() {
        assertThat(demo.namespaces()).extracting(n -> n.name())
                .containsExactlyInAnyOrder("default", "kube-system", "shop", "payments", "monitoring");
        assertThat(demo.namespace("default").labels()).doesNotContainKey("project");
        assertThat(demo.namespace("shop").labels()).containsEntry("project", "myproject");
        assertThat(demo.namespace("payments").labels()).containsEntry("project", "payments");
        assertThat(demo.namespace("monitoring").labels()).containsEntry("project", "myproject").containsEntry("team", "observability");
    }

    @Test
    @DisplayName("has all 19 pods as a live cluster reports them: an owner, a node, an IP in the node's pod CIDR, no IP twice")
    void podsLookLikeALiveCluster() {
        Map<String, ClusterNode> nodes = demo.nodes().stream().collect(Collectors.toMap(ClusterNode::name, Function.identity()));
        assertThat(demo.pods()).hasSize(19).filteredOn(p -> !p.hostNetwork()).allSatisfy(pod -> {
            ClusterNode node = nodes.get(pod.node().orElseThrow());
            assertThat(pod.controller().kind()).isIn("ReplicaSet", "StatefulSet", "DaemonSet", "Job");
            assertThat(pod.owner().kind()).isIn("Deployment", "StatefulSet", "DaemonSet", "Job");
            assertThat(pod.ips()).singleElement().matches(ip -> node.podCidr().orElseThrow().contains(ip));
        });
        List<IpAddress> podNetworkIps = demo.pods().stream().filter(p -> !p.hostNetwork()).flatMap(p -> p.ips().stream()).toList();
        assertThat(podNetworkIps).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("runs kube-proxy and flannel as hostNetwork DaemonSet pods on both nodes, with the node's address as pod IP")
    void hostNetworkPodsUseTheirNodesAddress() {
        Map<String, ClusterNode> nodes = demo.nodes().stream().collect(Collectors.toMap(ClusterNode::name, Function.identity()));
        List<Pod> hostNetwork = demo.pods().stream().filter(Pod::hostNetwork).toList();
        assertThat(hostNetwork).extracting(p -> p.owner().kind() + " " + p.owner().name())
                .containsExactlyInAnyOrder("DaemonSet kube-proxy", "DaemonSet kube-proxy", "DaemonSet kube-flannel-ds", "DaemonSet kube-flannel-ds");
        assertThat(hostNetwork).extracting(p -> p.node().orElseThrow()).containsOnly("node-a", "node-b").contains("node-a", "node-b");
        assertThat(hostNetwork).allSatisfy(p -> assertThat(p.ips()).isEqualTo(nodes.get(p.node().orElseThrow()).addresses()));
    }

    @Test
    @DisplayName("has web pods with two app containers, web and an envoy sidecar, each with its named ports")
    void webPodsHaveTwoContainers() {
        Pod web = demo.pod(new PodRef("shop", "web-5f7c9b8d4-jx2lp")).orElseThrow();
        assertThat(web.containers()).extracting(Container::name).containsExactly("web", "envoy");
        assertThat(web.containers()).allSatisfy(c -> assertThat(c.ports()).isNotEmpty());
        assertThat(demo.pods()).filteredOn(p -> p.containers().size() == 2).extracting(p -> p.owner().name())
                .containsOnly("web");
    }

    @Test
    @DisplayName("has every kind of Service: named targetPort, headless, ClientIP affinity, NodePort, LoadBalancer with Local, ExternalName, selector-less with Endpoints")
    void hasEveryKindOfService() {
        Service redis = service("default", "redis");
        assertThat(redis.type()).isEqualTo(ServiceType.CLUSTER_IP);
        assertThat(redis.ports()).singleElement().satisfies(p -> assertThat(p.targetPort()).isEqualTo(new TargetPort.Named("redis")));
        assertThat(service("default", "redis-headless").headless()).isTrue();
        assertThat(service("default", "redis-headless").clusterIps()).isEmpty();
        assertThat(service("default", "frontend").sessionAffinityClientIp()).isTrue();
        Service web = service("shop", "web");
        assertThat(web.type()).isEqualTo(ServiceType.NODE_PORT);
        assertThat(web.externalTrafficLocal()).isFalse();
        Service lb = service("kube-system", "ingress-nginx-controller");
        assertThat(lb.type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(lb.externalTrafficLocal()).isTrue();
        Service stripe = service("payments", "stripe");
        assertThat(stripe.type()).isEqualTo(ServiceType.EXTERNAL_NAME);
        assertThat(stripe.externalName()).isEqualTo("api.stripe.example");
        Service legacy = service("payments", "legacy-db");
        assertThat(legacy.selector()).isEmpty();
        assertThat(demo.endpointsOf(legacy).orElseThrow().addresses()).singleElement()
                .satisfies(a -> assertThat(a.ip()).isEqualTo(IpAddress.of("203.0.113.10")));
    }

    @Test
    @DisplayName("routes shop.example.com/ to web:80 through an Ingress of class nginx")
    void hasTheShopIngress() {
        assertThat(demo.ingresses()).singleElement().satisfies(ingress -> {
            assertThat(ingress.namespace() + "/" + ingress.name()).isEqualTo("shop/shop");
            assertThat(ingress.ingressClass()).isEqualTo("nginx");
            assertThat(ingress.rules()).extracting(IngressRule::host, IngressRule::path, IngressRule::service, IngressRule::servicePort)
                    .containsExactly(tuple("shop.example.com", "/", "web", 80));
        });
    }

    @Test
    @DisplayName("has the six policies the README names, and the trap prometheus-egress counts as Ingress and Egress though it declares no policyTypes")
    void hasThePoliciesAndTheTrap() {
        assertThat(demo.policies()).extracting(p -> p.namespace() + "/" + p.name()).containsExactlyInAnyOrder(
                "default/test-network-policy", "shop/shop-egress", "payments/default-deny",
                "payments/allow-shop-to-payments-api", "payments/payments-api-egress", "monitoring/prometheus-egress");
        NetworkPolicy trap = demo.policies().stream().filter(p -> p.name().equals("prometheus-egress")).findFirst().orElseThrow();
        assertThat(trap.policyTypesDeclared()).isFalse();
        assertThat(trap.policyTypes()).isEqualTo(Set.of(Direction.INGRESS, Direction.EGRESS));
        assertThat(trap.ingress()).isEmpty();
        assertThat(trap.egress()).isNotEmpty();
    }

    private static Service service(String namespace, String name) {
        return demo.service(namespace, name).orElseThrow(() -> new AssertionError("no service " + namespace + "/" + name));
    }
}
