package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ManifestSourceTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    @Test
    void everyDocumentOfAMultiDocumentYamlFileIsRead() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("app.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels: {team: web}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop}
                ---
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: db, namespace: shop}
                """);

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("web", "db");
        assertThat(snapshot.namespace("shop").labels()).containsEntry("team", "web");
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void itemsOfATypedListTakeTheirKindFromTheList() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("pods.yaml", """
                kind: PodList
                apiVersion: v1
                items:
                - metadata: {name: a, namespace: x, labels: {app: a}}
                - metadata: {name: b, namespace: x}
                """);

        assertThat(snapshot.pods()).extracting(Pod::ref)
                .containsExactly(new PodRef("x", "a"), new PodRef("x", "b"));
        assertThat(snapshot.pods().get(0).labels()).containsEntry("app", "a");
    }

    @Test
    void itemsOfAJsonNamespaceListAndNetworkPolicyListAreRead() throws Exception {
        manifests.folder().write("ns.json", """
                {"kind": "NamespaceList", "apiVersion": "v1",
                 "items": [{"metadata": {"name": "bank", "labels": {"tier": "gold"}}}]}
                """);
        ClusterSnapshot snapshot = manifests.folder().read("policies.json", """
                {"kind": "NetworkPolicyList", "apiVersion": "networking.k8s.io/v1",
                 "items": [{"metadata": {"name": "deny", "namespace": "bank"}, "spec": {"podSelector": {}}}]}
                """);

        assertThat(snapshot.namespace("bank").labels()).containsEntry("tier", "gold");
        assertThat(snapshot.policies()).singleElement().satisfies(p -> assertThat(p.qualifiedName()).isEqualTo("bank/deny"));
    }

    @Test
    void itemsOfAPlainListKeepTheirOwnKinds() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("all.yaml", """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: web}
                  spec: {ports: [{port: 80}]}
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: web}
                  spec:
                    template:
                      metadata: {labels: {app: web}}
                - metadata: {name: no-kind}
                """);

        assertThat(snapshot.services()).hasSize(1);
        assertThat(snapshot.workloads()).hasSize(1);
        assertThat(snapshot.warnings()).singleElement().asString()
                .contains("all.yaml", "List item 3", "not a Kubernetes object");
    }

    @Test
    void anObjectWithoutNamespaceLandsInDefault() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: lonely}
                """);

        assertThat(snapshot.pods()).singleElement().extracting(Pod::namespace).isEqualTo(Namespace.DEFAULT);
        assertThat(snapshot.namespaces()).extracting(Namespace::name).containsExactly(Namespace.DEFAULT);
    }

    @Test
    void anUndeclaredNamespaceIsImpliedWithItsNameLabel() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: payments}
                """);

        assertThat(snapshot.namespaces()).singleElement().satisfies(ns -> {
            assertThat(ns.name()).isEqualTo("payments");
            assertThat(ns.labels()).containsExactly(java.util.Map.entry(Namespace.NAME_LABEL, "payments"));
        });
    }

    @Test
    void aJsonFileThatIsNotAKubernetesObjectIsSkippedWithAWarning() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("connlist_output.json", """
                [{"src": "a", "dst": "b", "conn": "All Connections"}]
                """);

        assertThat(snapshot.pods()).isEmpty();
        assertThat(snapshot.warnings()).singleElement().asString()
                .contains("connlist_output.json", "not a Kubernetes object", "skipped");
    }

    @Test
    void aMapWithoutKindIsSkippedWithAWarning() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("values.yaml", """
                replicaCount: 3
                image: {repository: nginx}
                """);

        assertThat(snapshot.warnings()).singleElement().asString().contains("values.yaml", "no kind or apiVersion");
    }

    @Test
    void kindsThatAreNotReadAreNamedOnceEach() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: b}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: reader}
                """);

        assertThat(snapshot.warnings()).containsExactly(
                manifests.root().resolve("config.yaml") + ": ConfigMap settings: v1 ConfigMap is not a kind KubeReach reads: skipped",
                manifests.root().resolve("config.yaml") + ": ClusterRole reader: rbac.authorization.k8s.io/v1 ClusterRole is not a kind KubeReach reads: skipped");
        assertThat(snapshot.pods()).isEmpty();
    }

    @Test
    void tcpRoutesAndClusterPoliciesOfAnUnknownVersionAreSkippedWithANotAnalysedYetWarning() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("tiers.yaml", """
                apiVersion: policy.networking.k8s.io/v1beta1
                kind: ClusterNetworkPolicy
                metadata: {name: deny-all}
                spec: {priority: 10}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TCPRoute
                metadata: {name: web, namespace: shop}
                """);

        assertThat(snapshot.adminPolicies()).isEmpty();
        assertThat(snapshot.warnings()).hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("tiers.yaml", "not analysed yet"))
                .anySatisfy(w -> assertThat(w).contains("ClusterNetworkPolicy deny-all"))
                .anySatisfy(w -> assertThat(w).contains("TCPRoute shop/web"));
    }

    @Test
    void aVendorNetworkPolicyWithTheSameKindIsNotReadAsAKubernetesOne() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("calico.yaml", """
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: allow-tcp-6379, namespace: production}
                spec: {selector: role == 'database'}
                """);

        assertThat(snapshot.policies()).isEmpty();
        assertThat(snapshot.cniPolicies().calico()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("allow-tcp-6379"));
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void brokenYamlFailsNamingTheFileAndLine() {
        manifests.folder().write("broken.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: [unclosed
                """);

        assertThatThrownBy(manifests.folder()::readStrictly)
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("YAML syntax error at line");
    }

    @Test
    void aMissingPathFailsNamingIt() {
        Path missing = manifests.root().resolve("nowhere");

        assertThatThrownBy(() -> new ManifestSource().read(List.of(missing)))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void aFieldOfTheWrongTypeFailsNamingTheObject() {
        manifests.folder().write("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec: {replicas: many}
                """);

        assertThatThrownBy(manifests.folder()::readStrictly)
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("deploy.yaml: Deployment shop/web: not a valid apps/v1 Deployment");
    }

    @Test
    void foldersAreReadRecursivelyInPathOrderAndOtherFilesAreLeftAlone() throws Exception {
        manifests.folder().write("b/pod.yml", "{apiVersion: v1, kind: Pod, metadata: {name: from-b}}");
        manifests.folder().write("a/deeper/pod.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"from-a\"}}");
        manifests.folder().write("notes.txt", "not yaml: [");

        ClusterSnapshot snapshot = manifests.folder().read();

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("from-a", "from-b");
        assertThat(snapshot.source()).isEqualTo(manifests.root().toString());
    }

    @Test
    void anObjectDeclaredTwiceDifferentlyKeepsTheLaterOneWithAWarning() throws Exception {
        manifests.folder().write("1.yaml", "{apiVersion: v1, kind: Pod, metadata: {name: p, labels: {v: '1'}}}");
        ClusterSnapshot snapshot = manifests.folder().read("2.yaml", "{apiVersion: v1, kind: Pod, metadata: {name: p, labels: {v: '2'}}}");

        assertThat(snapshot.pods()).singleElement().satisfies(p -> assertThat(p.labels()).containsEntry("v", "2"));
        assertThat(snapshot.warnings()).singleElement().asString().contains("2.yaml: Pod default/p", "more than once");
    }
}
