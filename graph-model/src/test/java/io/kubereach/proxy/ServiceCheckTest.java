package io.kubereach.proxy;

import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.proxy.ProxyFixture.http;
import static io.kubereach.proxy.ProxyFixture.web;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Service check flags Services that no connection can reach")
class ServiceCheckTest {

    private final Pod web1 = ProxyFixture.pod("shop/web-1", "app=web", "10.244.0.11", "node-1", "", http(8080));

    private static Service selectorless(String name) {
        return new Service("shop", name, ServiceType.CLUSTER_IP, Optional.empty(),
                List.of(new ServicePort("", Protocol.TCP, 5432, new TargetPort.Number(5432), 0)), List.of(IpAddress.of("10.96.0.54")),
                false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
    }

    @Test
    @DisplayName("a Service whose selector picks a ready pod, and one with ready hand-written endpoints, are fine")
    void servedServicesHaveNoFinding() {
        ServiceEndpoints endpoints = new ServiceEndpoints("shop", "legacy",
                List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), true, Optional.empty())),
                List.of(new EndpointPort("", 5432, Protocol.TCP)));
        ClusterSnapshot s = cluster().pod(web1).service(web()).service(selectorless("legacy")).endpoints(endpoints).build();
        assertThat(new ServiceCheck(s).findings()).isEmpty();
    }

    @Test
    @DisplayName("a Service whose only pod is not ready, and a selector-less one without endpoints, have no ready backend")
    void unreadyAndEndpointlessServicesAreFlagged() {
        Pod unready = new Pod("shop", "web-1", Map.of("app", "web"), web1.ips(), web1.node(), web1.owner(), false, web1.containers(), false);
        ServiceEndpoints notReady = new ServiceEndpoints("shop", "legacy",
                List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), false, Optional.empty())), List.of());
        ClusterSnapshot s = cluster().pod(unready).service(web()).service(selectorless("legacy")).endpoints(notReady)
                .service(selectorless("empty")).build();
        assertThat(new ServiceCheck(s).findings()).extracting(ServiceFinding::kind).containsOnly(ServiceFinding.Kind.NO_READY_BACKEND);
        assertThat(new ServiceCheck(s).findings()).extracting(ServiceFinding::message).containsExactly(
                "svc:shop/web has no ready backend (its selector picks no ready pod): every connection to it fails",
                "svc:shop/legacy has no ready backend (it has no selector and no ready endpoint): every connection to it fails",
                "svc:shop/empty has no ready backend (it has no selector and no ready endpoint): every connection to it fails");
    }

    @Test
    @DisplayName("a named targetPort that no ready backend declares is flagged for that port")
    void unresolvedNamedTargetPortIsFlagged() {
        Pod noName = new Pod("shop", "web-1", Map.of("app", "web"), web1.ips(), web1.node(), web1.owner(), false,
                List.of(new Container("app", "", List.of(new ContainerPort("", 8080, Protocol.TCP)))), true);
        ClusterSnapshot s = cluster().pod(noName).service(web()).build();
        assertThat(new ServiceCheck(s).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ServiceFinding.Kind.TARGET_PORT_UNRESOLVED);
            assertThat(f.message()).contains("port 80/TCP targets the port named 'http'");
        });
    }

    @Test
    @DisplayName("an ExternalName Service has no backends to check")
    void externalNameIsNotChecked() {
        Service alias = new Service("shop", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(),
                List.of(new ServicePort("", Protocol.TCP, 443, new TargetPort.Number(443), 0)), List.of(), false, "api.stripe.example",
                false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
        assertThat(new ServiceCheck(cluster().service(alias).build()).findings()).isEmpty();
    }
}
