package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniPlugin;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.CrossNodeMode;
import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Workload;
import io.kubereach.text.MessageText;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the CNI is recognised from the DaemonSet manifests its project installs")
class CniManifestsTest {

    /** Reads {@code cni/<path>} from the test resources: a folder, or one file. */
    private static ClusterSnapshot read(String path) throws ManifestException, URISyntaxException {
        return new ManifestSource().read(Path.of(Objects.requireNonNull(CniManifestsTest.class.getResource("/cni/" + path)).toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "flannel,             FLANNEL,     NOT_ENFORCED, DaemonSet kube-flannel/kube-flannel-ds",
        "flannel-kube-system, FLANNEL,     NOT_ENFORCED, DaemonSet kube-system/kube-flannel-ds",
        "calico,              CALICO,      ENFORCED,     DaemonSet kube-system/calico-node",
        "canal,               CANAL,       ENFORCED,     DaemonSet kube-system/canal",
        "cilium,              CILIUM,      ENFORCED,     DaemonSet kube-system/cilium",
        "weave,               WEAVE,       ENFORCED,     DaemonSet kube-system/weave-net",
        "antrea,              ANTREA,      ENFORCED,     DaemonSet kube-system/antrea-agent",
        "kube-router,         KUBE_ROUTER, ENFORCED,     DaemonSet kube-system/kube-router"})
    @DisplayName("each project's DaemonSet names its CNI, whether it enforces policy, and the DaemonSet as evidence")
    void recognisesEachCni(String folder, CniPlugin plugin, PolicyEnforcement enforcement, String daemonSet) throws Exception {
        CniInfo cni = new CniRecognizer(read(folder + "/daemonset.yaml")).recognise();
        assertThat(cni.plugin()).contains(plugin);
        assertThat(cni.name()).isEqualTo(plugin.displayName());
        assertThat(cni.enforcement()).isEqualTo(enforcement);
        assertThat(cni.enforcementWarning().isPresent()).isEqualTo(enforcement == PolicyEnforcement.NOT_ENFORCED);
        assertThat(cni.evidence()).isNotEmpty().allSatisfy(e -> assertThat(MessageText.english(e.object())).isEqualTo(daemonSet));
        assertThat(cni.crossNode().kind()).isNotEqualTo(CrossNodeMode.Kind.UNKNOWN);
    }

    @Test
    @DisplayName("a DaemonSet keeps its template's containers and images, init containers left out")
    void daemonSetsKeepTheirTemplateContainers() throws Exception {
        Workload canal = read("canal/daemonset.yaml").workloads().stream().filter(w -> w.ref().name().equals("canal")).findFirst().orElseThrow();
        assertThat(canal.ref().kind()).isEqualTo("DaemonSet");
        assertThat(canal.containers()).extracting(c -> c.name() + "=" + c.image())
                .containsExactly("calico-node=docker.io/calico/node:v3.28.0", "kube-flannel=docker.io/flannel/flannel:v0.24.4");
    }

    @Test
    @DisplayName("flannel's node annotations are read: they confirm the vxlan overlay, and the node's pod CIDR is listed")
    void flannelNodeAnnotationsConfirmTheOverlay() throws Exception {
        ClusterSnapshot s = read("flannel");
        assertThat(s.nodes()).singleElement().satisfies(n ->
                assertThat(n.annotations()).containsEntry("flannel.alpha.coreos.com/backend-type", "vxlan"));
        CniInfo cni = new CniRecognizer(s).recognise();
        assertThat(cni.crossNode().observed()).isTrue();
        assertThat(cni.crossNode().mechanism()).isEqualTo("vxlan");
        assertThat(cni.nodes()).singleElement().satisfies(n -> assertThat(n.podCidrs()).containsExactly(Cidr.of("10.244.1.0/24")));
        assertThat(cni.evidence()).extracting(e -> MessageText.english(e.message()))
                .contains("node worker-1: annotation flannel.alpha.coreos.com/backend-type=vxlan and 3 more");
    }

    @Test
    @DisplayName("the demo cluster runs flannel (known through its DaemonSet's pods), which does not enforce policy")
    void demoClusterRunsFlannel() throws Exception {
        CniInfo cni = new CniRecognizer(DemoCluster.snapshot()).recognise();
        assertThat(cni.plugin()).contains(CniPlugin.FLANNEL);
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.NOT_ENFORCED);
        assertThat(cni.evidence()).extracting(e -> MessageText.english(e.message()))
                .containsExactly("DaemonSet kube-system/kube-flannel-ds: container kube-flannel runs docker.io/flannel/flannel:v0.25.1");
        assertThat(cni.nodes()).extracting(n -> n.node() + " " + n.podCidrs())
                .containsExactly("node-a [10.244.0.0/24]", "node-b [10.244.1.0/24]");
    }
}
