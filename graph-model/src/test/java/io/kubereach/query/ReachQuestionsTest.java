package io.kubereach.query;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.LiteralEngine;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.AnswerText;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules 21–23 and the can-reach answers: pods, workloads, addresses and Services. */
@DisplayName("can-reach questions")
class ReachQuestionsTest {

    private final Pod client = pod("shop/client", "role=client");
    private final Pod web1 = pod("shop/web-1", "app=web,tier=a", port("http", 8080, Protocol.TCP));
    private final Pod web2 = pod("shop/web-2", "app=web,tier=b", port("http", 9090, Protocol.TCP));

    private static Service service(String ns, String name, Map<String, String> selector, ServicePort... ports) {
        return new Service(ns, name, ServiceType.CLUSTER_IP, Optional.ofNullable(selector), List.of(ports), List.of(), false, "",
                false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
    }

    private static ServicePort http() {
        return new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 0);
    }

    private ClusterSnapshotBuilder shop() {
        var onlyTierA = policy("shop/web", "app=web").ingress(rule(from(pods("role=client")), named("http", Protocol.TCP))).build();
        var tierBCloser = policy("shop/web-b", "tier=b").ingress(rule(from(pods("role=nobody")))).build();
        return cluster().pod(client).pod(web1).pod(web2).policy(onlyTierA).policy(tierBCloser)
                .service(service("shop", "web", Map.of("app", "web"), http()));
    }

    private ReachAnswer ask(ClusterSnapshot s, String from, String to, int port) {
        return new ReachQuestions(s, new LiteralEngine(s)).ask(from, to, PortProtocol.tcp(port));
    }

