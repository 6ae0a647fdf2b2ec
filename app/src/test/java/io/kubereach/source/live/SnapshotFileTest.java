package io.kubereach.source.live;

import static io.kubereach.source.live.ClusterObjectsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.SourceGap;
import io.kubereach.source.ManifestException;
import io.kubereach.source.ManifestSource;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("snapshot files")
class SnapshotFileTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();
    private ClusterObjects read;
    private Path file;

    @BeforeEach
    void readAndSave() throws Exception {
        SyntheticCluster.write(ClusterShape.small(), dir.resolve("manifests"));
        cluster.createFromManifests(dir.resolve("manifests"));
        cluster.create(namespace("vault", "red"), allow("vault", "a", "b"), pod("vault", "b-1", "b", "10.9.0.1"),
                pod("vault", "broken-1", "b", "not-an-address"),
                new ReplicaSetBuilder().withNewMetadata().withName("b-5d9c").withNamespace("vault")
                        .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("b").withController(true)
                        .withUid("d").endOwnerReference().endMetadata()
                        .withNewSpec().withReplicas(2).withNewTemplate().withNewMetadata().addToLabels("app", "b").endMetadata()
                        .withNewSpec().addNewContainer().withName("b").withImage("b:1").endContainer().endSpec().endTemplate()
                        .endSpec().build(),
                new ServiceBuilder().withNewMetadata().withName("b").withNamespace("vault").endMetadata()
                        .withNewSpec().addToSelector("app", "b").withClusterIP("10.96.0.10").addNewPort().withPort(80)
                        .withNewTargetPort(8080).endPort().endSpec().build(),
                new EndpointSliceBuilder().withNewMetadata().withName("b-abc").withNamespace("vault")
                        .addToLabels("kubernetes.io/service-name", "b").endMetadata().withAddressType("IPv4")
                        .addNewEndpoint().withAddresses("10.9.0.1").withNewConditions().withReady(true).endConditions().endEndpoint()
                        .addNewPort().withPort(8080).withProtocol("TCP").endPort().build(),
                new IngressBuilder().withNewMetadata().withName("b").withNamespace("vault").endMetadata()
                        .withNewSpec().withIngressClassName("nginx").withNewDefaultBackend().withNewService().withName("b")
                        .withNewPort().withNumber(80).endPort().endService().endDefaultBackend().endSpec().build(),
                new NodeBuilder().withNewMetadata().withName("node-9").addToAnnotations("flannel.alpha.coreos.com/public-ip", "10.0.0.9")
                        .addToAnnotations("example.com/admin-password", "hunter3-not-for-snapshots")
                        .addToAnnotations("k3s.io/node-args", "[\"server\",\"--disable-network-policy\"]")
                        .endMetadata().withNewSpec().withPodCIDR("10.9.0.0/24").endSpec().build(),
                new ConfigMapBuilder().withNewMetadata().withName("kube-proxy").withNamespace("kube-system").endMetadata()
                        .addToData("config.conf", "mode: iptables\n# was https://admin:kr-snap-pass@10.0.0.1 with " + MockCluster.TOKEN + "\n")
                        .build());
        cluster.refuse("/apis/networking.k8s.io/v1/networkpolicies", 403);
        cluster.refuse("/namespaces/vault/networkpolicies", 403);
        Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
        read = ClusterLoad.read(new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all()),
                new Environment(Map.of(), dir), LoadProgress.NONE, CancelToken.none());
        file = dir.resolve("snapshot.json");
        SnapshotFile.write(read, file);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    @DisplayName("reads back through the manifest reader into the very same model, gaps and warnings included")
    void roundTrip() throws Exception {
        ClusterSnapshot live = read.snapshot();
        ClusterSnapshot saved = new ManifestSource().read(file);
        assertThat(saved.withSource(live.source())).isEqualTo(live);
        assertThat(saved.gaps()).containsExactly(new SourceGap("NetworkPolicy", "vault", GapReason.status(403)));
        assertThat(saved.warnings()).anySatisfy(w -> assertThat(w).contains("NetworkPolicies in namespace vault"))
                .anySatisfy(w -> assertThat(w).contains("Pod vault/broken-1").contains("not-an-address").endsWith(": skipped"));
        assertThat(saved.pods()).hasSize(37); // 36 synthetic, b-1; the broken pod is dropped, and no template pods
        assertThat(saved.kubeProxy()).isPresent();
        assertThat(saved.workloads()).anySatisfy(w -> assertThat(w.owner()).isPresent());
    }

    @Test
    @DisplayName("is one valid Kubernetes List: a header ConfigMap, then the objects, one per line")
    void isAKubernetesList() throws Exception {
        KubernetesList list = ManifestSource.serialization().unmarshal(Files.readString(file), KubernetesList.class);
        assertThat(list.getItems()).hasSize(read.objects().size() + 1);
        assertThat(list.getItems().get(0).getKind()).isEqualTo("ConfigMap");
        assertThat(list.getItems().get(0).getMetadata().getName()).isEqualTo("kubereach-snapshot");
        assertThat(Files.readAllLines(file)).hasSize(read.objects().size() + 3);
        String header = Files.readAllLines(file).get(1);
        assertThat(header).contains("\"context\":\"dev\"", "\"server-version\":\"v1.31.0\"", "\"taken\":\"" + read.taken() + "\"")
                .contains("NetworkPolicy").contains("forbidden (403)");
    }

    @Test
    @DisplayName("a gap keeps its cause, so its reason reads in the reader's language; one written without a cause keeps its words")
    void gapsKeepTheirCause() throws Exception {
        String header = Files.readAllLines(file).get(1);
        assertThat(header).contains("FORBIDDEN");
        Path older = dir.resolve("older.json");
        Files.writeString(older, Files.readString(file).replace(",\\\"cause\\\":\\\"FORBIDDEN\\\"", ""));
        ClusterSnapshot saved = new ManifestSource().read(older);
        assertThat(saved.gaps()).containsExactly(new SourceGap("NetworkPolicy", "vault", GapReason.recorded("forbidden (403)")));
    }

    @Test
    @DisplayName("holds no credential and no environment value")
    void holdsNoSecret() throws Exception {
        String text = Files.readString(file);
        assertThat(text).doesNotContain(MockCluster.TOKEN).doesNotContain("hunter2-not-for-snapshots").doesNotContain("\"env\":[{");
    }

    @Test
    @DisplayName("keeps only the node annotations KubeReach reads, and blanks credentials in every text it keeps")
    void keepsChosenFieldsScrubbed() throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains("flannel.alpha.coreos.com/public-ip", "k3s.io/node-args")
                .doesNotContain("example.com/admin-password").doesNotContain("hunter3-not-for-snapshots")
                .doesNotContain("kr-snap-pass").contains("# was https://***@10.0.0.1 with ***");
    }

    @Test
    @DisplayName("a snapshot of a newer format is refused, naming the file (skipped with that warning when reading tolerantly)")
    void newerFormat() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(file).replace("\"kubereach.io/snapshot-format\":\"1\"", "\"kubereach.io/snapshot-format\":\"9\""));
        assertThatThrownBy(() -> ManifestSource.strict().read(newer)).isInstanceOf(ManifestException.class)
                .hasMessage(newer + ": a KubeReach snapshot of format 9, which this version does not read (it reads format 1)");
        assertThat(new ManifestSource().read(newer).warnings())
                .containsExactly(newer + ": a KubeReach snapshot of format 9, which this version does not read (it reads format 1): skipped");
    }
}
