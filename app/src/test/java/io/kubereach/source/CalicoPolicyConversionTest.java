package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoProtocol;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.PortSpec;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calico policies and tiers read from manifests, with Calico's defaults and validation. */
class CalicoPolicyConversionTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("calico.yaml");

    @Test
    @DisplayName("the reference NetworkPolicy sample reads with its selector, types, rules, protocol and ports")
    void referenceSample() throws Exception {
        CalicoPolicy policy = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: allow-tcp-6379, namespace: production}
                spec:
                  selector: role == 'database'
                  types: [Ingress, Egress]
                  ingress:
                  - action: Allow
                    metadata: {annotations: {from: frontend, to: database}}
                    protocol: TCP
                    source: {selector: role == 'frontend'}
                    destination:
                      ports: [6379]
                  egress:
                  - action: Allow
                """).cniPolicies().calico().get(0);

        assertThat(policy.kind()).isEqualTo(CalicoPolicyKind.NETWORK_POLICY);
        assertThat(policy.namespace()).contains("production");
        assertThat(policy.tier()).isEqualTo("default");
        assertThat(policy.order()).isEmpty();
        assertThat(policy.selector()).hasToString("role == \"database\"");
        assertThat(policy.types()).containsExactlyInAnyOrder(Direction.INGRESS, Direction.EGRESS);
        CalicoRule ingress = policy.ingress().get(0);
        assertThat(ingress.action()).isEqualTo(CalicoAction.ALLOW);
        assertThat(ingress.protocol()).contains(new CalicoProtocol(6));
        assertThat(ingress.source().selector().map(Object::toString)).contains("role == \"frontend\"");
        assertThat(ingress.destination().ports()).containsExactly(new PortSpec.Range(6379, 6379));
        assertThat(policy.egress().get(0)).isEqualTo(CalicoRule.of(CalicoAction.ALLOW));
    }

    @Test
    @DisplayName("types left out default from the rules: egress rules alone make an Egress-only policy")
    void typesDefault() throws Exception {
        List<CalicoPolicy> policies = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: egress-only}
                spec:
                  egress: [{action: Allow}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: no-rules}
                spec:
                  selector: all()
                """).cniPolicies().calico();
        assertThat(policies.get(0).types()).containsExactly(Direction.EGRESS);
        assertThat(policies.get(0).typesDeclared()).isFalse();
        assertThat(policies.get(1).types()).containsExactly(Direction.INGRESS);
        assertThat(policies.get(1).namespace()).isEmpty();
    }

    @Test
    @DisplayName("ports are numbers, start:end ranges and names; protocols names or numbers; nets CIDRs or addresses")
    void portsProtocolsAndNets() throws Exception {
        CalicoRule rule = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: mix}
                spec:
                  order: 100.5
                  tier: security
                  namespaceSelector: projectcalico.org/name in {"foo", "bar"}
                  doNotTrack: true
                  applyOnForward: true
                  ingress:
                  - action: Deny
                    protocol: 132
                    source:
                      nets: [192.0.2.0/24, 198.51.100.7]
                      notNets: [192.0.2.128/25]
                    destination:
                      ports: [8080, '1234:5678', 'named-port']
                ---
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: security}
                spec: {order: 300}
                """).cniPolicies().calico().get(0).ingress().get(0);
        assertThat(rule.protocol()).contains(new CalicoProtocol(132));
        assertThat(rule.source().nets()).containsExactly(Cidr.of("192.0.2.0/24"), Cidr.of("198.51.100.7/32"));
        assertThat(rule.source().notNets()).containsExactly(Cidr.of("192.0.2.128/25"));
        assertThat(rule.destination().ports()).containsExactly(new PortSpec.Range(8080, 8080), new PortSpec.Range(1234, 5678),
                new PortSpec.Named("named-port"));
    }

    @Test
    @DisplayName("a GlobalNetworkPolicy keeps its order, tier, namespaceSelector and host options")
    void globalPolicyFields() throws Exception {
        CalicoPolicy policy = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: ip-protect}
                spec:
                  selector: apply-ip-protect == 'true'
                  order: 0
                  doNotTrack: true
                  applyOnForward: true
                  types: [Ingress]
                  ingress:
                  - action: Deny
                    source: {selector: "ip-deny-list == 'true' && !has(projectcalico.org/namespace)"}
                """).cniPolicies().calico().get(0);
        assertThat(policy.order()).hasValue(0.0);
        assertThat(policy.hostOptions().doNotTrack()).isTrue();
        assertThat(policy.hostOptions().applyOnForward()).isTrue();
        assertThat(policy.hostOptions().preDNAT()).isFalse();
    }

    @Test
    @DisplayName("a doNotTrack or preDNAT policy governs no pod, and its object is named in a warning saying so")
    void hostEndpointOnlyPoliciesGovernNoPod() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: untracked}
                spec:
                  doNotTrack: true
                  applyOnForward: true
                  ingress: [{action: Deny}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: pre-dnat}
                spec:
                  preDNAT: true
                  applyOnForward: true
                  ingress: [{action: Deny}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: forwarded}
                spec:
                  applyOnForward: true
                  ingress: [{action: Deny}]
                """);
        List<CalicoPolicy> policies = snapshot.cniPolicies().calico();
        assertThat(policies).extracting(CalicoPolicy::name).containsExactly("untracked", "pre-dnat", "forwarded");
        assertThat(policies).extracting(p -> p.governsPods(Direction.INGRESS)).containsExactly(false, false, true);
        assertThat(policies).allMatch(p -> p.governs(Direction.INGRESS));
        assertThat(snapshot.warnings()).filteredOn(w -> w.contains("host endpoints only")).hasSize(2)
                .anyMatch(w -> w.contains("GlobalNetworkPolicy untracked: doNotTrack"))
                .anyMatch(w -> w.contains("GlobalNetworkPolicy pre-dnat: preDNAT"));
    }

    @Test
    @DisplayName("a Tier without order has 1,000,000; built-in tiers keep Calico's fixed order and action")
    void tiers() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: devops}
                spec: {defaultAction: Pass}
                ---
                apiVersion: projectcalico.org/v3
                kind: Tier
                metadata: {name: default}
                spec: {order: 5, defaultAction: Pass}
                """);
        assertThat(snapshot.cniPolicies().calicoTiers()).containsExactly(
                new CalicoTier("devops", CalicoTier.DEFAULT_ORDER, CalicoAction.PASS, true),
                new CalicoTier("default", CalicoTier.DEFAULT_ORDER, CalicoAction.DENY, true));
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("Tier default") && w.contains("order 1000000 and default action Deny"));
    }

    @Test
    @DisplayName("crd.projectcalico.org/v1 reads the same as projectcalico.org/v3, with a warning naming the storage form")
    void storageFormReadsTheSame() throws Exception {
        String body = """
                metadata: {name: allow-nginx-ingress, namespace: demo}
                spec:
                  selector: app == 'nginx'
                  types: [Ingress]
                  ingress:
                  - action: Allow
                    source: {selector: run == 'access'}
                """;
        CalicoPolicy v3 = manifests.read("apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\n" + body).cniPolicies().calico().get(0);
        ClusterSnapshot v1 = manifests.folder().read("calico.yaml", "apiVersion: crd.projectcalico.org/v1\nkind: NetworkPolicy\n" + body);
        assertThat(v1.cniPolicies().calico()).containsExactly(v3);
        assertThat(v1.warnings()).anyMatch(w -> w.contains("crd.projectcalico.org/v1") && w.contains("NetworkPolicy demo/allow-nginx-ingress")
                && w.contains("projectcalico.org/v3 is the API users write"));
    }

    @Test
    @DisplayName("a selector Calico cannot parse is one warning naming file, object, field and column; the rest is read")
    void badSelectorIsNamed() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: broken, namespace: shop}
                spec:
                  selector: app == 'web'
                  ingress:
                  - action: Allow
                    source: {selector: "role == frontend"}
                ---
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: fine, namespace: shop}
                spec:
                  ingress: [{action: Allow}]
                """);
        assertThat(snapshot.cniPolicies().calico()).extracting(CalicoPolicy::name).containsExactly("fine");
        assertThat(snapshot.cniPolicies().unevaluated()).extracting(UnevaluatedPolicy::name).containsExactly("broken");
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("calico.yaml: NetworkPolicy shop/broken:")
                && w.contains("spec ingress item 1 source selector 'role == frontend': column 9: expected a quoted string after =="));
    }

    @Test
    @DisplayName("what Calico's validation refuses is refused: numeric ports without protocol, lower-case protocol names, global() in a policy selector")
    void validation() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: no-protocol}
                spec:
                  ingress: [{action: Allow, destination: {ports: [80]}}]
                ---
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: lower-case}
                spec:
                  ingress: [{action: Allow, protocol: tcp}]
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: global-subject}
                spec:
                  selector: global()
                ---
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: named-ports-need-no-protocol}
                spec:
                  ingress: [{action: Allow, destination: {ports: [http]}}]
                """);
        assertThat(snapshot.cniPolicies().unevaluated()).extracting(UnevaluatedPolicy::name)
                .containsExactly("no-protocol", "lower-case", "global-subject");
        assertThat(snapshot.cniPolicies().calico()).extracting(CalicoPolicy::name).containsExactly("named-ports-need-no-protocol");
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("lists port numbers without a protocol"))
                .anyMatch(w -> w.contains("'tcp' is not TCP, UDP"))
                .anyMatch(w -> w.contains("global() is only allowed in a rule's namespaceSelector"));
    }

    @Test
    @DisplayName("a policy in a tier nobody declares is kept, with a warning; ServiceAccounts are read with their labels")
    void missingTierAndServiceAccounts() throws Exception {
        ClusterSnapshot snapshot = manifests.read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: orphan, namespace: shop}
                spec: {tier: platform, ingress: [{action: Pass}]}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: api-service, namespace: shop, labels: {app: web-frontend}}
                """);
        assertThat(snapshot.cniPolicies().calico()).hasSize(1);
        assertThat(snapshot.warnings()).anyMatch(w -> w.contains("no Tier platform is declared") && w.contains("shop/orphan"));
        assertThat(snapshot.cniPolicies().serviceAccounts())
                .containsExactly(new ServiceAccount("shop", "api-service", Map.of("app", "web-frontend")));
        assertThat(snapshot.cniPolicies().calico().get(0).ingress().get(0).action()).isEqualTo(CalicoAction.PASS);
        assertThat(snapshot.cniPolicies().calico().get(0).namespaceSelector()).isEqualTo(Optional.empty());
    }
}
