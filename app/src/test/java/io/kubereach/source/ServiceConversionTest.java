package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.IngressRule;
import io.kubereach.model.IpAddress;
import io.kubereach.model.PodRef;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceConversionTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    private Service onlyService(String yaml) throws ManifestException {
        ClusterSnapshot snapshot = manifests.folder().read("svc.yaml", yaml);
        assertThat(snapshot.services()).hasSize(1);
        return snapshot.services().get(0);
    }

    @Test
    void aPlainServiceGetsTheApiServerDefaults() throws Exception {
        Service service = onlyService("""
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {app: web}
                  ports:
                  - {name: http, port: 80}
                  - {name: grpc, port: 5050, targetPort: grpc-port, protocol: TCP}
                  - {name: dns, port: 53, targetPort: 5353, protocol: UDP}
                  - {port: 8080, targetPort: 9090}
                """);

        assertThat(service.type()).isEqualTo(ServiceType.CLUSTER_IP);
        assertThat(service.selector()).contains(Map.of("app", "web"));
        assertThat(service.ports()).containsExactly(
                new ServicePort("http", Protocol.TCP, 80, new TargetPort.Number(80), 0),
                new ServicePort("grpc", Protocol.TCP, 5050, new TargetPort.Named("grpc-port"), 0),
                new ServicePort("dns", Protocol.UDP, 53, new TargetPort.Number(5353), 0),
                new ServicePort("", Protocol.TCP, 8080, new TargetPort.Number(9090), 0));
        assertThat(service.headless()).isFalse();
        assertThat(service.clusterIps()).isEmpty();
        assertThat(service.sessionAffinityClientIp()).isFalse();
        assertThat(service.affinityTimeoutSeconds()).isEqualTo(Service.DEFAULT_AFFINITY_TIMEOUT);
        assertThat(service.externalTrafficLocal()).isFalse();
    }

    @Test
    void aListedNodePortServiceKeepsItsAddressesAffinityAndTrafficPolicy() throws Exception {
        Service service = onlyService("""
                apiVersion: v1
                kind: Service
                metadata: {name: front}
                spec:
                  type: NodePort
                  clusterIP: 10.96.0.10
                  clusterIPs: [10.96.0.10, 'fd00:10:96::a']
                  sessionAffinity: ClientIP
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}
                  externalTrafficPolicy: Local
                  ports: [{port: 80, nodePort: 30080}]
                """);

        assertThat(service.type()).isEqualTo(ServiceType.NODE_PORT);
        assertThat(service.clusterIps()).containsExactly(IpAddress.of("10.96.0.10"), IpAddress.of("fd00:10:96::a"));
        assertThat(service.ports()).singleElement().extracting(ServicePort::nodePort).isEqualTo(30080);
        assertThat(service.sessionAffinityClientIp()).isTrue();
        assertThat(service.affinityTimeoutSeconds()).isEqualTo(60);
        assertThat(service.externalTrafficLocal()).isTrue();
    }

    @Test
    void clusterIpNoneMakesAHeadlessServiceWithoutAddresses() throws Exception {
        Service service = onlyService("""
                {apiVersion: v1, kind: Service, metadata: {name: db}, spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}}
                """);

        assertThat(service.headless()).isTrue();
        assertThat(service.clusterIps()).isEmpty();
    }

    @Test
    void anExternalNameServiceKeepsTheDnsName() throws Exception {
        Service service = onlyService("""
                {apiVersion: v1, kind: Service, metadata: {name: mail}, spec: {type: ExternalName, externalName: smtp.example.com}}
                """);

        assertThat(service.type()).isEqualTo(ServiceType.EXTERNAL_NAME);
        assertThat(service.externalName()).isEqualTo("smtp.example.com");
        assertThat(service.selector()).isEmpty();
    }

    @Test
    void aSelectorLessServiceUsesItsEndpointsThatMayPointOutsideTheCluster() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("external-db.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: legacy-db, namespace: shop}
                spec:
                  ports: [{name: pg, port: 5432}]
                ---
                apiVersion: v1
                kind: Endpoints
                metadata: {name: legacy-db, namespace: shop}
                subsets:
                - addresses: [{ip: 192.0.2.10}]
                  notReadyAddresses:
                  - ip: 10.0.0.7
                    targetRef: {kind: Pod, name: db-0, namespace: shop}
                  ports: [{name: pg, port: 5432}]
                """);

        Service service = snapshot.services().get(0);
        assertThat(service.selector()).isEmpty();
        assertThat(snapshot.endpointsOf(service)).contains(new ServiceEndpoints("shop", "legacy-db",
                java.util.List.of(
                        new EndpointAddress(IpAddress.of("192.0.2.10"), true, Optional.empty()),
                        new EndpointAddress(IpAddress.of("10.0.0.7"), false, Optional.of(new PodRef("shop", "db-0")))),
                java.util.List.of(new EndpointPort("pg", 5432, Protocol.TCP))));
    }

    @Test
    void endpointSlicesOfOneServiceAreMergedAndPreferredOverEndpoints() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("slices.yaml", """
                apiVersion: v1
                kind: Endpoints
                metadata: {name: web}
                subsets: [{addresses: [{ip: 10.0.0.99}], ports: [{port: 80}]}]
                ---
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata: {name: web-abc, labels: {kubernetes.io/service-name: web}}
                addressType: IPv4
                endpoints:
                - addresses: [10.0.0.1]
                  targetRef: {kind: Pod, name: web-1}
                - addresses: [10.0.0.2]
                  conditions: {ready: false}
                ports: [{name: http, port: 8080, protocol: TCP}]
                ---
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata: {name: web-def, labels: {kubernetes.io/service-name: web}}
                addressType: IPv4
                endpoints: [{addresses: [10.0.0.3]}]
                ports: [{name: http, port: 8080}]
                ---
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata: {name: orphan}
                addressType: IPv4
                endpoints: [{addresses: [10.0.0.4]}]
                """);

        assertThat(snapshot.endpoints()).singleElement().satisfies(e -> {
            assertThat(e.service()).isEqualTo("web");
            assertThat(e.addresses()).containsExactly(
                    new EndpointAddress(IpAddress.of("10.0.0.1"), true, Optional.of(new PodRef("default", "web-1"))),
                    new EndpointAddress(IpAddress.of("10.0.0.2"), false, Optional.empty()),
                    new EndpointAddress(IpAddress.of("10.0.0.3"), true, Optional.empty()));
            assertThat(e.ports()).containsExactly(new EndpointPort("http", 8080, Protocol.TCP));
        });
        assertThat(snapshot.warnings()).singleElement().asString()
                .contains("EndpointSlice default/orphan", "kubernetes.io/service-name");
    }

    @Test
    void anIngressHasOneRulePerHostAndPathAndItsDefaultBackend() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: site
                  namespace: web
                  annotations: {kubernetes.io/ingress.class: nginx}
                spec:
                  defaultBackend: {service: {name: fallback, port: {number: 80}}}
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /cart, pathType: Prefix, backend: {service: {name: cart, port: {name: http}}}}
                      - {pathType: Prefix, backend: {service: {name: home, port: {number: 8080}}}}
                """);

        assertThat(snapshot.ingresses()).singleElement().satisfies(ingress -> {
            assertThat(ingress.ingressClass()).isEqualTo("nginx");
            assertThat(ingress.rules()).containsExactly(
                    new IngressRule("", "/", "fallback", 80, ""),
                    new IngressRule("shop.example.com", "/cart", "cart", 0, "http"),
                    new IngressRule("shop.example.com", "/", "home", 8080, ""));
        });
    }

    @Test
    void theIngressClassNameFieldWinsOverTheAnnotation() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: site, annotations: {kubernetes.io/ingress.class: old}}
                spec: {ingressClassName: traefik}
                """);

        assertThat(snapshot.ingresses()).singleElement().satisfies(i -> assertThat(i.ingressClass()).isEqualTo("traefik"));
    }

    @Test
    void anOldIngressVersionIsSkippedWithAWarning() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("old.yaml", """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: site}
                spec: {backend: {serviceName: web, servicePort: 80}}
                """);

        assertThat(snapshot.ingresses()).isEmpty();
        assertThat(snapshot.warnings()).singleElement().asString().contains("old.yaml", "extensions/v1beta1", "not analysed");
    }

    @Test
    void anUnknownServiceTypeFailsNamingTheService() {
        manifests.folder().write("svc.yaml", "{apiVersion: v1, kind: Service, metadata: {name: s, namespace: n}, spec: {type: Magic}}");

        assertThatThrownBy(manifests.folder()::readStrictly)
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("svc.yaml: Service n/s: spec.type 'Magic'");
    }
}
