package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Objects recognised by kind but not evaluated: what they might decide, whether they can drop or allow. */
class UnevaluatedObjectsTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("mesh.yaml");

    @Test
    @DisplayName("an Istio AuthorizationPolicy can drop (not allow) traffic to the pods it selects; in the root namespace to every pod; AUDIT decides nothing")
    void istioAuthorizationPolicies() throws Exception {
        List<UnevaluatedPolicy> objects = manifests.read("""
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: httpbin, namespace: foo}
                spec:
                  selector: {matchLabels: {app: httpbin}}
                  action: DENY
                  rules: [{from: [{source: {namespaces: [test]}}]}]
                ---
                apiVersion: security.istio.io/v1beta1
                kind: AuthorizationPolicy
                metadata: {name: allow-nothing, namespace: istio-system}
                spec: {}
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: audit, namespace: foo}
                spec: {action: AUDIT}
                """).cniPolicies().unevaluated();
        assertThat(objects.get(0).reaches()).containsExactly(new PolicyReach.PodsIn("foo", LabelSelector.of(Map.of("app", "httpbin"))));
        assertThat(objects.get(0).canDrop()).isTrue();
        assertThat(objects.get(0).canAllow()).isFalse();
        assertThat(objects.get(0).directions()).containsExactly(Direction.INGRESS);
        assertThat(objects.get(1).reaches()).containsExactly(new PolicyReach.AllPods());
        assertThat(objects.get(2).decides()).isFalse();
    }

    @Test
    @DisplayName("an Antrea policy can drop and allow; its appliedTo selectors tell which pods, a group means every pod")
    void antreaPolicies() throws Exception {
        List<UnevaluatedPolicy> objects = manifests.read("""
                apiVersion: crd.antrea.io/v1beta1
                kind: ClusterNetworkPolicy
                metadata: {name: acnp-drop-x}
                spec:
                  priority: 5
                  tier: securityops
                  appliedTo:
                  - podSelector: {matchLabels: {role: db}}
                    namespaceSelector: {matchLabels: {env: prod}}
                  ingress: [{action: Drop, from: [{podSelector: {}}]}]
                ---
                apiVersion: crd.antrea.io/v1beta1
                kind: NetworkPolicy
                metadata: {name: anp-group, namespace: shop}
                spec:
                  appliedTo: [{group: web}]
                  ingress: [{action: Allow}]
                """).cniPolicies().unevaluated();
        assertThat(objects.get(0).reaches()).containsExactly(new PolicyReach.PodsWhere(LabelSelector.of(Map.of("env", "prod")),
                LabelSelector.of(Map.of("role", "db"))));
        assertThat(objects.get(0).canDrop()).isTrue();
        assertThat(objects.get(0).canAllow()).isTrue();
        assertThat(objects.get(0).directions()).containsExactly(Direction.INGRESS);
        assertThat(objects.get(1).reaches()).containsExactly(new PolicyReach.PodsIn("shop", LabelSelector.ALL));
    }

    @Test
    @DisplayName("Calico staged policies are recognised but never enforced; host endpoints guard their node; network sets their addresses")
    void calicoObjects() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: StagedNetworkPolicy
                metadata: {name: try-deny, namespace: shop}
                spec: {stagedAction: Set, selector: all(), ingress: [{action: Deny}]}
                ---
                apiVersion: projectcalico.org/v3
                kind: HostEndpoint
                metadata: {name: node1-eth0, labels: {type: production}}
                spec: {interfaceName: eth0, node: node1, expectedIPs: [192.168.0.1]}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkSet
                metadata: {name: ip-protect, labels: {ip-deny-list: 'true'}}
                spec: {nets: [192.0.2.55/32, 203.0.113.0/24]}
                """);
        List<UnevaluatedPolicy> objects = snapshot.cniPolicies().unevaluated();
        assertThat(objects.get(0).decides()).isFalse();
        assertThat(objects.get(1).reaches()).contains(new PolicyReach.NodeTraffic(Optional.of("node1")));
        assertThat(objects.get(1).canDrop()).isTrue();
        assertThat(objects.get(2).mayDecide(io.kubereach.model.IpAddress.of("203.0.113.9"))).isTrue();
        assertThat(objects.get(2).mayDecide(io.kubereach.model.IpAddress.of("198.51.100.1"))).isFalse();
        assertThat(snapshot.warnings()).anyMatch(w -> w.startsWith("3 objects that may decide connections are recognised but not evaluated")
                && w.contains("1 GlobalNetworkSet (projectcalico.org)") && w.contains("1 StagedNetworkPolicy (projectcalico.org)"));
    }

    @Test
    @DisplayName("A Cilium policy with host rules (nodeSelector) is counted among the objects recognised but not evaluated; one without is not")
    void ciliumHostPolicyIsCounted() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: cilium.io/v2
                kind: CiliumClusterwideNetworkPolicy
                metadata: {name: edge-host-firewall}
                spec:
                  nodeSelector: {matchLabels: {role: edge}}
                  ingress: [{fromEntities: [cluster]}]
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: web, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {app: web}}
                  ingress: [{fromEntities: [cluster]}]
                ---
                apiVersion: projectcalico.org/v3
                kind: HostEndpoint
                metadata: {name: node1-eth0}
                spec: {interfaceName: eth0, node: node1, expectedIPs: [192.168.0.1]}
                """);
        assertThat(snapshot.warnings()).anyMatch(w -> w.startsWith("2 objects that may decide connections are recognised but not evaluated")
                && w.contains("1 HostEndpoint (projectcalico.org)")
                && w.contains("1 CiliumClusterwideNetworkPolicy (cilium.io) with host rules (nodeSelector)")
                && !w.contains("CiliumNetworkPolicy (cilium.io)"));
    }
}
