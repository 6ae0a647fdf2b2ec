package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.SourceGap;
import io.kubereach.model.WorkloadRef;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What manifests gained with live clusters: kube-proxy's ConfigMap, workload owners, and snapshot headers. */
@DisplayName("manifests of what a live cluster holds")
class ClusterObjectsInManifestsTest {

    @TempDir
    Path dir;

    private static final String REPLICA_SET = """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web-5d9c
              namespace: shop
              ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, controller: true, uid: d1}]
            spec:
              replicas: 3
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: "example/web:1", ports: [{name: http, containerPort: 8080}]}]}
            """;

    @Test
    @DisplayName("kube-proxy's ConfigMap gives the mode and IPVS scheduler; other ConfigMaps are ignored")
    void kubeProxyConfigMap() throws Exception {
        ClusterSnapshot s = new ManifestFolder(dir).read("cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: kube-proxy, namespace: kube-system}
                data:
                  config.conf: |
                    kind: KubeProxyConfiguration
                    mode: ipvs
                    ipvs: {scheduler: sh}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: kube-proxy, namespace: default}
                data: {config.conf: "mode: nftables"}
                """);
        assertThat(s.kubeProxy()).contains(new KubeProxyConfig("ipvs", "sh"));
        assertThat(s.warnings()).containsExactly(dir.resolve("cm.yaml")
                + ": ConfigMap default/kube-proxy: v1 ConfigMap is not a kind KubeReach reads: skipped");
    }

    @Test
    @DisplayName("a kube-proxy ConfigMap without a readable config.conf leaves the mode unknown, with a warning")
    void unreadableKubeProxyConfig() throws Exception {
        ClusterSnapshot s = new ManifestFolder(dir).read("cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: kube-proxy, namespace: kube-system}
                data: {config.conf: "mode: [ipvs"}
                """);
        assertThat(s.kubeProxy()).isEmpty();
        assertThat(s.warnings()).singleElement().satisfies(w -> assertThat(w)
                .endsWith("ConfigMap kube-system/kube-proxy: config.conf is not YAML: kube-proxy's mode is unknown"));
    }

    @Test
    @DisplayName("a workload records the controller that owns it and its template's containers")
    void workloadOwner() throws Exception {
        ClusterSnapshot s = new ManifestFolder(dir).read("rs.yaml", REPLICA_SET);
        assertThat(s.workloads()).singleElement().satisfies(w -> {
            assertThat(w.owner()).contains(new WorkloadRef("shop", "Deployment", "web"));
            assertThat(w.containers()).extracting(c -> c.image()).containsExactly("example/web:1");
        });
        assertThat(s.pods()).hasSize(2); // manifests: representative pods, made by the ReplicaSet, which its Deployment owns
        assertThat(s.pods()).allSatisfy(p -> {
            assertThat(p.owner()).isEqualTo(new WorkloadRef("shop", "Deployment", "web"));
            assertThat(p.controller()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "web-5d9c"));
        });
    }

    @Test
    @DisplayName("in a file headed by a snapshot header, workloads make no template pods, and gaps and warnings are restored")
    void snapshotHeader() throws Exception {
        ManifestFolder folder = new ManifestFolder(dir);
        folder.write("snapshot.json", "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":["
                + ManifestSource.serialization().asJson(new SnapshotHeader("prod", "v1.31.0", "2026-11-29T10:00:00Z",
                        java.util.List.of(), java.util.List.of(new SourceGap("NetworkPolicy", "vault", GapReason.status(403))),
                        java.util.List.of("cannot list them")).toConfigMap())
                + "," + ManifestSource.serialization().asJson(ManifestSource.serialization().unmarshal(REPLICA_SET)) + "]}");
        folder.write("extra.yaml", REPLICA_SET.replace("web-5d9c", "api-77aa"));
        ClusterSnapshot s = folder.read();
        assertThat(s.gaps()).containsExactly(new SourceGap("NetworkPolicy", "vault", GapReason.status(403)));
        assertThat(s.warnings()).containsExactly("cannot list them");
        assertThat(s.workloads()).hasSize(2);
        // the snapshot's ReplicaSet makes no pods; the plain manifest's still does
        assertThat(s.pods()).extracting(p -> p.name()).containsExactly("api-77aa-1", "api-77aa-2");
    }
}
