package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.Pod;
import io.kubereach.model.SourceGap;
import io.kubereach.model.WorkloadRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("tolerant reading: what cannot be read is skipped with a warning, the rest is kept")
class TolerantReadingTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\n";

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    @Test
    @DisplayName("a file of broken YAML is skipped with one warning naming file, line and problem; the other files are read")
    void brokenFileIsSkipped() throws Exception {
        manifests.folder().write("a.yaml", POD);
        ClusterSnapshot snapshot = manifests.folder().read("b.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n");

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("web");
        assertThat(snapshot.warnings()).singleElement().asString()
                .startsWith(manifests.root().resolve("b.yaml") + ": YAML syntax error at line").endsWith(": skipped");
        assertThat(SkippedInput.count(snapshot.warningMessages())).isEqualTo(1);
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    @DisplayName("a Helm template read as a file is skipped with a hint to render its chart")
    void helmTemplateGetsAHint() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "app.fullname" . }}
                spec:
                  {{- with .Values.podLabels }}
                  replicas: {{ .Values.replicas }}
                  {{- end }}
                """);

        assertThat(snapshot.warnings()).singleElement().asString()
                .contains("deployment.yaml: YAML syntax error").endsWith("skipped (a Helm template? render its chart first: helm template RELEASE CHART)");
    }

    @Test
    @DisplayName("a kustomize patch read as a file is skipped with a hint to build its kustomization")
    void kustomizePatchGetsAHint() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("delete-loadgenerator.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: loadgenerator}
                $patch: delete
                """);

        assertThat(snapshot.workloads()).isEmpty();
        assertThat(snapshot.warnings()).singleElement().asString()
                .isEqualTo(manifests.root().resolve("delete-loadgenerator.yaml") + ": Deployment default/loadgenerator: has no spec.template: skipped"
                        + " (a kustomize patch? build its kustomization instead: kubectl kustomize FOLDER)");
    }

    @Test
    @DisplayName("an invalid object is skipped with a warning naming it; the objects beside it in its file are read")
    void invalidObjectIsSkipped() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("app.yaml", POD + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db, namespace: shop}
                spec: {replicas: many}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: cache, namespace: shop}
                """);

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("web", "cache");
        assertThat(snapshot.warnings()).singleElement().asString()
                .startsWith(manifests.root().resolve("app.yaml") + ": Deployment shop/db: not a valid apps/v1 Deployment").endsWith(": skipped");
    }

    @Test
    @DisplayName("a NetworkPolicy that cannot be read leaves its namespace's verdicts unknown, never allowed")
    void skippedPolicyIsAGap() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("policy.yaml", POD + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: both, namespace: shop}
                spec:
                  podSelector: {}
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]
                """);

        assertThat(snapshot.policies()).isEmpty();
        assertThat(snapshot.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("NetworkPolicy");
            assertThat(g.namespace()).isEqualTo("shop");
            assertThat(g.reason()).isEqualTo(GapReason.unreadable(manifests.root().resolve("policy.yaml").toString()));
        });
    }

    @Test
    @DisplayName("a broken file that declares a NetworkPolicy leaves every verdict unknown, since it could be any namespace's")
    void brokenPolicyFileIsAClusterWideGap() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("policies.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: [oops
                """);

        assertThat(snapshot.gaps()).extracting(SourceGap::namespace).containsExactly("");
    }

    @Test
    @DisplayName("an AdminNetworkPolicy that cannot be read leaves every namespace's verdicts unknown")
    void skippedAdminPolicyIsAClusterWideGap() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("anp.yaml", POD + """
                ---
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: guard}
                spec: {priority: many, subject: {namespaces: {}}}
                """);

        assertThat(snapshot.adminPolicies()).isEmpty();
        assertThat(snapshot.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("AdminNetworkPolicy");
            assertThat(g.namespace()).isEmpty();
        });
    }

    @Test
    @DisplayName("strict reading fails on the first problem, naming it")
    void strictFails() {
        manifests.folder().write("a.yaml", POD);
        manifests.folder().write("b.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n");

        assertThatThrownBy(manifests.folder()::readStrictly).isInstanceOf(ManifestException.class).hasMessageContaining("b.yaml: YAML syntax error");
    }

    @Test
    @DisplayName("every kind that is not read is named once, with how many more of its kind were skipped")
    void unreadKindsAreGrouped() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("mesh.yaml", """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: a}
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: b}
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata: {name: default, namespace: istio-system}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: web}
                """);

        String file = manifests.root().resolve("mesh.yaml").toString();
        assertThat(snapshot.warnings()).containsExactly(
                file + ": VirtualService a: networking.istio.io/v1 VirtualService is not analysed yet: skipped, and 1 more of this kind",
                file + ": Sidecar istio-system/default: networking.istio.io/v1 Sidecar is not analysed yet: skipped",
                file + ": Secret web: v1 Secret is not a kind KubeReach reads: skipped");
        assertThat(SkippedInput.count(snapshot.warningMessages())).isZero();
    }

    @Test
    @DisplayName("hidden folders (.git, .github) are not read")
    void hiddenFoldersAreLeftOut() throws Exception {
        manifests.folder().write(".github/workflows/ci.yaml", "name: ci\non: [push]\n");
        ClusterSnapshot snapshot = manifests.folder().read("pod.yaml", POD);

        assertThat(snapshot.pods()).hasSize(1);
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    @DisplayName("with a namespace given, objects that name none go into it, as with kubectl apply -n; the others keep theirs")
    void namespaceForObjectsWithoutOne() throws Exception {
        manifests.folder().write("app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec: {template: {metadata: {labels: {app: api}}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: other, namespace: elsewhere}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: team-a, labels: {team: a}}
                """);

        ClusterSnapshot snapshot = new ManifestSource().inNamespace("team-a").read(manifests.root());

        assertThat(snapshot.workloads()).extracting(w -> w.ref()).containsExactly(new WorkloadRef("team-a", "Deployment", "api"));
        assertThat(snapshot.pods()).extracting(Pod::namespace).containsExactlyInAnyOrder("team-a", "elsewhere");
        assertThat(snapshot.namespace("team-a").labels()).containsEntry("team", "a");
    }

    @Test
    @DisplayName("a namespace used but not declared gets a warning when a namespaceSelector on other labels can never select it")
    void undeclaredNamespacesPassedOver() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("app.yaml", POD + """
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: client, namespace: team-a, labels: {app: client}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-from-teams, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {team: a}}}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-from-names, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: team-a}}}]}]
                """);

        assertThat(snapshot.warnings()).containsExactly("namespaces shop and team-a are used but not declared, so they carry only the label"
                + " kubernetes.io/metadata.name: the namespaceSelectors of NetworkPolicy shop/web-from-teams select by other labels and can"
                + " never select them; declare those Namespaces with their labels");
        ClusterSnapshot declared = manifests.folder().read("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a, labels: {team: a}}\n"
                + "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n");
        assertThat(declared.warnings()).isEmpty();
    }

    @Test
    @DisplayName("text from a stream is read like a file: YAML documents and JSON lists alike")
    void textInput() throws Exception {
        ClusterSnapshot yaml = new ManifestSource().readInputs(List.of(new ManifestInput.Text("stdin", POD)));
        ClusterSnapshot json = new ManifestSource().readInputs(List.of(new ManifestInput.Text("stdin",
                "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n\t{\"apiVersion\": \"v1\", \"kind\": \"Pod\","
                        + " \"metadata\": {\"name\": \"web\", \"namespace\": \"shop\", \"labels\": {\"app\": \"web\"}}}\n]}")));

        assertThat(yaml.pods()).isEqualTo(json.pods()).extracting(Pod::name).containsExactly("web");
        assertThat(yaml.source()).isEqualTo("stdin");
    }

    @Test
    @DisplayName("standard input named twice is read once")
    void stdinOnce() {
        int[] reads = {0};
        List<ManifestInput> inputs = ManifestInput.of(List.of(Path.of("-"), Path.of("a.yaml"), Path.of("-")), () -> {
            reads[0]++;
            return POD;
        });

        assertThat(inputs).hasSize(2);
        assertThat(reads[0]).isEqualTo(1);
    }
}
