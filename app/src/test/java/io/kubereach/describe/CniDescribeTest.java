package io.kubereach.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.ManifestSource;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cilium and Calico policies described in plain words, with their traps, in English and Chinese. */
@DisplayName("describing Cilium and Calico policies")
class CniDescribeTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec: {containers: [{name: c, image: x}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: api, namespace: shop, labels: {app: api}}
            spec: {containers: [{name: c, image: x}]}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: ops, labels: {team: ops}}
            """;

    /** Flannel's DaemonSet: a cluster whose CNI is neither Cilium nor Calico. */
    private static final String FLANNEL = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: kube-flannel-ds, namespace: kube-flannel}
            spec:
              selector: {matchLabels: {app: flannel}}
              template:
                metadata: {labels: {app: flannel}}
                spec: {containers: [{name: kube-flannel, image: docker.io/flannel/flannel:v0.25.1}]}
            """;

    @TempDir
    Path dir;

    private ClusterSnapshot read(String... documents) throws Exception {
        Files.writeString(dir.resolve("pods.yaml"), PODS);
        Files.writeString(dir.resolve("policies.yaml"), String.join("\n---\n", documents));
        return new ManifestSource().read(List.of(dir));
    }

    private static String english(List<io.kubereach.text.Sentence> sentences) {
        return MessageText.in(Language.ENGLISH).text(sentences);
    }

    @Test
    @DisplayName("a Cilium ingress: [{}] is a trap: it isolates the pods and allows nothing")
    void ciliumEmptyRule() throws Exception {
        ClusterSnapshot s = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: deny-all, namespace: shop}
                spec:
                  endpointSelector: {}
                  ingress: [{}]
                """);
        CiliumPolicyDescriber.Description d = new CiliumPolicyDescriber(s).describe(s.cniPolicies().cilium().get(0));
        assertThat(d.traps()).extracting(Trap::kind).contains(Trap.Kind.CILIUM_RULE_MATCHES_NOTHING);
        assertThat(english(d.sentences())).contains("right now that is 2 pods: api and web")
                .contains("Ingress: the pods are in default deny")
                .contains("ingress rule 1 has no peer (an empty rule such as ingress: [{}]): it puts the pods in default deny and allows nothing");
    }

    @Test
    @DisplayName("a Cilium peer naming only namespace labels is a trap: it stays in the policy's namespace")
    void ciliumNamespaceLabels() throws Exception {
        ClusterSnapshot s = read("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: from-ops, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {app: web}}
                  ingress:
                  - fromEndpoints: [{matchLabels: {io.cilium.k8s.namespace.labels.team: ops}}]
                """);
        CiliumPolicyDescriber.Description d = new CiliumPolicyDescriber(s).describe(s.cniPolicies().cilium().get(0));
        assertThat(d.traps()).extracting(Trap::kind).containsExactly(Trap.Kind.CILIUM_NAMESPACE_LABELS_STAY);
        assertThat(english(d.sentences())).contains("in namespace shop (Cilium adds the policy's namespace) (no pod matches now)")
                .contains("yet Cilium still adds namespace shop");
    }

    @Test
    @DisplayName("a Cilium policy on a cluster whose CNI is flannel is flagged: evaluated but not enforced here")
    void ciliumNotEnforcedHere() throws Exception {
        ClusterSnapshot s = read(FLANNEL, """
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: web, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {app: web}}
                  ingress: [{fromEndpoints: [{matchLabels: {app: api}}]}]
                """);
        CiliumPolicyDescriber.Description d = new CiliumPolicyDescriber(s).describe(s.cniPolicies().cilium().get(0));
        assertThat(d.traps()).extracting(Trap::kind).containsExactly(Trap.Kind.NOT_ENFORCED_HERE);
        assertThat(english(d.sentences())).contains("the cluster's CNI is flannel, not Cilium: this policy is evaluated as written,"
                + " but it is not enforced here");
    }

    @Test
    @DisplayName("Calico traps: no order, a tier the other pods skip, egress only, a tier nobody declares")
    void calicoTraps() throws Exception {
        ClusterSnapshot s = read("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: security.web-out, namespace: shop}
                spec:
                  tier: security
                  selector: app == 'web'
                  egress:
                  - action: Deny
                    destination: {nets: [192.0.2.0/24]}
                """);
        CalicoPolicyDescriber.Description d = new CalicoPolicyDescriber(s).describe(s.cniPolicies().calico().get(0));
        assertThat(d.traps()).extracting(Trap::kind).containsExactly(Trap.Kind.CALICO_NO_ORDER, Trap.Kind.CALICO_EGRESS_ONLY,
                Trap.Kind.CALICO_MISSING_TIER, Trap.Kind.CALICO_TIER_SKIPPED);
        assertThat(english(d.sentences())).contains("Calico NetworkPolicy shop/security.web-out (tier security, no order)")
                .contains("security (not declared: last, default Deny)")
                .contains("rule 1: Deny for to addresses in 192.0.2.0/24 (pod IPs too)")
                .contains("Tier security applies only to the pods one of its policies selects: 1 pod skips it, its default action (Deny) included.");
    }

    @Test
    @DisplayName("the descriptions read in Chinese")
    void chinese() throws Exception {
        ClusterSnapshot s = read("""
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: default-deny}
                spec:
                  order: 2000
                  selector: all()
                  types: [Ingress]
                """, """
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: deny-all, namespace: shop}
                spec:
                  endpointSelector: {}
                  ingress: [{}]
                """);
        MessageText zh = MessageText.in(Language.SIMPLIFIED_CHINESE);
        String calico = zh.text(new CalicoPolicyDescriber(s).describe(s.cniPolicies().calico().get(0)).sentences());
        String cilium = zh.text(new CiliumPolicyDescriber(s).describe(s.cniPolicies().cilium().get(0)).sentences());
        assertThat(calico).contains("Calico GlobalNetworkPolicy default-deny（层级 default，order 2000）").contains("它只管控入站")
                .doesNotContain("applies").doesNotContain("governs");
        assertThat(cilium).contains("没有对等方").contains("入站：这些 Pod 处于默认拒绝").doesNotContain("default deny");
    }
}
