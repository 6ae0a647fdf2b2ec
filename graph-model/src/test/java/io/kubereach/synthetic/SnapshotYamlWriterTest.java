package io.kubereach.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.yaml.YamlManifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SyntheticCluster.write and SnapshotYamlWriter")
class SnapshotYamlWriterTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("should write namespaces, nodes, one pod file per namespace, services and policies")
    void shouldWriteTheDumpLayout() throws IOException {
        ClusterSnapshot snapshot = SyntheticCluster.snapshot(ClusterShape.medium());
        List<Path> files = SnapshotYamlWriter.write(snapshot, temp);
        assertThat(files).hasSize(4 + 20);
        try (Stream<Path> listed = Files.list(temp)) {
            assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(files.stream().map(p -> p.getFileName().toString()).sorted().toList())
                    .contains("namespaces.yaml", "nodes.yaml", "services.yaml", "policies.yaml")
                    .contains(SnapshotYamlWriter.podsFile(snapshot.namespaces().get(0).name()));
        }
    }

    @Test
    @DisplayName("written YAML parses with snakeyaml-engine into the expected number of documents of each kind")
    void writtenYamlParsesIntoTheExpectedDocuments() {
        List<Path> files = SyntheticCluster.write(ClusterShape.medium(), temp);
        Map<Object, Long> kinds = YamlManifests.documents(files).stream()
                .collect(Collectors.groupingBy(d -> d.get("kind"), Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Namespace", 20L, "Node", 8L, "Pod", 2_000L, "Service", 200L, "NetworkPolicy", 200L));
    }

    @Test
    @DisplayName("the large shape writes 10,000 pods over 100 pod files and 1,000 policies, all parsable")
    void largeShapeWritesTenThousandPods() {
        List<Path> files = SyntheticCluster.write(ClusterShape.large(), temp);
        assertThat(files).hasSize(104);
        Map<Object, Long> kinds = YamlManifests.documents(files).stream()
                .collect(Collectors.groupingBy(d -> d.get("kind"), Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Namespace", 100L, "Node", 20L, "Pod", 10_000L, "Service", 1_000L, "NetworkPolicy", 1_000L));
    }

    @Test
    @DisplayName("written manifests read back into exactly the model they were written from")
    void writtenManifestsReadBackIntoTheSameModel() {
        ClusterSnapshot snapshot = SyntheticCluster.snapshot(ClusterShape.medium());
        ClusterSnapshot read = YamlManifests.snapshot("read", YamlManifests.documents(SnapshotYamlWriter.write(snapshot, temp)));
        assertThat(read.namespaces()).isEqualTo(snapshot.namespaces());
        assertThat(read.nodes()).isEqualTo(snapshot.nodes());
        assertThat(read.services()).isEqualTo(snapshot.services());
        assertThat(read.policies()).isEqualTo(snapshot.policies());
        // pods are written namespace by namespace; compare them as sets of records
        assertThat(read.pods()).containsExactlyInAnyOrderElementsOf(snapshot.pods());
    }

    @Test
    @DisplayName("every pod IP in the written YAML lies in the podCIDR of the node the pod names")
    void everyWrittenPodIpLiesInItsNodesPodCidr() {
        List<Map<String, Object>> docs = YamlManifests.documents(SyntheticCluster.write(ClusterShape.medium(), temp));
        ClusterSnapshot read = YamlManifests.snapshot("read", docs);
        Map<String, ClusterNode> nodes = read.nodes().stream().collect(Collectors.toMap(ClusterNode::name, Function.identity()));
        assertThat(read.pods()).hasSize(2_000).allSatisfy(pod -> {
            ClusterNode node = nodes.get(pod.node().orElseThrow());
            assertThat(pod.ips()).isNotEmpty().allMatch(ip -> node.podCidr().orElseThrow().contains(ip));
        });
        // status.hostIP is the node's InternalIP
        docs.stream().filter(d -> "Pod".equals(d.get("kind"))).forEach(d -> {
            Map<?, ?> spec = (Map<?, ?>) d.get("spec");
            Map<?, ?> status = (Map<?, ?>) d.get("status");
            assertThat(IpAddress.of((String) status.get("hostIP"))).isEqualTo(nodes.get((String) spec.get("nodeName")).addresses().get(0));
        });
    }

    @Test
    @DisplayName("the same seed writes byte-identical files")
    void sameSeedWritesIdenticalFiles() throws IOException {
        List<Path> first = SyntheticCluster.write(ClusterShape.medium(), temp.resolve("a"));
        List<Path> second = SyntheticCluster.write(ClusterShape.medium(), temp.resolve("b"));
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).getFileName()).isEqualTo(first.get(i).getFileName());
            assertThat(Files.readAllBytes(second.get(i))).as("%s", first.get(i).getFileName()).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    @DisplayName("a different seed writes different policies")
    void differentSeedWritesDifferentPolicies() throws IOException {
        SyntheticCluster.write(ClusterShape.medium(), temp.resolve("a"));
        SyntheticCluster.write(ClusterShape.medium().withSeed(43), temp.resolve("b"));
        assertThat(Files.readString(temp.resolve("b/policies.yaml"))).isNotEqualTo(Files.readString(temp.resolve("a/policies.yaml")));
    }

    @Test
    @DisplayName("a policy with every kind of peer and port is written rule for rule and reads back equal")
    void policyWithEveryFeatureRoundTrips() throws IOException {
        LabelSelector expressions = new LabelSelector(Map.of("role", "db"), List.of(
                new LabelRequirement("tier", LabelRequirement.Operator.IN, Set.of("a", "b")),
                new LabelRequirement("env", LabelRequirement.Operator.NOT_IN, Set.of("dev")),
                new LabelRequirement("team", LabelRequirement.Operator.EXISTS, Set.of()),
                new LabelRequirement("canary", LabelRequirement.Operator.DOES_NOT_EXIST, Set.of())));
        PolicyRule ingress = new PolicyRule(List.of(
                new PolicyPeer.Addresses(new IpBlock(Cidr.of("172.17.0.0/16"), List.of(Cidr.of("172.17.1.0/24")))),
                new PolicyPeer.Selectors(Optional.empty(), Optional.of(LabelSelector.ALL)),
                new PolicyPeer.Selectors(Optional.of(expressions), Optional.of(LabelSelector.of(Map.of("project", "on"))))),
                List.of(new PolicyPort(Protocol.TCP, new PortSpec.Range(6379, 6379)),
                        new PolicyPort(Protocol.TCP, new PortSpec.Range(8000, 9000)),
                        new PolicyPort(Protocol.UDP, new PortSpec.Named("dns")),
                        new PolicyPort(Protocol.SCTP, new PortSpec.AnyPort())));
        PolicyRule everything = new PolicyRule(List.of(), List.of());
        NetworkPolicy declared = new NetworkPolicy("default", "all-features", expressions,
                Set.of(Direction.INGRESS, Direction.EGRESS), true, List.of(ingress, everything), List.of(everything));
        NetworkPolicy trap = new NetworkPolicy("default", "egress-only", LabelSelector.ALL,
                NetworkPolicy.defaultPolicyTypes(true), false, List.of(), List.of(ingress));
        Path file = temp.resolve("p.yaml");
        Files.writeString(file, ManifestYaml.networkPolicy(declared) + "---\n" + ManifestYaml.networkPolicy(trap));

        assertThat(YamlManifests.snapshot("p", YamlManifests.documents(file)).policies()).containsExactly(declared, trap);
        assertThat(ManifestYaml.networkPolicy(trap)).doesNotContain("policyTypes").contains("endPort: 9000", "except:");
        assertThat(ManifestYaml.networkPolicy(declared)).contains("policyTypes:\n  - Ingress\n  - Egress", "- {}");
    }

    @Test
    @DisplayName("an undeclared policyTypes that differs from the API server's default is written, so the policy keeps its meaning")
    void undeclaredButNonDefaultPolicyTypesAreWritten() {
        NetworkPolicy odd = new NetworkPolicy("default", "odd", LabelSelector.ALL, Set.of(Direction.EGRESS), false,
                List.of(), List.of());
        assertThat(ManifestYaml.networkPolicy(odd)).contains("policyTypes:\n  - Egress");
    }
}
