package io.kubereach.describe;

import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Fixture;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.IpAddress;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("concepts explained as they apply to the selected object")
class ConceptExplainerTest {

    private static final Pod WEB_1 = withContainers(Fixture.withIps(pod("shop/web-1", "app=web"), "10.244.0.21"),
            new Container("web", "", List.of(new ContainerPort("http", 8080, Protocol.TCP))),
            new Container("envoy", "", List.of(new ContainerPort("admin", 9901, Protocol.TCP))));
    private static final Pod WEB_2 = withContainers(Fixture.withIps(pod("shop/web-2", "app=web"), "10.244.1.22"),
            new Container("web", "", List.of(new ContainerPort("http", 8081, Protocol.TCP))));
    private static final Pod PROXY = Fixture.hostNetwork(Fixture.withIps(pod("kube-system/kube-proxy-a", "k8s-app=kube-proxy"), "192.168.49.2"));

    private static final Service WEB = new Service("shop", "web", ServiceType.NODE_PORT, Optional.of(Map.of("app", "web")),
            List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 30080)),
            List.of(IpAddress.of("10.96.0.80")), false, "", true, 3600, false);
    private static final Service LEGACY = new Service("shop", "legacy-db", ServiceType.CLUSTER_IP, Optional.empty(),
            List.of(new ServicePort("", Protocol.TCP, 5432, new TargetPort.Number(5432), 0)),
            List.of(IpAddress.of("10.96.0.54")), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
    private static final Service STRIPE = new Service("shop", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(), List.of(),
            List.of(), false, "api.stripe.example", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);

    private static Pod withContainers(Pod pod, Container... containers) {
        return new Pod(pod.namespace(), pod.name(), pod.labels(), pod.ips(), pod.node(), pod.owner(), pod.hostNetwork(),
                List.of(containers), pod.ready());
    }

    private static ClusterSnapshotBuilder base() {
        return Fixture.cluster()
                .namespace(namespace("shop", ""))
                .node(new ClusterNode("node-a", Map.of(), List.of(), List.of()))
                .node(new ClusterNode("node-b", Map.of(), List.of(), List.of()))
                .pod(WEB_1).pod(WEB_2).pod(PROXY)
                .service(WEB).service(LEGACY).service(STRIPE)
                .endpoints(new ServiceEndpoints("shop", "legacy-db",
                        List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), true, Optional.empty())),
                        List.of(new EndpointPort("", 5432, Protocol.TCP))))
                .policy(policy("shop/web-in", "app=web").types(Direction.INGRESS).build());
    }

    private static final ClusterSnapshot SNAPSHOT = base().build();

    private static String en(ConceptExplanation e) {
        return MessageText.in(Language.ENGLISH).text(e.sentences());
    }

    private static String zh(ConceptExplanation e) {
        return MessageText.in(Language.SIMPLIFIED_CHINESE).text(e.sentences());
    }

    private final ConceptExplainer explainer = new ConceptExplainer(SNAPSHOT);

    @Test
    @DisplayName("the pause container names the containers that share this pod's network namespace")
    void pauseContainerNamesItsContainers() {
        ConceptExplanation e = explainer.pauseContainer(WEB_1);
        assertThat(e.concept()).isEqualTo(Concept.PAUSE_CONTAINER);
        assertThat(en(e)).contains("Pause container of pod shop/web-1", "pod IP 10.244.0.21",
                "The 2 app containers web and envoy join this one network namespace", "never applies between the containers");
        assertThat(zh(e)).contains("Pod shop/web-1 的 pause 容器", "Pod IP 10.244.0.21", "2 个应用容器（web 和 envoy）加入了同一个网络命名空间");
        assertThat(en(explainer.pauseContainer(PROXY))).contains("uses the network namespace of node node-1 (hostNetwork: true)");
    }

    @Test
    @DisplayName("a pod says where it runs and which policies isolate it, per direction")
    void podSaysWhoIsolatesIt() {
        ConceptExplanation e = explainer.pod(WEB_1);
        assertThat(en(e)).contains("web-1 runs on node node-1 with the IP 10.244.0.21.",
                "For ingress, it is isolated by web-in: only connections that its rules admit get through.", "For egress, no policy selects it: every connection is allowed.");
        assertThat(zh(e)).contains("入站方向：它被 web-in 隔离", "出站方向：没有任何策略选中它");
    }

    @Test
    @DisplayName("a Service lists the backends each port spreads over, with the named target port resolved per pod")
    void serviceSpreadsOverItsBackends() {
        ConceptExplanation e = explainer.service(WEB);
        assertThat(e.concept()).isEqualTo(Concept.SERVICE);
        assertThat(en(e)).contains("NodePort Service shop/web",
                "Port 80/TCP spreads connections over 2 backends at target port http: web-1 on port 8080 and web-2 on port 8081.",
                "every connection from one client IP goes to the same backend for 3,600 seconds");
        assertThat(zh(e)).contains("NodePort 类型的 Service shop/web", "端口 80/TCP 把连接分发到 2 个后端的目标端口 http：web-1 的 8080 端口和 web-2 的 8081 端口。");
    }

    @Test
    @DisplayName("a selector-less Service is explained by its hand-written Endpoints")
    void selectorlessServiceByItsEndpoints() {
        ConceptExplanation e = explainer.service(LEGACY);
        assertThat(e.concept()).isEqualTo(Concept.SELECTORLESS_SERVICE);
        assertThat(en(e)).contains("legacy-db has no selector", "written by hand and point to 203.0.113.10",
                "203.0.113.10:5432 outside the cluster");
        assertThat(zh(e)).contains("legacy-db 没有选择器", "手动编写的，指向 203.0.113.10", "集群外的 203.0.113.10:5432");
    }

    @Test
    @DisplayName("an ExternalName Service is a DNS alias with no backends")
    void externalNameIsAnAlias() {
        assertThat(en(explainer.service(STRIPE))).contains("stripe is only a DNS alias (CNAME) for api.stripe.example");
        assertThat(zh(explainer.service(STRIPE))).contains("stripe 只是 api.stripe.example 的 DNS 别名");
    }

    @Test
    @DisplayName("session affinity says how long one client keeps its backend, or that it does not")
    void sessionAffinity() {
        assertThat(en(explainer.sessionAffinity(WEB))).contains("idle for 3,600 seconds", "Of the 2 backends");
        assertThat(en(explainer.sessionAffinity(LEGACY))).contains("sessionAffinity: None");
        assertThat(zh(explainer.sessionAffinity(WEB))).contains("空闲超过 3600 秒");
    }

    @Test
    @DisplayName("node ports name the nodes and what externalTrafficPolicy does to the client address")
    void nodePortsAndTrafficPolicy() {
        String text = en(explainer.nodePort(WEB));
        assertThat(text).contains("Node port 30080 on every node (node-a and node-b) leads to Service port 80/TCP.",
                "externalTrafficPolicy: Cluster", "(SNAT)");
        assertThat(zh(explainer.nodePort(WEB))).contains("每个节点（node-a 和 node-b）上的节点端口 30080 都通向 Service 端口 80/TCP。");
        assertThat(en(explainer.nodePort(LEGACY))).contains("legacy-db opens no node port");
    }

    @Test
    @DisplayName("an Ingress lists its routes and says the backends see the controller")
    void ingressRoutes() {
        Ingress ingress = new Ingress("shop", "web", "nginx", List.of(new IngressRule("shop.example.com", "/", "web", 80, "")));
        assertThat(en(explainer.ingress(ingress))).contains("ingress controller (class nginx)",
                "shop.example.com/ goes to Service web, port 80.", "comes from the controller pod");
        assertThat(zh(explainer.ingress(ingress))).contains("shop.example.com/ 转发到 Service web 的端口 80。");
    }

    @Test
    @DisplayName("the kube-proxy mode says how a backend is picked: iptables by default, IPVS by its scheduler")
    void kubeProxyMode() {
        assertThat(en(explainer.kubeProxyMode())).contains("kube-proxy mode: iptables", "holds no kube-proxy configuration", "at random");
        ClusterSnapshot ipvs = base().kubeProxy(new KubeProxyConfig("ipvs", "lc")).build();
        ConceptExplanation e = new ConceptExplainer(ipvs).kubeProxyMode();
        assertThat(en(e)).contains("kube-proxy mode: ipvs", "the least-connection (lc) scheduler chooses");
        assertThat(zh(e)).contains("由最少连接（lc）调度算法选择后端");
    }

    @Test
    @DisplayName("the CNI says whether it enforces NetworkPolicy")
    void cniEnforcement() {
        assertThat(en(explainer.cni(Message.verbatim("flannel"), false))).contains("flannel does not enforce NetworkPolicy");
        assertThat(zh(explainer.cni(Message.verbatim("flannel"), false))).contains("flannel 不会执行网络策略");
        assertThat(en(explainer.cni(Message.verbatim("calico"), true))).contains("calico enforces NetworkPolicy");
        assertThat(zh(explainer.cni(Message.verbatim("calico"), true))).contains("calico 会执行网络策略");
        assertThat(en(explainer.unknownCni())).contains("cannot tell which CNI plugin");
    }

    @Test
    @DisplayName("a headless Service is not proxied: its DNS name hands out the pod IPs")
    void headlessServiceHandsOutPodIps() {
        Service headless = new Service("shop", "web-pods", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")),
                List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 0)),
                List.of(), true, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        String text = en(new ConceptExplainer(SNAPSHOT).service(headless));
        assertThat(text).contains("Headless Service shop/web-pods", "no virtual IP and no kube-proxy rules",
                "Port 80/TCP: the DNS name returns the IPs of 2 pods, and clients connect to target port http on them")
                .doesNotContain("spreads");
        assertThat(zh(new ConceptExplainer(SNAPSHOT).service(headless))).contains("无头 Service shop/web-pods", "DNS 名称返回 2 个 Pod 的 IP");
    }

    @Test
    @DisplayName("a pod with a single container says so")
    void podWithOneContainer() {
        Pod lone = pod("shop/lone", "app=lone", port("http", 80, Protocol.TCP));
        assertThat(en(explainer.pauseContainer(lone))).contains("The only app container, app, joins this network namespace.");
    }
}
