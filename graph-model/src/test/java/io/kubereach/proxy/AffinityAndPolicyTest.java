package io.kubereach.proxy;

import static io.kubereach.engine.Fixture.*;
import static io.kubereach.proxy.ProxyFixture.counts;
import static io.kubereach.proxy.ProxyFixture.http;
import static io.kubereach.proxy.ProxyFixture.peer;
import static io.kubereach.proxy.ProxyFixture.sequence;
import static io.kubereach.proxy.ProxyFixture.simulate;
import static io.kubereach.proxy.ProxyFixture.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Direction;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("session affinity, and what policy does with the connections kube-proxy sends")
class AffinityAndPolicyTest {

    private final Pod client = ProxyFixture.pod("shop/client", "role=client", "10.244.0.5", "node-1", "");
    private final Pod web1 = ProxyFixture.pod("shop/web-1", "app=web,tier=a", "10.244.0.11", "node-1", "", http(8080));
    private final Pod web2 = ProxyFixture.pod("shop/web-2", "app=web,tier=a", "10.244.0.12", "node-1", "", http(9090));
    private final Pod web3 = ProxyFixture.pod("shop/web-3", "app=web,tier=b", "10.244.1.13", "node-2", "", http(8080));

    private ClusterSnapshotBuilder shop(Service service) {
        return cluster().pod(client).pod(web1).pod(web2).pod(web3).service(service)
                .node(new ClusterNode("node-1", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.2"))))
                .node(new ClusterNode("node-2", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.3"))))
                .node(new ClusterNode("node-3", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.4"))));
    }

    private static SimulationRequest request(Service service, Peer... clients) {
        return SimulationRequest.of("clients", List.of(clients), service, 80, Protocol.TCP);
    }

    @Test
    @DisplayName("ClientIP affinity sends every connection of one client to one backend, in every mode")
    void affinityPinsOneClientToOneBackend() {
        Service sticky = web(ServiceType.CLUSTER_IP, true, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        for (ProxyMode mode : ProxyMode.values()) {
            SimulationResult r = simulate(shop(sticky).build(), request(sticky, peer(client)).withConnections(300)
                    .withProxy(Optional.of(mode), mode == ProxyMode.IPVS ? Optional.of(IpvsScheduler.RR) : Optional.empty()));
            assertThat(counts(r).values()).containsExactlyInAnyOrder(300, 0, 0);
            assertThat(r.trace().subList(1, 300)).allMatch(SimulatedConnection::pinned);
            assertThat(r.header().affinityWord()).isEqualTo("ClientIP(10800s)");
        }
    }

    @Test
    @DisplayName("with ClientIP affinity several clients each keep their own backend")
    void affinityPinsEachClientSeparately() {
        Service sticky = web(ServiceType.CLUSTER_IP, true, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        List<Peer> clients = IntStream.range(0, 30).mapToObj(i -> Peer.of(IpAddress.of("198.51.100." + (i + 1)))).toList();
        SimulationResult r = simulate(shop(sticky).build(), SimulationRequest.of("many", clients, sticky, 80, Protocol.TCP)
                .withConnections(600).withSeed(3));
        Map<String, java.util.Set<Integer>> backendsPerClient = r.trace().stream().collect(Collectors.groupingBy(
                c -> c.client().toString(), Collectors.mapping(c -> c.backend().getAsInt(), Collectors.toSet())));
        assertThat(backendsPerClient).hasSize(30).allSatisfy((c, backends) -> assertThat(backends).hasSize(1));
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.connections()).isPositive());
    }

    @Test
    @DisplayName("affinity expires once the client has not connected for timeoutSeconds; within it the pin holds")
    void affinityExpiresAfterTimeout() {
        Service sticky = web(ServiceType.CLUSTER_IP, true, 10, false);
        SimulationRequest ipvsRr = request(sticky, peer(client)).withConnections(4)
                .withProxy(Optional.of(ProxyMode.IPVS), Optional.of(IpvsScheduler.RR));
        assertThat(sequence(simulate(shop(sticky).build(), ipvsRr.withTiming(9, Optional.of(1.0)))))
                .containsExactly("shop/web-1", "shop/web-1", "shop/web-1", "shop/web-1");
        assertThat(sequence(simulate(shop(sticky).build(), ipvsRr.withTiming(10, Optional.of(1.0)))))
                .containsExactly("shop/web-1", "shop/web-2", "shop/web-3", "shop/web-1");
        SimulationResult iptables = simulate(shop(sticky).build(), request(sticky, peer(client)).withConnections(60)
                .withTiming(11, Optional.empty()));
        assertThat(counts(iptables).values()).allMatch(n -> n > 0);
    }

    @Test
    @DisplayName("IPVS persistence holds past the timeout while a connection it placed is still open")
    void ipvsPersistenceHoldsWhileConnectionsAreOpen() {
        Service sticky = web(ServiceType.CLUSTER_IP, true, 10, false);
        SimulationRequest r = request(sticky, peer(client)).withConnections(3).withTiming(20, Optional.empty())
                .withProxy(Optional.of(ProxyMode.IPVS), Optional.of(IpvsScheduler.RR));
        assertThat(sequence(simulate(shop(sticky).build(), r))).containsExactly("shop/web-1", "shop/web-1", "shop/web-1");
    }

    @Test
    @DisplayName("kube-proxy does not know NetworkPolicy: connections sent to a backend that policy denies all fail")
    void connectionsToDeniedBackendsFail() {
        var onlyTierA = policy("shop/web", "tier=a").ingress(rule(from(pods("role=client")), named("http", Protocol.TCP))).build();
        var tierBClosed = policy("shop/closed", "tier=b").ingress(rule(from(pods("role=nobody")))).build();
        ClusterSnapshot s = shop(web()).policy(onlyTierA).policy(tierBClosed).build();
        SimulationResult r = simulate(s, request(web(), peer(client)).withConnections(3000).withSeed(11));
        BackendLoad denied = r.rows().get(2);
        assertThat(denied.backend().peer()).hasToString("shop/web-3");
        assertThat(denied.verdictWord()).isEqualTo("denied");
        assertThat(r.failed()).isEqualTo(denied.connections()).isPositive();
        assertThat(r.rows().get(0).verdictWord()).isEqualTo("allowed");
        assertThat(r.lines()).last().isEqualTo("failed " + denied.connections());
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("kube-proxy does not know NetworkPolicy"));
    }

    @Test
    @DisplayName("a named targetPort is resolved per backend: each row lands on its own pod's port")
    void namedTargetPortPerBackend() {
        SimulationResult r = simulate(shop(web()).build(), request(web(), peer(client)).withConnections(30));
        assertThat(r.rows()).extracting(BackendLoad::targetPort).containsExactly(8080, 9090, 8080);
    }

    private Service nodePort(boolean local, ServiceType type) {
        return web(type, false, Service.DEFAULT_AFFINITY_TIMEOUT, local);
    }

    @Test
    @DisplayName("rule 22: through a NodePort with externalTrafficPolicy Cluster the backend sees the entry node's address")
    void nodePortClusterSnatsToTheEntryNode() {
        Service svc = nodePort(false, ServiceType.NODE_PORT);
        var onlyClients = policy("shop/in", "app=web").ingress(rule(from(ipBlock("203.0.113.0/24")))).build();
        ClusterSnapshot s = shop(svc).policy(onlyClients).build();
        SimulationResult r = simulate(s, request(svc, Peer.of(IpAddress.of("203.0.113.9"))).withConnections(300).withSeed(2));
        assertThat(r.trace()).extracting(c -> c.seenAs().toString()).containsOnly("192.168.49.2", "192.168.49.3", "192.168.49.4");
        // the entry node's address is allowed only at a backend on that same node (rule 19)
        assertThat(r.trace()).allSatisfy(c -> {
            Pod backend = ((Peer.PodPeer) r.rows().get(c.backend().getAsInt()).backend().peer()).pod();
            assertThat(c.allowed()).isEqualTo(backend.node().orElseThrow().equals(c.node()));
        });
        assertThat(r.rows()).extracting(BackendLoad::verdictWord).containsOnly("partial");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("SNATs it to the node's address"));
    }

    @Test
    @DisplayName("rule 22: with externalTrafficPolicy Local the client keeps its address and reaches only the entry node's backends")
    void nodePortLocalKeepsTheClientAndStaysOnTheNode() {
        Service svc = nodePort(true, ServiceType.NODE_PORT);
        var onlyClients = policy("shop/in", "app=web").ingress(rule(from(ipBlock("203.0.113.0/24")))).build();
        ClusterSnapshot s = shop(svc).policy(onlyClients).build();
        SimulationResult r = simulate(s, request(svc, Peer.of(IpAddress.of("203.0.113.9"))).withConnections(300));
        assertThat(r.trace()).filteredOn(c -> c.backend().isPresent()).allSatisfy(c -> {
            assertThat(c.seenAs()).hasToString("203.0.113.9");
            assertThat(c.allowed()).isTrue();
            Pod backend = ((Peer.PodPeer) r.rows().get(c.backend().getAsInt()).backend().peer()).pod();
            assertThat(backend.node()).contains(c.node());
        });
        // node-3 runs no backend: a NodePort connection entering it is dropped
        assertThat(r.unrouted()).isEqualTo(100);
        assertThat(r.failed()).isEqualTo(100);
        Service lb = nodePort(true, ServiceType.LOAD_BALANCER);
        SimulationResult balanced = simulate(shop(lb).policy(onlyClients).build(),
                request(lb, Peer.of(IpAddress.of("203.0.113.9"))).withConnections(300));
        assertThat(balanced.failed()).isZero();
        assertThat(balanced.trace()).extracting(SimulatedConnection::node).doesNotContain("node-3");
    }

    @Test
    @DisplayName("rule 21: a selector-less Service's hand-written external endpoint is a backend, where ipBlocks decide")
    void selectorlessServiceToAnExternalAddress() {
        Service legacy = new Service("shop", "legacy-db", ServiceType.CLUSTER_IP, Optional.empty(),
                List.of(new ServicePort("", Protocol.TCP, 5432, new TargetPort.Number(5432), 0)), List.of(IpAddress.of("10.96.0.54")),
                false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ServiceEndpoints outside = new ServiceEndpoints("shop", "legacy-db",
                List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), true, Optional.empty())),
                List.of(new EndpointPort("", 5432, Protocol.TCP)));
        for (String block : List.of("203.0.113.0/24", "198.51.100.0/24")) {
            var egress = policy("shop/out", "role=client").types(Direction.EGRESS).egress(rule(from(ipBlock(block)), tcp(5432))).build();
            ClusterSnapshot s = cluster().pod(client).service(legacy).endpoints(outside).policy(egress).build();
            SimulationResult r = simulate(s, SimulationRequest.of("shop/client", List.of(peer(client)), legacy, 5432, Protocol.TCP)
                    .withConnections(50));
            boolean allowed = block.startsWith("203");
            assertThat(r.lines()).containsExactly("mode=iptables scheduler=none affinity=None",
                    "203.0.113.10 50 " + (allowed ? "allowed" : "denied"), "failed " + (allowed ? 0 : 50));
        }
    }

    @Test
    @DisplayName("a Service with no ready backend fails every connection, and the check flags it")
    void noReadyBackendFailsEverything() {
        Service orphan = new Service("shop", "orphan", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "gone")), web().ports(),
                List.of(IpAddress.of("10.96.0.9")), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ClusterSnapshot s = shop(web()).service(orphan).build();
        SimulationResult r = simulate(s, request(orphan, peer(client)).withConnections(10));
        assertThat(r.rows()).isEmpty();
        assertThat(r.failed()).isEqualTo(10);
        assertThat(r.unrouted()).isEqualTo(10);
        assertThat(new ServiceCheck(s).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ServiceFinding.Kind.NO_READY_BACKEND);
            assertThat(f.message()).contains("svc:shop/orphan").contains("selector picks no ready pod");
        });
    }

    @Test
    @DisplayName("headless and ExternalName Services are not balanced by kube-proxy, and a missing port is named")
    void unproxiedServicesAndMissingPortsFailClearly() {
        Service headless = new Service("shop", "db", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")), web().ports(), List.of(),
                true, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        Service alias = new Service("shop", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(), List.of(), List.of(), false,
                "api.stripe.example", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ClusterSnapshot s = shop(web()).service(headless).service(alias).build();
        assertThatThrownBy(() -> simulate(s, request(headless, peer(client)))).isInstanceOf(SimulationException.class)
                .hasMessageContaining("headless");
        assertThatThrownBy(() -> simulate(s, request(alias, peer(client)))).hasMessageContaining("DNS alias for api.stripe.example");
        assertThatThrownBy(() -> simulate(s, SimulationRequest.of("c", List.of(peer(client)), web(), 81, Protocol.TCP)))
                .hasMessageContaining("has no port 81/TCP");
        assertThatThrownBy(() -> request(web(), peer(client)).withConnections(0)).hasMessageContaining("connections 0 is not within");
    }

    @Test
    @DisplayName("a client pod without an IP (from a manifest) is hashed by a stand-in address, and says so")
    void templatePodsUseAStandInAddress() {
        Pod template = new Pod("shop", "front-1", Map.of("role", "client"), List.of(), Optional.empty(),
                new io.kubereach.model.WorkloadRef("shop", "Deployment", "front"), false, List.of(), true);
        SimulationResult r = simulate(shop(web()).pod(template).build(), request(web(), peer(template)).withConnections(20)
                .withProxy(Optional.of(ProxyMode.IPVS), Optional.of(IpvsScheduler.SH)));
        assertThat(counts(r).values()).containsExactlyInAnyOrder(20, 0, 0);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).matches(".*stand-in address 2(4[0-9]|5[0-5])\\..*"));
    }
}
