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

/** Each trap on a small manifest, read the way the command line reads files. */
@DisplayName("traps found in policies read from manifests")
class TrapsFromManifestsTest {

    /** Two pods in namespace app and CoreDNS in kube-system. */
    private static final String CLUSTER = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: app, labels: {app: web}}
            spec: {containers: [{name: web, image: x, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: db, namespace: app, labels: {app: db}}
            spec: {containers: [{name: pg, image: x, ports: [{name: pg, containerPort: 5432}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: coredns, namespace: kube-system, labels: {k8s-app: kube-dns}}
            spec:
              containers:
              - name: coredns
                image: x
                ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-tcp, containerPort: 53}]
            """;

    @TempDir
    Path dir;

    private PolicyDescription describe(String policy) throws Exception {
        Files.writeString(dir.resolve("cluster.yaml"), CLUSTER);
        Files.writeString(dir.resolve("policy.yaml"), policy);
        ClusterSnapshot snapshot = new ManifestSource().read(List.of(dir));
        PolicyDescriber describer = new PolicyDescriber(snapshot);
        return describer.describe(snapshot.policies().get(0));
    }

    private static List<Trap.Kind> kinds(PolicyDescription d) {
        return d.traps().stream().map(Trap::kind).toList();
    }

    @Test
    @DisplayName("an egress policy without policyTypes isolates ingress too")
    void policyTypesLeftOut() throws Exception {
        PolicyDescription d = describe("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-egress, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  egress:
                  - to: [{podSelector: {matchLabels: {app: db}}}]
                    ports: [{port: 5432}]
                  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]
                    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
                """);
        assertThat(kinds(d)).containsExactly(Trap.Kind.POLICY_TYPES_ISOLATE_INGRESS);
        assertThat(MessageText.in(Language.ENGLISH).text(PolicySentences.of(d)))
                .contains("It isolates these pods for ingress and egress.", "Kubernetes fills in [Ingress, Egress]");
    }

    @Test
    @DisplayName("a named port no pod declares")
    void namedPortUndeclared() throws Exception {
        PolicyDescription d = describe("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db-in, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  policyTypes: [Ingress]
                  ingress:
                  - from: [{podSelector: {matchLabels: {app: web}}}]
                    ports: [{port: postgres}]
                """);
        assertThat(kinds(d)).containsExactly(Trap.Kind.NAMED_PORT_UNDECLARED);
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).text(PolicySentences.of(d))).contains("命名端口 postgres/TCP");
    }

    @Test
    @DisplayName("a selector that matches nothing")
    void selectorMatchesNothing() throws Exception {
        PolicyDescription d = describe("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db-in, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  policyTypes: [Ingress]
                  ingress:
                  - from: [{podSelector: {matchLabels: {app: frontend}}}]
                    ports: [{port: 5432}]
                """);
        assertThat(kinds(d)).containsExactly(Trap.Kind.SELECTOR_MATCHES_NOTHING);
        assertThat(MessageText.in(Language.ENGLISH).text(PolicySentences.of(d)))
                .contains("the peer \u201cpods labelled app=frontend in namespace app\u201d matches no pod right now");
    }

    @Test
    @DisplayName("an egress policy that forgets DNS")
    void egressForgetsDns() throws Exception {
        PolicyDescription d = describe("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-egress, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress:
                  - to: [{podSelector: {matchLabels: {app: db}}}]
                    ports: [{port: pg}]
                """);
        assertThat(kinds(d)).containsExactly(Trap.Kind.EGRESS_WITHOUT_DNS);
        assertThat(d.egress().get(0).ports().get(0).resolutions()).singleElement()
                .satisfies(r -> assertThat(r.number()).isEqualTo(5432));
    }

    @Test
    @DisplayName("a careful policy falls into none of them")
    void noTraps() throws Exception {
        PolicyDescription d = describe("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-egress, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress:
                  - to: [{podSelector: {matchLabels: {app: db}}}]
                    ports: [{port: pg}]
                  - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
                    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
                """);
        assertThat(d.traps()).isEmpty();
    }
}
