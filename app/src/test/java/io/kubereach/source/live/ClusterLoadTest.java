package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.Pod;
import io.kubereach.model.SourceGap;
import io.kubereach.model.WorkloadRef;
import io.kubereach.source.ManifestSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("loading a live cluster through a kubeconfig")
class ClusterLoadTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private Environment noVariables() {
        return new Environment(Map.of(), dir);
    }

    private ClusterObjects load(ClusterScope scope, LoadProgress progress, CancelToken cancel) throws Exception {
        Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
        return ClusterLoad.read(new ClusterTarget(Optional.of(config), Optional.empty(), scope), noVariables(), progress, cancel);
    }

    private ClusterObjects load() throws Exception {
        return load(ClusterScope.all(), LoadProgress.NONE, CancelToken.none());
    }

    @Test
    @DisplayName("reads namespaces, pods and policies into the model through the kubeconfig's current context")
    void readsTheClusterIntoTheModel() throws Exception {
        cluster.create(namespace("shop", "blue"), pod("shop", "web-1", "web", "10.1.0.5"), pod("shop", "client-1", "client", "10.1.0.6"),
                allow("shop", "client", "web"));
        ClusterSnapshot s = load().snapshot();
        assertThat(s.source()).isEqualTo("context dev");
        assertThat(s.namespaces()).singleElement().satisfies(ns -> assertThat(ns.labels()).containsEntry("team", "blue"));
        assertThat(s.pods()).extracting(Pod::name).containsExactly("client-1", "web-1");
        assertThat(s.pods().get(0).owner()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "client-5d9c"));
        assertThat(s.policies()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("web-from-client"));
        assertThat(s.gaps()).isEmpty();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    @DisplayName("KUBECONFIG's files are merged: the current context comes from the first, and --context switches to the other's cluster")
    void mergedKubeconfigAndContextSwitch() throws Exception {
        try (MockCluster other = new MockCluster()) {
            cluster.create(pod("shop", "here", "web", "10.1.0.5"));
            other.create(pod("shop", "there", "web", "10.2.0.5"));
            Path first = cluster.kubeconfig(dir.resolve("first"), "a", "a");
            Path second = other.kubeconfig(dir.resolve("second"), "b", "b");
            java.nio.file.Files.writeString(second, java.nio.file.Files.readString(second)
                    .replace("name: mock", "name: mock-b").replace("cluster: mock,", "cluster: mock-b,"));
            Environment env = new Environment(Map.of("KUBECONFIG", first + File.pathSeparator + second), dir);
            ClusterObjects current = ClusterLoad.read(new ClusterTarget(Optional.empty(), Optional.empty(), ClusterScope.all()), env,
                    LoadProgress.NONE, CancelToken.none());
            assertThat(current.context()).isEqualTo("a");
            assertThat(current.snapshot().pods()).extracting(Pod::name).containsExactly("here");
            ClusterObjects switched = ClusterLoad.read(new ClusterTarget(Optional.empty(), Optional.of("b"), ClusterScope.all()), env,
                    LoadProgress.NONE, CancelToken.none());
            assertThat(switched.context()).isEqualTo("b");
            assertThat(switched.snapshot().pods()).extracting(Pod::name).containsExactly("there");
        }
    }

    @Test
    @DisplayName("5,000 pods are listed in pages of 500, following the continue tokens, with progress after each page")
    void largeListsArePaginated() throws Exception {
        List<HasMetadata> pods = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            pods.add(pod("ns-" + (i % 10), String.format("p-%04d", i), "app-" + (i % 50), "10.3." + (i / 250) + "." + (i % 250 + 1)));
        }
        cluster.create(pods);
        List<Integer> podProgress = new ArrayList<>();
        ClusterObjects read = load(ClusterScope.all(), new LoadProgress() {
            @Override
            public void advanced(ResourceKind kind, int count) {
                if (kind == ResourceKind.POD) {
                    podProgress.add(count);
                }
            }
        }, CancelToken.none());
        assertThat(read.snapshot().pods()).hasSize(5_000);
        List<MockCluster.Request> podLists = cluster.requests().stream().filter(r -> r.path().startsWith("/api/v1/pods?")).toList();
        assertThat(podLists).hasSize(10).allSatisfy(r -> assertThat(r.path()).contains("limit=500"));
        assertThat(podLists.stream().filter(r -> r.path().contains("continue="))).hasSize(9);
        assertThat(podProgress).containsExactly(500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000);
    }

    @Test
    @DisplayName("progress is reported kind by kind with counts")
    void progressKindByKind() throws Exception {
        cluster.create(namespace("shop", "blue"), pod("shop", "web-1", "web", "10.1.0.5"), allow("shop", "client", "web"));
        List<String> lines = new ArrayList<>();
        load(ClusterScope.all(), new LoadProgress() {
            @Override
            public void started(ResourceKind kind, int step, int steps) {
                lines.add(step + "/" + steps + " " + kind.plural());
            }

            @Override
            public void finished(ResourceKind kind, int read, List<String> problems) {
                lines.add(read + " " + kind.plural());
            }
        }, CancelToken.none());
        assertThat(lines).startsWith("1/37 Namespaces", "1 Namespaces", "2/37 Nodes", "0 Nodes", "3/37 Pods", "1 Pods");
        assertThat(lines).contains("15/37 NetworkPolicies", "1 NetworkPolicies", "16/37 ConfigMaps", "0 ConfigMaps",
                        "17/37 AdminNetworkPolicies", "0 AdminNetworkPolicies", "18/37 BaselineAdminNetworkPolicies",
                        "0 BaselineAdminNetworkPolicies", "19/37 ClusterNetworkPolicies", "0 ClusterNetworkPolicies",
                        "20/37 Routes", "0 Routes", "21/37 Gateways", "22/37 HTTPRoutes", "23/37 GRPCRoutes", "24/37 TLSRoutes", "0 TLSRoutes",
                        "25/37 ServiceAccounts", "26/37 CiliumNetworkPolicies", "29/37 NetworkPolicies")
                .endsWith("36/37 NetworkPolicies", "0 NetworkPolicies", "37/37 ClusterNetworkPolicies", "0 ClusterNetworkPolicies");
    }

    @Test
    @DisplayName("a cancelled load stops with a CancellationException")
    void cancelling() throws Exception {
        cluster.create(pod("shop", "web-1", "web", "10.1.0.5"));
        CancelToken cancel = new CancelToken();
        assertThatThrownBy(() -> load(ClusterScope.all(), new LoadProgress() {
            @Override
            public void started(ResourceKind kind, int step, int steps) {
                if (kind == ResourceKind.POD) {
                    cancel.cancel();
                }
            }
        }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(cluster.requests()).noneMatch(r -> r.path().startsWith("/api/v1/services"));
    }

    @Test
    @DisplayName("NetworkPolicies that may not be listed become a gap and a warning; namespaces the user may read are read one by one")
    void forbiddenPoliciesBecomeGaps() throws Exception {
        cluster.create(namespace("shop", "blue"), namespace("vault", "red"), allow("shop", "client", "web"), allow("vault", "a", "b"));
        cluster.refuse("/apis/networking.k8s.io/v1/networkpolicies", 403);
        cluster.refuse("/namespaces/vault/networkpolicies", 403);
        ClusterObjects read = load();
        assertThat(read.snapshot().policies()).extracting(p -> p.namespace() + "/" + p.name()).containsExactly("shop/web-from-client");
        assertThat(read.snapshot().gaps()).containsExactly(new SourceGap("NetworkPolicy", "vault", GapReason.status(403)));
        assertThat(read.snapshot().warnings()).containsExactly(
                "cannot list NetworkPolicies in namespace vault (forbidden (403)): reachability there is unknown");
    }

    @Test
    @DisplayName("when no namespace is known, a forbidden kind is a gap for the whole cluster")
    void forbiddenEverywhere() throws Exception {
        cluster.refuse("/networking.k8s.io/v1/networkpolicies", 403);
        cluster.refuse("/api/v1/namespaces?", 403);
        ClusterObjects read = load();
        assertThat(read.snapshot().gaps()).containsExactly(new SourceGap("Namespace", "", GapReason.status(403)),
                new SourceGap("NetworkPolicy", "", GapReason.status(403)));
        assertThat(read.snapshot().warnings()).contains("cannot list NetworkPolicies in any namespace (forbidden (403)):"
                + " reachability there is unknown; choose namespaces you may read with -n NS");
    }

    @Test
    @DisplayName("-n reads only the chosen namespaces, and still the DaemonSets of kube-system")
    void chosenNamespaces() throws Exception {
        cluster.create(namespace("shop", "blue"), namespace("other", "red"), pod("shop", "web-1", "web", "10.1.0.5"),
                pod("other", "x-1", "x", "10.1.0.6"),
                new DaemonSetBuilder().withNewMetadata().withName("calico-node").withNamespace("kube-system").endMetadata()
                        .withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("calico-node")
                        .withImage("calico/node:v3.28").endContainer().endSpec().endTemplate().endSpec().build());
        ClusterSnapshot s = load(new ClusterScope(List.of("shop")), LoadProgress.NONE, CancelToken.none()).snapshot();
        assertThat(s.source()).isEqualTo("context dev (namespaces shop)");
        assertThat(s.pods()).extracting(Pod::name).containsExactly("web-1");
        assertThat(s.namespaces()).extracting(n -> n.name()).containsExactly("shop", "kube-system"); // kube-system only implied
        assertThat(s.workloads()).singleElement().satisfies(w -> {
            assertThat(w.ref()).isEqualTo(new WorkloadRef("kube-system", "DaemonSet", "calico-node"));
            assertThat(w.containers()).extracting(c -> c.image()).containsExactly("calico/node:v3.28");
        });
        assertThat(cluster.requests()).anyMatch(r -> r.path().equals("/api/v1/namespaces/shop"))
                .noneMatch(r -> r.path().startsWith("/api/v1/pods"))
                .noneMatch(r -> r.path().contains("/namespaces/other/"));
    }

    @Test
    @DisplayName("kube-proxy's ConfigMap gives its mode and IPVS scheduler; nodes keep their pod CIDRs, addresses and annotations")
    void kubeProxyAndNodes() throws Exception {
        cluster.create(new ConfigMapBuilder().withNewMetadata().withName("kube-proxy").withNamespace("kube-system").endMetadata()
                        .addToData("config.conf", "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n"
                                + "mode: ipvs\nipvs:\n  scheduler: lc\n")
                        .addToData("kubeconfig.conf", "token-like content that is not kept").build(),
                new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata().withName("node-1")
                        .addToAnnotations("projectcalico.org/IPv4Address", "10.0.0.11/24").endMetadata()
                        .withNewSpec().withPodCIDR("10.244.1.0/24").endSpec()
                        .withNewStatus().addNewAddress().withType("InternalIP").withAddress("10.0.0.11").endAddress().endStatus().build());
        ClusterObjects read = load();
        assertThat(read.snapshot().kubeProxy()).contains(new KubeProxyConfig("ipvs", "lc"));
        assertThat(read.snapshot().nodes()).singleElement().satisfies(n -> {
            assertThat(n.podCidrs()).hasToString("[10.244.1.0/24]");
            assertThat(n.addresses()).hasToString("[10.0.0.11]");
            assertThat(n.annotations()).containsEntry("projectcalico.org/IPv4Address", "10.0.0.11/24");
        });
        assertThat(ManifestSource.serialization().asJson(read.objects())).doesNotContain("token-like content");
    }

    @Test
    @DisplayName("Gateways and HTTPRoutes are read from a cluster that serves the Gateway API, and its Gateway's pods carry the route")
    void gatewayApiIsRead() throws Exception {
        cluster.create(pod("shop", "web-1", "web", "10.1.0.5"),
                new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("infra").endMetadata().build(),
                new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder().withApiVersion("gateway.networking.k8s.io/v1")
                        .withKind("Gateway").withNewMetadata().withName("public").withNamespace("infra").endMetadata()
                        .withAdditionalProperties(Map.of("spec", Map.of("gatewayClassName", "istio"))).build(),
                new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder().withApiVersion("gateway.networking.k8s.io/v1")
                        .withKind("HTTPRoute").withNewMetadata().withName("shop").withNamespace("shop").endMetadata()
                        .withAdditionalProperties(Map.of("spec", Map.of("parentRefs", List.of(Map.of("name", "public", "namespace", "infra")),
                                "rules", List.of(Map.of("backendRefs", List.of(Map.of("name", "web", "port", 80))))))).build());

        ClusterSnapshot s = load().snapshot();

        assertThat(s.ingresses()).extracting(i -> i.kind().kind() + " " + i.qualifiedName())
                .containsExactlyInAnyOrder("Gateway infra/public", "HTTPRoute shop/shop");
        assertThat(s.ingresses()).filteredOn(i -> i.kind() == io.kubereach.model.EntryKind.HTTP_ROUTE).singleElement()
                .satisfies(r -> assertThat(r.gateways()).containsExactly("infra/public"));
        assertThat(s.gaps()).isEmpty();
    }

    @Test
    @DisplayName("a ReplicaSet's Deployment is recorded: pods belong to it, and keep their ReplicaSet as the controller netpol-analyzer names")
    void deploymentsAreRecordedAsOwners() throws Exception {
        cluster.create(pod("shop", "web-1", "web", "10.1.0.5"), new ReplicaSetBuilder()
                .withNewMetadata().withName("web-5d9c").withNamespace("shop")
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("web").withController(true)
                .withUid("d1").endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(1).withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("example/web:1").endContainer().endSpec()
                .endTemplate().endSpec().build());
        ClusterSnapshot s = load().snapshot();
        assertThat(s.pods()).singleElement().satisfies(p -> {
            assertThat(p.owner()).as("the workload users name").isEqualTo(new WorkloadRef("shop", "Deployment", "web"));
            assertThat(p.controller()).as("the direct controller, as netpol-analyzer names it").isEqualTo(new WorkloadRef("shop", "ReplicaSet", "web-5d9c"));
        });
        assertThat(s.workloads()).singleElement().satisfies(w -> {
            assertThat(w.ref()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "web-5d9c"));
            assertThat(w.owner()).contains(new WorkloadRef("shop", "Deployment", "web"));
        });
    }

    @Test
    @DisplayName("only the fields KubeReach reads are kept: no environment values, no last-applied-configuration")
    void onlyReadFieldsAreKept() throws Exception {
        var pod = pod("shop", "web-1", "web", "10.1.0.5");
        pod.getMetadata().setAnnotations(Map.of("kubectl.kubernetes.io/last-applied-configuration", "{\"secret\":\"s3cr3t-applied\"}"));
        cluster.create(pod);
        ClusterObjects read = load();
        String kept = ManifestSource.serialization().asJson(read.objects());
        assertThat(kept).contains("\"name\":\"web-1\"", "\"containerPort\":8080", "\"podIP\":\"10.1.0.5\"")
                .doesNotContain("hunter2-not-for-snapshots").doesNotContain("s3cr3t-applied").doesNotContain("DB_PASSWORD");
    }
}
