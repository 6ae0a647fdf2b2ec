package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumL7;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumProtocol;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.PortSpec;
import io.kubereach.model.UnevaluatedPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cilium policies read from manifests, with Cilium's defaults filled in ({@code pkg/policy/api}, {@code utils.go}). */
class CiliumPolicyConversionTest {

    @TempDir
    Path dir;

    ManifestFolder folder;

    @BeforeEach
    void setUp() {
        folder = new ManifestFolder(dir);
    }

    private ClusterSnapshot read(String yaml) throws ManifestException {
        return folder.read("policies.yaml", yaml);
    }

    private CiliumRule onlyRule(String yaml) throws ManifestException {
        List<CiliumPolicy> policies = read(yaml).cniPolicies().cilium();
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0).rules()).hasSize(1);
        return policies.get(0).rules().get(0);
    }

    private static Map<String, String> pod(String namespace, Map<String, String> labels) {
        Map<String, String> identity = new java.util.HashMap<>(labels);
        identity.put(CiliumSelector.NAMESPACE_KEY, namespace);
        return identity;
    }

    @Test
    @DisplayName("a namespaced policy's subject and bare peer selectors stay in its namespace (l3.yaml)")
    void namespacedPolicyScopesItsSelectors() throws Exception {
        CiliumRule rule = onlyRule("""
                apiVersion: "cilium.io/v2"
                kind: CiliumNetworkPolicy
                metadata: {name: l3-rule, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {role: backend}}
                  ingress:
                  - fromEndpoints:
                    - matchLabels: {role: frontend}
                """);

        CiliumSelector subject = ((CiliumSubject.Endpoints) rule.subject()).selector();
        assertThat(subject.matches(pod("shop", Map.of("role", "backend")))).isTrue();
        assertThat(subject.matches(pod("other", Map.of("role", "backend")))).isFalse();
        CiliumSelector peer = ((CiliumPeer.Endpoints) rule.ingress().get(0).peers().get(0)).selector();
        assertThat(peer.matches(pod("shop", Map.of("role", "frontend")))).isTrue();
        assertThat(peer.matches(pod("other", Map.of("role", "frontend")))).isFalse();
        assertThat(rule.ingress().get(0).ports()).isEqualTo(CiliumPorts.EVERY);
        assertThat(rule.defaultDeny().isolates(Direction.INGRESS)).isTrue();
        assertThat(rule.defaultDeny().isolates(Direction.EGRESS)).isFalse();
    }

    @Test
    @DisplayName("a peer naming a pod namespace keeps it; a clusterwide policy's bare peer means pods of any namespace")
    void namespaceKeysAndClusterwidePeers() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: k8s-expose-across-namespace, namespace: ns1}
                spec:
                  endpointSelector: {matchLabels: {name: leia}}
                  ingress:
                  - fromEndpoints:
                    - matchLabels: {k8s:io.kubernetes.pod.namespace: ns2, name: luke}
                ---
                apiVersion: cilium.io/v2
                kind: CiliumClusterwideNetworkPolicy
                metadata: {name: clusterwide-policy-example}
                spec:
                  endpointSelector: {matchLabels: {name: leia}}
                  ingress:
                  - fromEndpoints:
                    - matchLabels: {name: luke}
                """);
        CiliumPolicy across = snapshot.cniPolicies().cilium().get(0);
        CiliumSelector fromNs2 = ((CiliumPeer.Endpoints) across.rules().get(0).ingress().get(0).peers().get(0)).selector();
        assertThat(fromNs2.matches(pod("ns2", Map.of("name", "luke")))).isTrue();
        assertThat(fromNs2.matches(pod("ns1", Map.of("name", "luke")))).isFalse();

        CiliumPolicy clusterwide = snapshot.cniPolicies().cilium().get(1);
        assertThat(clusterwide.clusterwide()).isTrue();
        CiliumSelector subject = ((CiliumSubject.Endpoints) clusterwide.rules().get(0).subject()).selector();
        assertThat(subject.matches(pod("anywhere", Map.of("name", "leia")))).isTrue();
        CiliumSelector luke = ((CiliumPeer.Endpoints) clusterwide.rules().get(0).ingress().get(0).peers().get(0)).selector();
        assertThat(luke.matches(pod("anywhere", Map.of("name", "luke")))).isTrue();
        assertThat(luke.matchesReserved(Set.of("world"))).isFalse();
    }

    @Test
    @DisplayName("egress: [{}] isolates egress and allows nothing (egress-default-deny.yaml)")
    void emptyRuleAllowsNothing() throws Exception {
        CiliumRule rule = onlyRule("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: deny-all-egress}
                spec:
                  endpointSelector: {matchLabels: {role: restricted}}
                  egress:
                  - {}
                """);
        assertThat(rule.egress()).hasSize(1);
        assertThat(rule.egress().get(0).peers()).isEmpty();
        assertThat(rule.egress().get(0).matchesSomething()).isFalse();
        assertThat(rule.defaultDeny().isolates(Direction.EGRESS)).isTrue();
    }

    @Test
    @DisplayName("ports without L3 mean every peer; endPort makes a range, names are lower-cased, port 0 is every port")
    void portsWithoutPeers() throws Exception {
        CiliumRule rule = onlyRule("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: l4-port-range-rule}
                spec:
                  endpointSelector: {matchLabels: {app: myService}}
                  egress:
                  - toPorts:
                    - ports:
                      - {port: "80", endPort: 444, protocol: TCP}
                      - {port: HTTP-Alt}
                      - {port: "0", protocol: udp}
                """);
        CiliumPeerRule egress = rule.egress().get(0);
        assertThat(egress.peers()).containsExactly(new CiliumPeer.Entity(CiliumEntity.ALL));
        assertThat(((CiliumPorts.Listed) egress.ports()).rules().get(0).ports()).containsExactly(
                new CiliumPort(new PortSpec.Range(80, 444), CiliumProtocol.TCP),
                new CiliumPort(new PortSpec.Named("http-alt"), CiliumProtocol.ANY),
                new CiliumPort(new PortSpec.AnyPort(), CiliumProtocol.UDP));
    }

    @Test
    @DisplayName("entities, deny rules and CIDRs with except are read as written (from_world_deny.yaml, cidr.yaml)")
    void entitiesDenyAndCidrs() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: cilium.io/v2
                kind: CiliumClusterwideNetworkPolicy
                metadata: {name: external-lockdown}
                spec:
                  endpointSelector: {}
                  ingressDeny:
                  - fromEntities: [world]
                  ingress:
                  - fromEntities: [all]
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: cidr-rule}
                spec:
                  endpointSelector: {matchLabels: {app: myService}}
                  egress:
                  - toCIDR: [20.1.1.1/32, 20.1.1.2]
                  - toCIDRSet:
                    - cidr: 10.0.0.0/8
                      except: [10.96.0.0/12]
                """);
        CiliumRule lockdown = snapshot.cniPolicies().cilium().get(0).rules().get(0);
        assertThat(lockdown.ingressDeny().get(0).peers()).containsExactly(new CiliumPeer.Entity(CiliumEntity.WORLD));
        assertThat(lockdown.ingress().get(0).peers()).containsExactly(new CiliumPeer.Entity(CiliumEntity.ALL));
        assertThat(lockdown.defaultDeny().isolates(Direction.INGRESS)).isTrue();

        CiliumRule cidr = snapshot.cniPolicies().cilium().get(1).rules().get(0);
        assertThat(cidr.egress().get(0).peers()).containsExactly(
                new CiliumPeer.Cidr(new IpBlock(Cidr.of("20.1.1.1/32"), List.of())),
                new CiliumPeer.Cidr(new IpBlock(Cidr.of("20.1.1.2/32"), List.of())));
        assertThat(cidr.egress().get(1).peers()).containsExactly(
                new CiliumPeer.Cidr(new IpBlock(Cidr.of("10.0.0.0/8"), List.of(Cidr.of("10.96.0.0/12")))));
    }

    @Test
    @DisplayName("toFQDNs is kept as an FQDN peer and L7 rules as filters on the port (fqdn.yaml, l7-policy.yaml)")
    void fqdnAndL7() throws Exception {
        CiliumRule rule = onlyRule("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: to-fqdn}
                spec:
                  endpointSelector: {matchLabels: {app: test-app}}
                  egress:
                  - toEndpoints:
                    - matchLabels: {"k8s:io.kubernetes.pod.namespace": kube-system, "k8s:k8s-app": kube-dns}
                    toPorts:
                    - ports: [{port: "53", protocol: ANY}]
                      rules:
                        dns: [{matchPattern: "*"}]
                  - toFQDNs:
                    - matchName: my-remote-service.com
                """);
        assertThat(((CiliumPorts.Listed) rule.egress().get(0).ports()).rules().get(0).l7()).containsExactly(CiliumL7.DNS);
        assertThat(rule.egress().get(1).peers()).containsExactly(new CiliumPeer.Fqdn(List.of("my-remote-service.com")));
    }

    @Test
    @DisplayName("enableDefaultDeny false selects without isolating; specs add rules")
    void enableDefaultDenyAndSpecs() throws Exception {
        CiliumPolicy policy = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: broad, namespace: shop}
                specs:
                - endpointSelector: {}
                  enableDefaultDeny: {ingress: false}
                  ingress:
                  - fromEntities: [world]
                - endpointSelector: {matchLabels: {app: db}}
                  egressDeny:
                  - toEntities: [world]
                """).cniPolicies().cilium().get(0);
        assertThat(policy.rules()).hasSize(2);
        assertThat(policy.rules().get(0).defaultDeny().isolates(Direction.INGRESS)).isFalse();
        assertThat(policy.rules().get(0).defaultDeny().ingressDeclared()).isTrue();
        assertThat(policy.rules().get(1).defaultDeny().isolates(Direction.EGRESS)).isTrue();
    }

    @Test
    @DisplayName("an empty fromEndpoints list selects nobody")
    void emptyPeerList() throws Exception {
        CiliumRule rule = onlyRule("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: nobody}
                spec:
                  endpointSelector: {}
                  ingress:
                  - fromEndpoints: []
                    toPorts: [{ports: [{port: "80"}]}]
                """);
        assertThat(rule.ingress().get(0).peers()).isEmpty();
    }

    @Test
    @DisplayName("a namespace in a namespaced endpointSelector is overridden, with a warning, as Cilium does")
    void subjectNamespaceOverridden() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: sneaky, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: bank}}
                  ingress: [{fromEntities: [world]}]
                """);
        CiliumSelector subject = ((CiliumSubject.Endpoints) snapshot.cniPolicies().cilium().get(0).rules().get(0).subject()).selector();
        assertThat(subject.matches(pod("shop", Map.of()))).isTrue();
        assertThat(subject.matches(pod("bank", Map.of()))).isFalse();
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("CiliumNetworkPolicy shop/sneaky")
                && w.contains("applies the policy in shop only"));
    }

    @Test
    @DisplayName("an invalid policy is one warning naming file, object and field; it stays as unevaluated and the rest is read")
    void invalidPolicyIsNamedAndKeptUnknown() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: combined, namespace: shop}
                spec:
                  endpointSelector: {}
                  ingress:
                  - fromEndpoints: [{}]
                    fromCIDR: [10.0.0.0/8]
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: lowercase-operator, namespace: shop}
                spec:
                  endpointSelector: {}
                  ingress:
                  - fromEndpoints:
                    - matchExpressions: [{key: "k8s:io.kubernetes.pod.namespace", operator: "in", values: [production]}]
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: fine, namespace: shop}
                spec:
                  endpointSelector: {}
                  ingress: [{fromEntities: [world]}]
                """);
        assertThat(snapshot.cniPolicies().cilium()).extracting(CiliumPolicy::name).containsExactly("fine");
        assertThat(snapshot.cniPolicies().unevaluated()).extracting(UnevaluatedPolicy::name)
                .containsExactly("combined", "lowercase-operator");
        assertThat(snapshot.cniPolicies().unevaluated().get(0).canDrop()).isTrue();
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("policies.yaml: CiliumNetworkPolicy shop/combined:")
                && w.contains("spec ingress item 1 combines fromEndpoints and fromCIDR"));
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("CiliumNetworkPolicy shop/lowercase-operator")
                && w.contains("unknown operator 'in'"));
    }
}
