package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a raw object is typed as its fabric8 class exactly as fabric8's convertValue types it, without writing it out first")
class RawTypingTest {

    private static final RawTyping TYPING = new RawTyping();
    private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) throws YamlReader.Problem {
        return (Map<String, Object>) YamlReader.loadOne(text, "test.yaml");
    }

    private static void typesAsFabric8(String text, Class<? extends HasMetadata> type) throws Exception {
        HasMetadata fast = TYPING.typed(yaml(text), type);
        HasMetadata reference = FABRIC8.convertValue(yaml(text), type);
        assertThat(fast).isEqualTo(reference);
        assertThat(FABRIC8.asJson(fast)).isEqualTo(FABRIC8.asJson(reference));
    }

    @Test
    @DisplayName("a pod with quantities, numbers, booleans, nulls, named and numbered ports and nested lists is the same object")
    void podWithEveryScalarKind() throws Exception {
        typesAsFabric8("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop, labels: {app: web, tier: ~, "8080": x}, annotations: {a: "1"}}
                spec:
                  hostNetwork: false
                  terminationGracePeriodSeconds: 12345678901
                  containers:
                  - name: web
                    image: nginx
                    args: [--port, "8080", --ratio]
                    ports: [{containerPort: 8080, name: http}, {containerPort: 53, protocol: UDP}]
                    resources: {requests: {cpu: 100m, memory: 1.5Gi}, limits: {cpu: 2, memory: 1e3}}
                    readinessProbe: {httpGet: {port: http, path: /}, periodSeconds: 5}
                    livenessProbe: {tcpSocket: {port: 8080}}
                status: {podIP: 10.0.0.1, podIPs: [{ip: 10.0.0.1}], phase: Running}
                """, Pod.class);
        assertThat(((Pod) TYPING.typed(yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, "
                + "resources: {requests: {cpu: 100m}}}]}\n"), Pod.class)).getSpec().getContainers().get(0).getResources().getRequests())
                .containsEntry("cpu", new Quantity("100m"));
    }

    @Test
    @DisplayName("a Service (int-or-string target ports), a DaemonSet, a NetworkPolicy and a custom resource are the same objects")
    void otherKinds() throws Exception {
        typesAsFabric8("""
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}, {port: 443, targetPort: 8443, nodePort: 30443}]}
                """, Service.class);
        typesAsFabric8("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: kube-system}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec: {hostNetwork: true, containers: [{name: a, image: a, resources: {requests: {cpu: 250m}}}]}
                """, DaemonSet.class);
        typesAsFabric8("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db, namespace: shop}
                spec:
                  podSelector: {matchExpressions: [{key: app, operator: In, values: [db]}]}
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}], ports: [{port: 5432, endPort: 5440}]}]
                """, NetworkPolicy.class);
        typesAsFabric8("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: p, namespace: shop}
                spec: {endpointSelector: {}, ingress: [{fromEntities: [world], toPorts: [{ports: [{port: "80", protocol: TCP}]}]}], n: 1.5, b: true}
                """, GenericKubernetesResource.class);
    }

    @Test
    @DisplayName("a mapping with a key that is not text (read by YAML as a number) is typed by fabric8 as before")
    void numberKeysFallBack() throws Exception {
        typesAsFabric8("apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {80: x}}\n", Pod.class);
    }

    @Test
    @DisplayName("a field of the wrong shape fails as fabric8 fails, naming the field")
    void wrongShapeNamesTheField() throws Exception {
        Map<String, Object> bad = yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, ports: [{containerPort: [1]}]}]}\n");
        assertThatThrownBy(() -> TYPING.typed(bad, Pod.class))
                .isInstanceOfSatisfying(RuntimeException.class, e -> assertThat(TypeProblem.field(e))
                        .contains("spec.containers[0].ports[0].containerPort"));
    }
}
