package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.KubeProxyConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the kube-system/kube-proxy ConfigMap gives kube-proxy's mode and IPVS scheduler")
class KubeProxyConfigMapTest {

    @TempDir
    Path dir;

    /** As kubeadm writes it (kubeconfig.conf trimmed). */
    private static String kubeadmConfigMap(String mode, String scheduler) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: kube-proxy
                  namespace: kube-system
                  labels: {app: kube-proxy}
                data:
                  config.conf: |-
                    apiVersion: kubeproxy.config.k8s.io/v1alpha1
                    bindAddress: 0.0.0.0
                    clientConnection:
                      kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
                    clusterCIDR: 10.244.0.0/16
                    iptables:
                      masqueradeAll: false
                      syncPeriod: 0s
                    ipvs:
                      scheduler: "%s"
                      strictARP: false
                      syncPeriod: 0s
                    kind: KubeProxyConfiguration
                    mode: "%s"
                  kubeconfig.conf: |-
                    apiVersion: v1
                    kind: Config
                """.formatted(scheduler, mode);
    }

    @Test
    @DisplayName("a manifest's kubeadm ConfigMap is read into the snapshot; no ConfigMap leaves it empty")
    void manifestConfigMapIsRead() throws ManifestException {
        ManifestFolder folder = new ManifestFolder(dir);
        assertThat(folder.read("pods.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n").kubeProxy()).isEmpty();
        ClusterSnapshot s = folder.read("kube-proxy.yaml", kubeadmConfigMap("ipvs", "lc"));
        assertThat(s.kubeProxy()).contains(new KubeProxyConfig("ipvs", "lc"));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    @DisplayName("kubeadm's empty mode and scheduler are kept empty, meaning kube-proxy's defaults")
    void emptyFieldsStayEmpty() throws ManifestException {
        assertThat(new ManifestFolder(dir).read("kube-proxy.yaml", kubeadmConfigMap("", "")).kubeProxy())
                .contains(new KubeProxyConfig("", ""));
    }

    @Test
    @DisplayName("other ConfigMaps, and a kube-proxy ConfigMap outside kube-system, are ignored")
    void otherConfigMapsAreIgnored() throws ManifestException {
        String other = kubeadmConfigMap("ipvs", "sh").replace("namespace: kube-system", "namespace: default");
        ClusterSnapshot s = new ManifestFolder(dir).read("other.yaml", other
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config, namespace: kube-system}\ndata: {mode: ipvs}\n");
        assertThat(s.kubeProxy()).isEmpty();
        assertThat(s.warnings()).containsExactly(
                dir.resolve("other.yaml") + ": ConfigMap default/kube-proxy: v1 ConfigMap is not a kind KubeReach reads: skipped,"
                        + " and 1 more of this kind");
    }

    @Test
    @DisplayName("other ConfigMaps are not even parsed: one that is no valid ConfigMap is no error")
    void otherConfigMapsAreNotParsed() throws ManifestException {
        ClusterSnapshot s = new ManifestFolder(dir).read("odd.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: odd, namespace: default}\ndata: {nested: {a: b}, port: 8080}\n");
        assertThat(s.kubeProxy()).isEmpty();
        assertThat(s.warnings()).singleElement().asString()
                .endsWith("odd.yaml: ConfigMap default/odd: v1 ConfigMap is not a kind KubeReach reads: skipped");
    }

    @Test
    @DisplayName("a ConfigMap without config.conf, or with broken YAML in it, is a warning naming it, and the defaults hold")
    void unreadableConfigIsAWarning() throws ManifestException {
        ManifestFolder folder = new ManifestFolder(dir);
        ClusterSnapshot missing = folder.read("kube-proxy.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy, namespace: kube-system}\ndata: {other: x}\n");
        assertThat(missing.kubeProxy()).isEmpty();
        assertThat(missing.warnings()).singleElement().asString().contains("kube-system/kube-proxy").contains("config.conf");
        ClusterSnapshot broken = folder.read("kube-proxy.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy, namespace: kube-system}\ndata:\n  config.conf: \"mode: [ipvs\"\n");
        assertThat(broken.kubeProxy()).isEmpty();
        assertThat(broken.warnings()).singleElement().asString().contains("is not YAML");
    }

    @Test
    @DisplayName("a live cluster's ConfigMap object, fed through the same converter, gives the same configuration")
    void liveConfigMapThroughTheConverter() throws ManifestException {
        ClusterConverter converter = ClusterConverter.forCluster("context kind-kind");
        boolean held = converter.add(new ConfigMapBuilder().withNewMetadata().withName("kube-proxy").withNamespace("kube-system").endMetadata()
                .withData(Map.of("config.conf", "kind: KubeProxyConfiguration\nmode: nftables\n")).build(), "context kind-kind");
        assertThat(held).isTrue();
        assertThat(converter.snapshot().kubeProxy()).contains(new KubeProxyConfig("nftables", ""));
        assertThat(converter.add(new ConfigMapBuilder().withNewMetadata().withName("coredns").withNamespace("kube-system").endMetadata()
                .build(), "context kind-kind")).isFalse();
    }
}
