package io.kubereach.cni;

import static io.kubereach.engine.Fixture.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.Pod;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the CNI is recognised from DaemonSets and node annotations")
class CniRecognizerTest {

    private static Workload daemonSet(String namespace, String name, Container... containers) {
        return new Workload(new WorkloadRef(namespace, "DaemonSet", name), 1, Map.of(), List.of(containers));
    }

    private static Container container(String name, String image) {
        return new Container(name, image, List.of());
    }

    private static ClusterNode node(String name, Map<String, String> annotations, String... cidrs) {
        return new ClusterNode(name, Map.of(), annotations, List.of(cidrs).stream().map(Cidr::of).toList(), List.of());
    }

    private static CniInfo recognise(ClusterSnapshotBuilder b) {
        return new CniRecognizer(b.build()).recognise();
    }

    @Test
    @DisplayName("flannel alone does not enforce policy: verdicts are intended, not enforced, and a warning says why")
    void flannelDoesNotEnforce() {
        CniInfo cni = recognise(cluster().workload(daemonSet("kube-flannel", "kube-flannel-ds",
                container("kube-flannel", "docker.io/flannel/flannel:v0.25.1"))).node(node("node-a", Map.of(), "10.244.0.0/24")));
        assertThat(cni.name()).isEqualTo("flannel");
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.NOT_ENFORCED);
        assertThat(MessageText.english(cni.enforcement().verdictStanding())).isEqualTo("intended, not enforced");
        assertThat(cni.enforcementWarning()).hasValueSatisfying(w -> assertThat(MessageText.english(w))
                .contains("flannel").contains("DaemonSet kube-flannel/kube-flannel-ds").contains("does not enforce NetworkPolicy"));
        assertThat(MessageText.english(cni.crossNode().describe()))
                .isEqualTo("overlay (vxlan), flannel's default backend; not confirmed by node annotations");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(cni.crossNode().describe()))
                .isEqualTo("覆盖网络（vxlan），flannel 的默认后端；节点注解未予证实");
        assertThat(cni.nodes()).singleElement().satisfies(n -> {
            assertThat(n.podCidrs()).containsExactly(Cidr.of("10.244.0.0/24"));
            assertThat(MessageText.english(n.source())).isEqualTo("spec.podCIDRs");
        });
    }

    @Test
    @DisplayName("a DaemonSet known only through its pods counts, and flannel's backend annotation gives the cross-node mode")
    void flannelFromPodsAndAnnotations() {
        Pod agent = new Pod("kube-system", "kube-flannel-ds-x", Map.of(), List.of(), Optional.of("node-a"),
                new WorkloadRef("kube-system", "DaemonSet", "kube-flannel-ds"), true,
                List.of(container("kube-flannel", "quay.io/coreos/flannel:v0.11.0-amd64")), true);
        CniInfo cni = recognise(cluster().pod(agent).node(node("node-a", Map.of("flannel.alpha.coreos.com/backend-type", "host-gw",
                "flannel.alpha.coreos.com/public-ip", "192.168.49.2"))));
        assertThat(cni.plugin()).contains(CniPlugin.FLANNEL);
        assertThat(cni.crossNode().kind()).isEqualTo(CrossNodeMode.Kind.ROUTED);
        assertThat(cni.crossNode().observed()).isTrue();
        assertThat(cni.evidence()).extracting(e -> MessageText.english(e.message())).containsExactly(
                "DaemonSet kube-system/kube-flannel-ds: container kube-flannel runs quay.io/coreos/flannel:v0.11.0-amd64",
                "node node-a: annotation flannel.alpha.coreos.com/backend-type=host-gw and 1 more");
    }

    @Test
    @DisplayName("calico-node and kube-flannel together are canal, which enforces policy through Calico's Felix")
    void calicoPlusFlannelIsCanal() {
        CniInfo cni = recognise(cluster().workload(daemonSet("kube-system", "canal",
                container("calico-node", "docker.io/calico/node:v3.28.0"), container("kube-flannel", "docker.io/flannel/flannel:v0.24.4"))));
        assertThat(cni.plugin()).contains(CniPlugin.CANAL);
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.ENFORCED);
        assertThat(cni.enforcementWarning()).isEmpty();
    }

    @Test
    @DisplayName("Calico's tunnel annotations tell VXLAN from IP-in-IP; without one it routes by BGP")
    void calicoCrossNodeFromAnnotations() {
        var calico = daemonSet("calico-system", "calico-node", container("calico-node", "quay.io/calico/node:v3.27.2"));
        assertThat(recognise(cluster().workload(calico).node(node("n", Map.of("projectcalico.org/IPv4VXLANTunnelAddr", "10.0.1.0"))))
                .crossNode().mechanism()).isEqualTo("vxlan");
        assertThat(recognise(cluster().workload(calico).node(node("n", Map.of("projectcalico.org/IPv4IPIPTunnelAddr", "10.0.1.1"))))
                .crossNode().mechanism()).isEqualTo("ipip");
        assertThat(recognise(cluster().workload(calico).node(node("n", Map.of("projectcalico.org/IPv4Address", "192.168.1.5/24"))))
                .crossNode().kind()).isEqualTo(CrossNodeMode.Kind.ROUTED);
        assertThat(MessageText.english(recognise(cluster().workload(calico).node(node("n", Map.of("projectcalico.org/IPv4Address", "192.168.1.5/24"))))
                .crossNode().describe())).isEqualTo("routed (bgp), node n has Calico annotations but no tunnel address");
    }

    @Test
    @DisplayName("Cilium is recognised from node annotations alone, with each node's pod CIDR from them")
    void ciliumFromAnnotations() {
        CniInfo cni = recognise(cluster().node(node("node-a", Map.of("io.cilium.network.ipv4-pod-cidr", "10.0.0.0/24",
                "io.cilium.network.ipv4-cilium-host", "10.0.0.93"))));
        assertThat(cni.plugin()).contains(CniPlugin.CILIUM);
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.ENFORCED);
        assertThat(cni.nodes()).singleElement().satisfies(n -> {
            assertThat(n.podCidrs()).containsExactly(Cidr.of("10.0.0.0/24"));
            assertThat(MessageText.english(n.source())).isEqualTo("annotation io.cilium.network.ipv4-pod-cidr");
        });
    }

    @Test
    @DisplayName("Weave Net without its weave-npc container does not enforce policy")
    void weaveWithoutNpcDoesNotEnforce() {
        CniInfo withNpc = recognise(cluster().workload(daemonSet("kube-system", "weave-net",
                container("weave", "weaveworks/weave-kube:2.8.1"), container("weave-npc", "weaveworks/weave-npc:2.8.1"))));
        assertThat(withNpc.enforcement()).isEqualTo(PolicyEnforcement.ENFORCED);
        CniInfo without = recognise(cluster().workload(daemonSet("kube-system", "weave-net",
                container("weave", "weaveworks/weave-kube:2.8.1"))));
        assertThat(without.enforcement()).isEqualTo(PolicyEnforcement.NOT_ENFORCED);
        assertThat(without.enforcementReason()).contains("weave-npc");
    }

    @Test
    @DisplayName("flannel beside a policy agent (kube-router's firewall) is enforced by that agent")
    void flannelWithKubeRouterIsEnforced() {
        CniInfo cni = recognise(cluster()
                .workload(daemonSet("kube-system", "kube-flannel-ds", container("kube-flannel", "docker.io/flannel/flannel:v0.25.1")))
                .workload(daemonSet("kube-system", "kube-router", container("kube-router", "docker.io/cloudnativelabs/kube-router"))));
        assertThat(cni.plugin()).contains(CniPlugin.KUBE_ROUTER);
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.ENFORCED);
    }

    @Test
    @DisplayName("k3s's embedded flannel runs with kube-router's policy controller, unless k3s disables it")
    void k3sEmbeddedFlannel() {
        Map<String, String> k3s = Map.of("flannel.alpha.coreos.com/backend-type", "vxlan", "k3s.io/node-args", "[\"server\"]");
        CniInfo cni = recognise(cluster().node(node("k3s-1", k3s)));
        assertThat(cni.name()).isEqualTo("flannel (embedded in k3s)");
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.ENFORCED);
        CniInfo disabled = recognise(cluster().node(node("k3s-1", Map.of("flannel.alpha.coreos.com/backend-type", "vxlan",
                "k3s.io/node-args", "[\"server\",\"--disable-network-policy\"]"))));
        assertThat(disabled.enforcement()).isEqualTo(PolicyEnforcement.NOT_ENFORCED);
    }

    @Test
    @DisplayName("without CNI objects the CNI is unknown and no warning is given")
    void unknownWithoutEvidence() {
        ClusterSnapshot s = cluster().workload(daemonSet("kube-system", "kube-proxy", container("kube-proxy",
                "registry.k8s.io/kube-proxy:v1.30.0"))).build();
        CniInfo cni = new CniRecognizer(s).recognise();
        assertThat(cni.name()).isEqualTo("unknown");
        assertThat(cni.enforcement()).isEqualTo(PolicyEnforcement.UNKNOWN);
        assertThat(cni.enforcementWarning()).isEmpty();
        assertThat(cni.crossNode().kind()).isEqualTo(CrossNodeMode.Kind.UNKNOWN);
    }

    @Test
    @DisplayName("image references are compared without registry, tag or digest")
    void imagePathsDropRegistryTagAndDigest() {
        assertThat(CniComponent.imagePath("docker.io/flannel/flannel:v0.25.1")).isEqualTo("flannel/flannel");
        assertThat(CniComponent.imagePath("quay.io/cilium/cilium:v1.15.5@sha256:4ce1666a73815101ec9a4d360af6c5b7f1193ab00d89b7124f8505dee147ca40"))
                .isEqualTo("cilium/cilium");
        assertThat(CniComponent.imagePath("localhost:5000/calico/node")).isEqualTo("calico/node");
        assertThat(CniComponent.imagePath("weaveworks/weave-kube:latest")).isEqualTo("weaveworks/weave-kube");
        assertThat(CniComponent.of(container("x", "registry.example:5000/mirror/calico/node:v3"))).contains(CniComponent.CALICO);
        assertThat(CniComponent.of(container("busybox", "busybox"))).isEmpty();
    }
}
