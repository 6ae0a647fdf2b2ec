package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("entry points beside Ingress: OpenShift Routes and the Gateway API")
class EntryConversionTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    private static Ingress only(ClusterSnapshot snapshot, EntryKind kind) {
        return snapshot.ingresses().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a Route leads to its Service and every alternate backend, on its target port by name or number")
    void route() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("route.yaml", """
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: web, namespace: shop}
                spec:
                  host: shop.example.com
                  to: {kind: Service, name: web, weight: 90}
                  alternateBackends: [{kind: Service, name: web-canary, weight: 10}]
                  port: {targetPort: http}
                ---
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: api, namespace: shop}
                spec:
                  to: {name: api}
                  port: {targetPort: 8080}
                """);

        assertThat(snapshot.ingresses()).extracting(Ingress::name, Ingress::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web", EntryKind.ROUTE), org.assertj.core.groups.Tuple.tuple("api", EntryKind.ROUTE));
        assertThat(snapshot.ingresses().get(0).rules()).containsExactly(
                new IngressRule("shop.example.com", "/", "web", 0, "http"),
                new IngressRule("shop.example.com", "/", "web-canary", 0, "http"));
        assertThat(snapshot.ingresses().get(1).rules()).containsExactly(new IngressRule("", "/", "api", 8080, ""));
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    @DisplayName("a Gateway keeps its class; an HTTPRoute its Gateways, hosts, paths and Service backendRefs")
    void gatewayAndHttpRoute() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("gateway.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: public, namespace: infra}
                spec:
                  gatewayClassName: istio
                  listeners: [{name: http, port: 80, protocol: HTTP}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop, namespace: shop}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  hostnames: [shop.example.com]
                  rules:
                  - matches: [{path: {type: PathPrefix, value: /cart}}]
                    backendRefs: [{name: cart, port: 7070}]
                  - backendRefs: [{name: web, port: 80, weight: 90}, {name: web-canary, port: 80, weight: 10}]
                """);

        Ingress gateway = only(snapshot, EntryKind.GATEWAY);
        Ingress route = only(snapshot, EntryKind.HTTP_ROUTE);
        assertThat(gateway.ingressClass()).isEqualTo("istio");
        assertThat(gateway.rules()).isEmpty();
        assertThat(route.gateways()).containsExactly("infra/public");
        assertThat(route.rules()).containsExactly(
                new IngressRule("shop.example.com", "/cart", "cart", 7070, ""),
                new IngressRule("shop.example.com", "/", "web", 80, ""),
                new IngressRule("shop.example.com", "/", "web-canary", 80, ""));
    }

    @Test
    @DisplayName("GRPCRoute and TLSRoute are read alike; a route's Gateway defaults to its own namespace")
    void grpcAndTlsRoutes() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("routes.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: rpc, namespace: shop}
                spec:
                  parentRefs: [{name: internal}]
                  rules: [{backendRefs: [{name: checkout, port: 5050}]}]
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TLSRoute
                metadata: {name: db, namespace: shop}
                spec:
                  parentRefs: [{name: internal}]
                  hostnames: [db.example.com]
                  rules: [{backendRefs: [{name: postgres, port: 5432}]}]
                """);

        assertThat(only(snapshot, EntryKind.GRPC_ROUTE).rules()).containsExactly(new IngressRule("", "/", "checkout", 5050, ""));
        assertThat(only(snapshot, EntryKind.TLS_ROUTE).rules()).containsExactly(new IngressRule("db.example.com", "/", "postgres", 5432, ""));
        assertThat(only(snapshot, EntryKind.TLS_ROUTE).gateways()).containsExactly("shop/internal");
    }

    @Test
    @DisplayName("a backendRef to another namespace says it needs a ReferenceGrant; one to a non-Service is skipped with a warning")
    void backendRefsThatNeedAWord() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("route.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop, namespace: shop}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  rules:
                  - backendRefs: [{name: web, namespace: web, port: 80}, {group: example.com, kind: Bucket, name: assets}]
                """);

        assertThat(only(snapshot, EntryKind.HTTP_ROUTE).rules()).containsExactly(new IngressRule("", "/", "web", 80, "", "web"));
        String file = manifests.root().resolve("route.yaml").toString();
        assertThat(snapshot.warnings()).containsExactly(
                file + ": HTTPRoute shop/shop: spec.rules[0].backendRefs[0] leads to a Service in namespace web, which the Gateway API"
                        + " allows only with a ReferenceGrant there; ReferenceGrants are not checked",
                file + ": HTTPRoute shop/shop: spec.rules[0].backendRefs[1] leads to a Bucket, not a Service: not analysed");
    }

    @Test
    @DisplayName("an Ingress and a Route of one name are two entry points")
    void sameNameDifferentKinds() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("both.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web, namespace: shop}
                spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}
                ---
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: web, namespace: shop}
                spec: {to: {kind: Service, name: web}}
                """);

        assertThat(snapshot.ingresses()).extracting(Ingress::kind).containsExactly(EntryKind.INGRESS, EntryKind.ROUTE);
        assertThat(snapshot.warnings()).isEmpty();
        assertThat(List.of(snapshot.ingresses().get(1).rules().get(0).namesPort())).containsExactly(false);
    }
}
