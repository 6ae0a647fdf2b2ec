package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The converter fed with fabric8 objects directly, as a live cluster source will feed it. */
class ClusterConverterTest {

    private static io.fabric8.kubernetes.api.model.apps.Deployment deployment() {
        return new DeploymentBuilder()
                .withNewMetadata().withName("web").withNamespace("shop").endMetadata()
                .withNewSpec().withReplicas(3)
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata().endTemplate()
                .endSpec().build();
    }

    private static io.fabric8.kubernetes.api.model.Pod listedPod() {
        return new PodBuilder()
                .withNewMetadata().withName("web-5d9c-x1").withNamespace("shop").withLabels(Map.of("app", "web"))
                .addNewOwnerReference().withKind("ReplicaSet").withName("web-5d9c").withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName("worker-1").endSpec()
                .withNewStatus().withPodIP("10.244.1.7").endStatus()
                .build();
    }

    @Test
    void aLiveClusterRecordsWorkloadsButTakesOnlyItsListedPods() throws Exception {
        ClusterConverter converter = ClusterConverter.forCluster("kind-dev");
        converter.add(deployment(), "kind-dev");
        converter.add(listedPod(), "kind-dev");

        ClusterSnapshot snapshot = converter.snapshot();

        assertThat(snapshot.source()).isEqualTo("kind-dev");
        assertThat(snapshot.workloads()).singleElement().satisfies(w ->
                assertThat(w.ref()).isEqualTo(new WorkloadRef("shop", "Deployment", "web")));
        assertThat(snapshot.pods()).singleElement().satisfies(pod -> {
            assertThat(pod.owner()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "web-5d9c"));
            assertThat(pod.ips()).containsExactly(IpAddress.of("10.244.1.7"));
        });
    }

    @Test
    void manifestsTurnTheSameDeploymentIntoRepresentativePods() throws Exception {
        ClusterConverter converter = ClusterConverter.forManifests("files");
        converter.add(deployment(), "web.yaml");

        assertThat(converter.snapshot().pods()).extracting(p -> p.ref().toString())
                .containsExactly("shop/web-1", "shop/web-2");
    }

    @Test
    void nodesKeepTheirPodCidrsAndIpAddressesButNotTheirHostNames() throws Exception {
        ClusterConverter converter = ClusterConverter.forCluster("prod");
        converter.add(new NodeBuilder()
                .withNewMetadata().withName("worker-1").withLabels(Map.of("zone", "a")).endMetadata()
                .withNewSpec().withPodCIDRs("10.244.1.0/24", "fd00:1::/64").endSpec()
                .withNewStatus()
                .addNewAddress().withType("InternalIP").withAddress("192.168.1.10").endAddress()
                .addNewAddress().withType("Hostname").withAddress("worker-1").endAddress()
                .endStatus().build(), "prod");

        assertThat(converter.snapshot().nodes()).containsExactly(new ClusterNode("worker-1", Map.of("zone", "a"),
                List.of(Cidr.of("10.244.1.0/24"), Cidr.of("fd00:1::/64")), List.of(IpAddress.of("192.168.1.10"))));
    }

    @Test
    void kindsThatDoNotShapeTrafficAreNotTaken() throws Exception {
        ClusterConverter converter = ClusterConverter.forCluster("prod");

        boolean taken = converter.add(new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build(), "prod");

        assertThat(taken).isFalse();
        assertThat(converter.snapshot().warnings()).isEmpty();
    }

    @Test
    void anInvalidObjectIsRefusedNamingItsOrigin() {
        ClusterConverter converter = ClusterConverter.forCluster("prod");
        var policy = new NetworkPolicyBuilder()
                .withNewMetadata().withName("bad").withNamespace("team-a").endMetadata()
                .withNewSpec().addNewIngress().addNewFrom().endFrom().endIngress().endSpec()
                .build();

        assertThatThrownBy(() -> converter.add(policy, "prod"))
                .isInstanceOf(ManifestException.class)
                .hasMessage("prod: NetworkPolicy team-a/bad: ingress rule 1 peer 1 has neither ipBlock nor podSelector"
                        + " nor namespaceSelector");
    }
}
