package io.kubereach.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SyntheticCluster.snapshot")
class SyntheticClusterTest {

    private static ClusterSnapshot large;
    private static ClusterSnapshot medium;

    @BeforeAll
    static void generate() {
        large = SyntheticCluster.snapshot(ClusterShape.large());
        medium = SyntheticCluster.snapshot(ClusterShape.medium());
    }

    @Test
    @DisplayName("the large shape has exactly 10,000 pods in 1,000 workloads over 100 namespaces with 1,000 policies")
    void largeShapeHasTenThousandPodsInThousandWorkloads() {
        assertThat(large.pods()).hasSize(10_000);
        assertThat(large.workloads()).hasSize(1_000);
        assertThat(large.pods().stream().map(Pod::owner).distinct()).hasSize(1_000);
        assertThat(large.namespaces()).hasSize(100);
        assertThat(large.pods().stream().map(Pod::namespace).distinct()).hasSize(100);
        assertThat(large.policies()).hasSize(1_000);
        assertThat(large.nodes()).hasSize(20);
        assertThat(large.services()).hasSize(1_000);
    }

    @Test
    @DisplayName("the medium shape has 2,000 pods in 200 workloads over 20 namespaces with 200 policies on 8 nodes")
    void mediumShapeHasTwoThousandPods() {
        assertThat(medium.pods()).hasSize(2_000);
        assertThat(medium.workloads()).hasSize(200);
        assertThat(medium.namespaces()).hasSize(20);
        assertThat(medium.policies()).hasSize(200);
        assertThat(medium.nodes()).hasSize(8);
    }

    @Test
    @DisplayName("every workload is a ReplicaSet <app>-<hash> running its replicas, each pod labelled like its template and"
            + " belonging to the Deployment <app>")
    void everyWorkloadIsAReplicaSetRunningItsReplicas() {
        Map<WorkloadRef, List<Pod>> podsByOwner = large.pods().stream().collect(Collectors.groupingBy(Pod::controller));
        for (Workload w : large.workloads()) {
            assertThat(w.ref().kind()).isEqualTo("ReplicaSet");
            assertThat(w.ref().name()).isEqualTo(w.templateLabels().get("app") + "-" + w.templateLabels().get("pod-template-hash"));
            assertThat(podsByOwner.get(w.ref())).hasSize(10)
                    .allSatisfy(p -> assertThat(p.labels()).isEqualTo(w.templateLabels()))
                    .allSatisfy(p -> assertThat(p.name()).startsWith(w.ref().name() + "-"))
                    .allSatisfy(p -> assertThat(p.owner()).isEqualTo(new WorkloadRef(w.ref().namespace(), "Deployment", w.templateLabels().get("app"))));
        }
    }

    @Test
    @DisplayName("every pod IP lies in the pod CIDR of the pod's node, and no two pods share an IP")
    void everyPodIpLiesInItsNodesPodCidr() {
        Map<String, ClusterNode> nodes = large.nodes().stream().collect(Collectors.toMap(ClusterNode::name, Function.identity()));
        Set<Object> seen = new HashSet<>();
        for (Pod pod : large.pods()) {
            ClusterNode node = nodes.get(pod.node().orElseThrow());
            assertThat(pod.ips()).hasSize(1);
            assertThat(node.podCidr().orElseThrow().contains(pod.ips().get(0)))
                    .as("%s at %s on %s (%s)", pod.ref(), pod.ips().get(0), node.name(), node.podCidr().get()).isTrue();
            assertThat(seen.add(pod.ips().get(0))).as("%s has a unique IP", pod.ref()).isTrue();
        }
    }

    @Test
    @DisplayName("pod CIDRs are disjoint 10.x blocks and node addresses lie outside every one of them")
    void podCidrsAreDisjointTenBlocks() {
        List<ClusterNode> nodes = large.nodes();
        for (ClusterNode a : nodes) {
            assertThat(a.podCidr().orElseThrow().toString()).startsWith("10.");
            for (ClusterNode b : nodes) {
                if (a != b) {
                    assertThat(a.podCidr().get().contains(b.podCidr().get().first())).isFalse();
                }
                assertThat(a.podCidr().get().contains(b.addresses().get(0))).isFalse();
            }
        }
    }

