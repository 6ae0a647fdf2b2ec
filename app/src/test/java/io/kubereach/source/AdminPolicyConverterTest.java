package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy manifests into the model. */
@DisplayName("cluster-wide policies read from manifests")
class AdminPolicyConverterTest {

    @TempDir
    Path dir;

    ManifestFolder folder;

    @BeforeEach
    void folder() {
        folder = new ManifestFolder(dir);
    }

    private AdminPolicy only(String yaml) throws Exception {
        ClusterSnapshot snapshot = folder.read("policy.yaml", yaml);
        assertThat(snapshot.adminPolicies()).hasSize(1);
        return snapshot.adminPolicies().get(0);
    }

    @Test
    @DisplayName("a v1alpha1 AdminNetworkPolicy keeps its priority, subject, rule order, actions, peers and ports")
    void adminNetworkPolicy() throws Exception {
        AdminPolicy p = only("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: guard}
                spec:
                  priority: 7
                  subject:
                    pods:
                      namespaceSelector: {matchLabels: {team: a}}
                      podSelector: {matchLabels: {app: web}}
                  egress:
                  - name: dns
                    action: Allow
                    to:
                    - networks: [10.0.0.0/8]
                    - nodes: {matchLabels: {role: infra}}
                    ports:
                    - portNumber: {port: 53, protocol: UDP}
                    - portRange: {start: 8000, end: 8100}
                    - namedPort: metrics
                  - action: Pass
                    to:
                    - domainNames: ["*.example.org"]
                """);
        assertThat(p.kind()).isEqualTo(AdminPolicy.Kind.ADMIN_NETWORK_POLICY);
        assertThat(p.tier()).isEqualTo(AdminPolicy.Tier.ADMIN);
        assertThat(p.priority()).isEqualTo(7);
        assertThat(p.subject()).isEqualTo(new PolicySubject.Pods(LabelSelector.of(Map.of("team", "a")), LabelSelector.of(Map.of("app", "web"))));
        assertThat(p.ingress()).isEmpty();
        assertThat(p.egress()).containsExactly(
                new AdminRule("dns", RuleAction.ALLOW, List.of(new AdminPeer.Networks(List.of(io.kubereach.model.Cidr.of("10.0.0.0/8"))),
                        new AdminPeer.Nodes(LabelSelector.of(Map.of("role", "infra")))),
                        List.of(new AdminPort.Numbers(Protocol.UDP, 53, 53), new AdminPort.Numbers(Protocol.TCP, 8000, 8100),
                                new AdminPort.Named("metrics"))),
                new AdminRule("", RuleAction.PASS, List.of(new AdminPeer.DomainNames(List.of("*.example.org"))), List.of()));
    }

    @Test
    @DisplayName("a v1alpha2 ClusterNetworkPolicy has a tier, Accept for Allow, and ports under protocols")
    void clusterNetworkPolicy() throws Exception {
        AdminPolicy p = only("""
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata: {name: base}
                spec:
                  tier: Baseline
                  priority: 40
                  subject: {namespaces: {}}
                  ingress:
                  - action: Accept
                    from: [{pods: {podSelector: {}}}]
                    protocols:
                    - tcp: {destinationPort: {number: 80}}
                    - sctp: {destinationPort: {range: {start: 9000, end: 9005}}}
                    - destinationNamedPort: dns
                """);
        assertThat(p.tier()).isEqualTo(AdminPolicy.Tier.BASELINE);
        AdminRule rule = p.ingress().get(0);
        assertThat(rule.action()).isEqualTo(RuleAction.ALLOW);
        assertThat(rule.peers()).containsExactly(new AdminPeer.Pods(LabelSelector.ALL, LabelSelector.ALL));
        assertThat(rule.ports()).containsExactly(new AdminPort.Numbers(Protocol.TCP, 80, 80),
                new AdminPort.Numbers(Protocol.SCTP, 9000, 9005), new AdminPort.Named("dns"));
    }

    @Test
    @DisplayName("a peer with no field this version knows fails closed: Deny and Pass deny everything, Allow matches nothing")
    void failClosed() throws Exception {
        ClusterSnapshot snapshot = folder.read("policy.yaml", """
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: future}
                spec:
                  priority: 1
                  subject: {namespaces: {}}
                  egress:
                  - {action: Pass, to: [{serviceAccounts: {name: x}}]}
                  - {action: Allow, to: [{serviceAccounts: {name: y}}]}
                """);
        List<AdminRule> rules = snapshot.adminPolicies().get(0).egress();
        assertThat(rules.get(0).action()).isEqualTo(RuleAction.DENY);
        assertThat(rules.get(0).peers()).singleElement().isInstanceOf(AdminPeer.Everyone.class);
        assertThat(rules.get(1).peers()).isEmpty();
        assertThat(snapshot.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("policy.yaml", "AdminNetworkPolicy future",
                "fails closed"));
    }

    @Test
    @DisplayName("what the API server refuses is refused with one line naming the file, the object and the field")
    void invalidObjectsAreRefused() {
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: loud}
                spec: {priority: 1001, subject: {namespaces: {}}}
                """, "policy.yaml: AdminNetworkPolicy loud: spec.priority 1001 is not within 0..1000");
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: both}
                spec: {priority: 1, subject: {namespaces: {}, pods: {podSelector: {}}}}
                """, "AdminNetworkPolicy both: spec subject sets [namespaces, pods]; exactly one of namespaces, pods must be set");
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: BaselineAdminNetworkPolicy
                metadata: {name: default}
                spec:
                  subject: {namespaces: {}}
                  ingress: [{action: Pass, from: [{namespaces: {}}]}]
                """, "BaselineAdminNetworkPolicy default: ingress rule 1: action 'Pass' is not one of Allow, Deny");
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: BaselineAdminNetworkPolicy
                metadata: {name: other}
                spec: {subject: {namespaces: {}}}
                """, "a BaselineAdminNetworkPolicy must be named default, not 'other'");
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata: {name: tierless}
                spec: {priority: 1, tier: Middle, subject: {namespaces: {}}}
                """, "ClusterNetworkPolicy tierless: spec.tier 'Middle' is neither Admin nor Baseline");
        assertRefused("""
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: backwards}
                spec:
                  priority: 1
                  subject: {namespaces: {}}
                  egress: [{action: Deny, to: [{networks: [10.0.0.0/8]}], ports: [{portRange: {start: 90, end: 80}}]}]
                """, "egress rule 1 port 1 portRange: end 80 is below start 90");
    }

    private void assertRefused(String yaml, String message) {
        folder.write("policy.yaml", yaml);
        assertThatThrownBy(folder::readStrictly).isInstanceOf(ManifestException.class)
                .hasMessageContaining(message).hasMessageNotContaining("Exception");
    }
}