    @Test
    @DisplayName("rule 21: a Service is judged after DNAT at each backend's own target port")
    void serviceIsJudgedPerBackendAfterDnat() {
        ClusterSnapshot s = shop().build();
        ReachAnswer a = ask(s, "shop/client", "svc:shop/web", 80);
        assertThat(a.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(a.hops()).extracting(h -> h.verdict().orElseThrow().port()).containsExactlyInAnyOrder(PortProtocol.tcp(8080), PortProtocol.tcp(9090));
        assertThat(a.line()).isEqualTo("shop/client svc:shop/web 80/TCP allowed");
    }

    @Test
    @DisplayName("rule 21: a Service some of whose backends refuse the client is partial")
    void serviceWithSomeRefusingBackendsIsPartial() {
        var tierBOnlyFromNobody = policy("shop/web-b", "tier=b").ingress(rule(from(pods("role=nobody")))).build();
        var aOnly = policy("shop/web", "tier=a").ingress(rule(from(pods("role=client")), named("http", Protocol.TCP))).build();
        ClusterSnapshot s = cluster().pod(client).pod(web1).pod(web2).policy(aOnly).policy(tierBOnlyFromNobody)
                .service(service("shop", "web", Map.of("app", "web"), http())).build();
        ReachAnswer a = ask(s, "shop/client", "svc:shop/web", 80);
        assertThat(a.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(new AnswerText(s).lines(a)).anySatisfy(l -> assertThat(l).contains("web-2").contains("denied"));
    }

    @Test
    @DisplayName("rule 21: a selector-less Service reaches its hand-written external endpoint, where ipBlocks decide")
    void selectorlessServiceReachesExternalEndpoint() {
        var egress = policy("shop/out", "role=client").types(io.kubereach.model.Direction.EGRESS)
                .egress(rule(from(ipBlock("203.0.113.0/24")), tcp(5432))).build();
        ServicePort pg = new ServicePort("", Protocol.TCP, 5432, new TargetPort.Number(5432), 0);
        ClusterSnapshot s = cluster().pod(client).policy(egress).service(service("shop", "legacy-db", null, pg))
                .endpoints(new ServiceEndpoints("shop", "legacy-db",
                        List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), true, Optional.empty())),
                        List.of(new EndpointPort("", 5432, Protocol.TCP))))
                .build();
        assertThat(ask(s, "shop/client", "svc:shop/legacy-db", 5432).outcome()).isEqualTo(Outcome.ALLOWED);
        var blocked = policy("shop/out", "role=client").types(io.kubereach.model.Direction.EGRESS)
                .egress(rule(from(ipBlock("198.51.100.0/24")), tcp(5432))).build();
        ClusterSnapshot s2 = cluster().pod(client).policy(blocked).service(service("shop", "legacy-db", null, pg))
                .endpoints(s.endpoints().get(0)).build();
        assertThat(ask(s2, "shop/client", "svc:shop/legacy-db", 5432).outcome()).isEqualTo(Outcome.DENIED);
    }

    private ClusterSnapshot nodePortCluster(boolean local, String allowedBlock) {
        Service web = new Service("shop", "web", ServiceType.NODE_PORT, Optional.of(Map.of("app", "web")),
                List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 30080)), List.of(), false, "",
                false, Service.DEFAULT_AFFINITY_TIMEOUT, local);
        var in = policy("shop/in", "app=web").ingress(rule(from(ipBlock(allowedBlock)))).build();
        return cluster()
                .node(new ClusterNode("node-1", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.2"))))
                .node(new ClusterNode("node-2", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.3"))))
                .pod(web1).policy(in).service(web).build();
    }

    @Test
    @DisplayName("rule 22: through a NodePort with externalTrafficPolicy Cluster the backend sees the entry node's address")
    void nodePortClusterPolicyJudgesTheNodeAddress() {
        ClusterSnapshot allowsClients = nodePortCluster(false, "203.0.113.0/24");
        ReachAnswer a = ask(allowsClients, "203.0.113.9", "svc:shop/web", 30080);
        // entering node-1, where the backend runs, is host traffic (rule 19); entering node-2 is judged at 192.168.49.3
        assertThat(a.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(MessageText.english(a.notes())).singleElement().asString().contains("SNAT");
        assertThat(ask(nodePortCluster(false, "192.168.49.0/24"), "203.0.113.9", "svc:shop/web", 80).outcome())
                .isEqualTo(Outcome.ALLOWED);
    }

    @Test
    @DisplayName("rule 22: with externalTrafficPolicy Local the backend sees the client's own address")
    void nodePortLocalPolicyKeepsTheClientAddress() {
        assertThat(ask(nodePortCluster(true, "203.0.113.0/24"), "203.0.113.9", "svc:shop/web", 30080).outcome())
                .isEqualTo(Outcome.ALLOWED);
        ReachAnswer a = ask(nodePortCluster(true, "192.168.49.0/24"), "203.0.113.9", "svc:shop/web", 30080);
        assertThat(a.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(MessageText.english(a.notes())).singleElement().asString().contains("keeps the client address");
    }

    @Test
    @DisplayName("rule 23: a scheduled pod without an IP is no Service endpoint")
    void podWithoutIpIsNoEndpoint() {
        Pod starting = new Pod("shop", "web-3", Map.of("app", "web"), List.of(), Optional.of("node-1"),
                new WorkloadRef("shop", "Pod", "web-3"), false, web1.containers(), false);
        ClusterSnapshot s = cluster().pod(client).pod(starting).service(service("shop", "web", Map.of("app", "web"), http())).build();
        ReachAnswer a = ask(s, "shop/client", "svc:shop/web", 80);
        assertThat(a.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(MessageText.english(a.notes())).singleElement().asString().contains("no ready backend");
    }

    @Test
    @DisplayName("a workload name means all of its pods, and a Deployment is found through its ReplicaSet")
    void workloadMeansItsPods() {
        Pod replica = new Pod("shop", "api-5d8f-x", Map.of("app", "api", "pod-template-hash", "5d8f"), List.of(IpAddress.of("10.9.9.9")),
                Optional.of("node-1"), new WorkloadRef("shop", "ReplicaSet", "api-5d8f"), false, List.of(), true);
        ClusterSnapshot s = cluster().pod(client).pod(replica).build();
        assertThat(new TargetResolver(s).resolve("shop/api")).isInstanceOfSatisfying(Target.Pods.class,
                t -> assertThat(t.pods()).containsExactly(replica));
        assertThat(new TargetResolver(s).resolve("10.9.9.9")).isInstanceOf(Target.Pods.class);
        assertThat(new TargetResolver(s).resolve("192.0.2.1")).isInstanceOf(Target.Address.class);
    }

    @Test
    @DisplayName("unknown names, bad syntax and missing Service ports fail with a message naming them")
    void badQuestionsFailClearly() {
        ClusterSnapshot s = shop().build();
        assertThatThrownBy(() -> ask(s, "shop/nobody", "svc:shop/web", 80)).isInstanceOf(QueryException.class)
                .hasMessageContaining("shop/nobody");
        assertThatThrownBy(() -> ask(s, "client", "svc:shop/web", 80)).hasMessageContaining("NAMESPACE/NAME");
        assertThatThrownBy(() -> ask(s, "shop/client", "svc:shop/web", 81)).hasMessageContaining("has no port 81/TCP");
        assertThatThrownBy(() -> ask(s, "svc:shop/web", "shop/client", 81)).hasMessageContaining("cannot open connections");
    }

    @Test
    @DisplayName("an ExternalName Service is a DNS alias, not a proxy: no backend is judged")
    void externalNameIsAnAlias() {
        Service alias = new Service("shop", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(), List.of(), List.of(), false,
                "api.stripe.example", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ClusterSnapshot s = cluster().pod(client).service(alias).build();
        ReachAnswer a = ask(s, "shop/client", "svc:shop/stripe", 443);
        assertThat(a.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(MessageText.english(a.notes())).singleElement().asString().contains("DNS alias for api.stripe.example");
    }

    @Test
    @DisplayName("the explanation says which policy isolates the destination and that no rule admits the source")
    void explanationNamesIsolationAndMissingRule() {
        var in = policy("shop/in", "app=web").ingress(rule(from(pods("role=frontend")), tcp(6379))).build();
        ClusterSnapshot s = cluster().pod(client).pod(web1).policy(in).build();
        ReachAnswer a = ask(s, "shop/client", "shop/web-1", 6379);
        assertThat(a.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(new AnswerText(s).lines(a)).contains(
                "ingress at shop/web-1: isolated by shop/in; no rule admits shop/client on 6379/TCP");
    }

    @Test
    @DisplayName("a CronJob's pods are asked about by the CronJob's name, not only by their Job's")
    void cronJobByItsName() {
        Pod nightly = new Pod("shop", "report-28735140-abcde", Map.of("job", "report"), List.of(IpAddress.of("10.9.9.8")),
                Optional.of("node-1"), new WorkloadRef("shop", "Job", "report-28735140"), false, List.of(), true);
        ClusterSnapshot s = shop().pod(nightly).build();
        assertThat(ask(s, "shop/report", "shop/web-1", 8080).hops()).hasSize(1);
        assertThat(new TargetResolver(s).names()).contains("shop/report", "shop/report-28735140", "svc:shop/web");
    }

    @Test
    @DisplayName("a CIDR is judged once per range its ipBlocks cut apart, so half a block allowed is partial")
    void cidrIsJudgedPerRange() {
        var fromOutside = policy("shop/outside", "app=web").ingress(rule(from(ipBlock("203.0.113.0/25")), named("http", Protocol.TCP))).build();
        ClusterSnapshot s = cluster().pod(web1).policy(fromOutside).build();
        assertThat(ask(s, "203.0.113.0/24", "shop/web-1", 8080).outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(ask(s, "203.0.113.0/26", "shop/web-1", 8080).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(ask(s, "203.0.113.128/25", "shop/web-1", 8080).outcome()).isEqualTo(Outcome.DENIED);
    }
}