    @Test
    @DisplayName("every workload has a Service whose named target port http resolves on every backend pod")
    void everyWorkloadHasAServiceTargetingHttp() {
        for (Service service : medium.services()) {
            List<Pod> backends = medium.pods().stream().filter(service::selects).toList();
            assertThat(backends).as(service.qualifiedName()).hasSize(10);
            assertThat(service.ports()).singleElement().satisfies(p -> {
                assertThat(p.port()).isEqualTo(80);
                assertThat(backends).allSatisfy(b -> assertThat(p.targetPort().resolve(b, Protocol.TCP)).contains(8080));
            });
        }
    }

    @Test
    @DisplayName("policy names are unique within their namespace and every namespace with policies starts with a default deny")
    void policyNamesAreUniqueAndEveryNamespaceDeniesByDefault() {
        Map<String, List<NetworkPolicy>> byNamespace = large.policies().stream().collect(Collectors.groupingBy(NetworkPolicy::namespace));
        assertThat(byNamespace).hasSize(100);
        byNamespace.forEach((ns, policies) -> {
            assertThat(policies.stream().map(NetworkPolicy::name).distinct()).hasSize(policies.size());
            assertThat(policies.get(0).name()).startsWith("default-deny");
            assertThat(policies.get(0).podSelector().isEmpty()).isTrue();
        });
    }

    @Test
    @DisplayName("the policies use every feature: named ports, endPort ranges, bare protocols, ipBlock except, AND peers, all selector operators, undeclared policyTypes, allow-all rules")
    void policiesUseEveryFeature() {
        List<NetworkPolicy> policies = medium.policies();
        List<PolicyRule> rules = policies.stream().flatMap(p -> Stream.concat(p.ingress().stream(), p.egress().stream())).toList();
        List<PolicyPort> ports = rules.stream().flatMap(r -> r.ports().stream()).toList();
        List<PolicyPeer> peers = rules.stream().flatMap(r -> r.peers().stream()).toList();
        assertThat(ports).anyMatch(p -> p.port() instanceof PortSpec.Named);
        assertThat(ports).anyMatch(p -> p.port() instanceof PortSpec.Range r && r.to() > r.from());
        assertThat(ports).anyMatch(p -> p.port() instanceof PortSpec.AnyPort);
        assertThat(ports).anyMatch(p -> p.protocol() == Protocol.UDP && p.port().equals(new PortSpec.Range(53, 53)));
        assertThat(peers).anyMatch(p -> p instanceof PolicyPeer.Addresses a && !a.block().except().isEmpty());
        assertThat(peers).anyMatch(p -> p instanceof PolicyPeer.Selectors s && s.podSelector().isPresent() && s.namespaceSelector().isPresent());
        assertThat(peers).anyMatch(p -> p instanceof PolicyPeer.Selectors s && s.podSelector().isEmpty());
        Set<LabelRequirement.Operator> operators = new HashSet<>();
        policies.forEach(p -> p.podSelector().requirements().forEach(r -> operators.add(r.operator())));
        peers.forEach(p -> {
            if (p instanceof PolicyPeer.Selectors s) {
                s.podSelector().ifPresent(x -> x.requirements().forEach(r -> operators.add(r.operator())));
                s.namespaceSelector().ifPresent(x -> x.requirements().forEach(r -> operators.add(r.operator())));
            }
        });
        assertThat(operators).containsExactlyInAnyOrder(LabelRequirement.Operator.values());
        assertThat(policies).anyMatch(p -> !p.policyTypesDeclared() && p.ingress().isEmpty() && !p.egress().isEmpty());
        assertThat(rules).anyMatch(r -> r.allPeers() && r.allPorts());
    }

    @Test
    @DisplayName("the same shape gives the same snapshot; another seed gives other policies")
    void sameShapeGivesSameSnapshot() {
        ClusterShape shape = ClusterShape.small();
        assertThat(SyntheticCluster.snapshot(shape)).isEqualTo(SyntheticCluster.snapshot(shape));
        assertThat(SyntheticCluster.snapshot(shape.withSeed(7)).policies())
                .isNotEqualTo(SyntheticCluster.snapshot(shape).policies());
    }
}
