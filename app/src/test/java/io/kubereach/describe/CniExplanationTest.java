package io.kubereach.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.source.ManifestSource;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explanation of a verdict a Cilium or Calico policy decided names the policy, its tier and
 * order, the rule and its action, in English and in Chinese; both engines explain alike.
 */
@DisplayName("explaining verdicts Cilium and Calico policies decide")
class CniExplanationTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec: {nodeName: n1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
            status: {podIP: 10.244.1.10}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: good, namespace: shop, labels: {app: good}}
            spec: {nodeName: n1, containers: [{name: c, image: x}]}
            status: {podIP: 10.244.1.11}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: bad, namespace: shop, labels: {app: bad}}
            spec: {nodeName: n1, containers: [{name: c, image: x}]}
            status: {podIP: 10.244.1.12}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: client, namespace: shop, labels: {app: client}}
            spec: {nodeName: n1, containers: [{name: c, image: x}]}
            status: {podIP: 10.244.1.13}
            """;

    private static final String CILIUM = """
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: lockdown, namespace: shop}
            spec:
              endpointSelector: {matchLabels: {app: web}}
              ingressDeny:
              - fromEndpoints: [{matchLabels: {app: bad}}]
              ingress:
              - fromEndpoints: [{matchLabels: {app: good}}]
                toPorts:
                - ports: [{port: "8080", protocol: TCP}]
                  rules: {http: [{method: GET}]}
            ---
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: to-fqdn, namespace: shop}
            spec:
              endpointSelector: {matchLabels: {app: client}}
              egress:
              - toFQDNs: [{matchName: api.example.com}]
            """;

    private static final String CALICO = """
            apiVersion: projectcalico.org/v3
            kind: Tier
            metadata: {name: security}
            spec: {order: 100}
            ---
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata: {name: security.ops}
            spec:
              tier: security
              order: 10
              selector: app == 'web'
              ingress:
              - action: Deny
                source: {selector: app == 'bad'}
              - action: Pass
            ---
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              selector: app == 'web'
              ingress:
              - action: Allow
                source: {selector: app == 'good'}
            """;

    @TempDir
    Path dir;

    private ClusterSnapshot read(String policies) throws Exception {
        Files.writeString(dir.resolve("pods.yaml"), PODS);
        Files.writeString(dir.resolve("policies.yaml"), policies);
        return new ManifestSource().read(List.of(dir));
    }

    private static Pod pod(ClusterSnapshot s, String name) {
        return s.pods().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The explanation in one language, the same from both engines. */
    private static List<String> lines(ClusterSnapshot s, Peer from, Peer to, int port, Language language) {
        MessageText text = MessageText.in(language);
        List<String> out = null;
        for (ReachabilityEngine engine : List.of(new IndexedEngine(s), new LiteralEngine(s))) {
            Verdict v = engine.verdict(from, to, Protocol.TCP, port);
            List<String> lines = new VerdictExplanation(s).messages(v).stream().map(text::render).toList();
            if (out != null) {
                assertThat(lines).as("both engines explain alike").isEqualTo(out);
            }
            out = lines;
        }
        return out;
    }

    @Test
    @DisplayName("a Cilium deny names the policy, its ingressDeny rule and the port")
    void ciliumDeny() throws Exception {
        ClusterSnapshot s = read(CILIUM);
        assertThat(lines(s, Peer.of(pod(s, "bad")), Peer.of(pod(s, "web")), 8080, Language.ENGLISH)).contains(
                "ingress at shop/web: CiliumNetworkPolicy `shop/lockdown` ingressDeny rule 1 denies 8080/TCP");
    }

    @Test
    @DisplayName("a Cilium allow with an L7 rule says who isolates and admits, and that the L7 rule filters further")
    void ciliumAllowWithL7() throws Exception {
        ClusterSnapshot s = read(CILIUM);
        List<String> lines = lines(s, Peer.of(pod(s, "good")), Peer.of(pod(s, "web")), 8080, Language.ENGLISH);
        assertThat(lines.get(1)).startsWith("ingress at shop/web: no rule of CiliumNetworkPolicy `shop/lockdown` matches;")
                .endsWith("isolated by CiliumNetworkPolicy `shop/lockdown`; admitted by CiliumNetworkPolicy `shop/lockdown` ingress rule 1");
        assertThat(lines).contains("caveat: rule 1 of CiliumNetworkPolicy `shop/lockdown` allows it at L4 only: an L7 rule or required"
                + " authentication filters it further");
    }

    @Test
    @DisplayName("toFQDNs leaves an outside address unknown, naming the domain names")
    void ciliumFqdn() throws Exception {
        ClusterSnapshot s = read(CILIUM);
        List<String> lines = lines(s, Peer.of(pod(s, "client")), Peer.of(IpAddress.of("203.0.113.5")), 443, Language.ENGLISH);
        assertThat(lines.get(0)).startsWith("egress at shop/client: the NetworkPolicy tier may allow or deny 443/TCP (rule 1 of `shop/to-fqdn`"
                + " matches the domain names api.example.com");
    }

    @Test
    @DisplayName("Calico tiers: a Pass in one tier, then the default tier's policy with its order")
    void calicoTiers() throws Exception {
        ClusterSnapshot s = read(CALICO);
        assertThat(lines(s, Peer.of(pod(s, "good")), Peer.of(pod(s, "web")), 8080, Language.ENGLISH)).contains(
                "ingress at shop/web: tier `security`: Calico GlobalNetworkPolicy `security.ops` (order 10) rule 2 passes;"
                        + " tier `default`: Calico NetworkPolicy `shop/web` (no order: it runs after every policy that has one) rule 1"
                        + " allows 8080/TCP");
        assertThat(lines(s, Peer.of(pod(s, "bad")), Peer.of(pod(s, "web")), 8080, Language.ENGLISH)).contains(
                "ingress at shop/web: tier `security`: Calico GlobalNetworkPolicy `security.ops` (order 10) rule 1 denies 8080/TCP");
    }

    @Test
    @DisplayName("the same walks read in Chinese")
    void chinese() throws Exception {
        ClusterSnapshot calico = read(CALICO);
        String text = String.join("\n", lines(calico, Peer.of(pod(calico, "good")), Peer.of(pod(calico, "web")), 8080,
                Language.SIMPLIFIED_CHINESE));
        assertThat(text).contains("层级 `security`").contains("Calico GlobalNetworkPolicy `security.ops`（order 10）")
                .contains("没有 order").doesNotContain("passes").doesNotContain("allows");
        ClusterSnapshot cilium = read(CILIUM);
        String deny = String.join("\n", lines(cilium, Peer.of(pod(cilium, "bad")), Peer.of(pod(cilium, "web")), 8080,
                Language.SIMPLIFIED_CHINESE));
        assertThat(deny).contains("CiliumNetworkPolicy `shop/lockdown`").contains("ingressDeny 第 1 条规则").contains("拒绝")
                .doesNotContain("denies");
    }
}
