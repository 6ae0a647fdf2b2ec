package io.kubereach.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The YAML text the writer produces, parsed with snakeyaml-engine as plain documents. Whether the
 * manifests mean the model they were written from is checked in the app, with the product's reader
 * ({@code WrittenManifestsReadBackTest}).
 */
@DisplayName("SyntheticCluster.write and SnapshotYamlWriter")
class SnapshotYamlWriterTest {

    @TempDir
    Path temp;

    /** Every document of the files, as plain maps, in file order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(List<Path> files) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadAllFromString(text)
                        .forEach(doc -> out.add((Map<String, Object>) doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Map<Object, Long> kinds(List<Path> files) {
        return documents(files).stream().collect(Collectors.groupingBy(d -> d.get("kind"), Collectors.counting()));
    }

    @Test
    @DisplayName("writes namespaces, nodes, one pod file per namespace, services and policies, and nothing else")
    void writesTheDumpLayout() throws IOException {
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
        Map<Object, Long> kinds = kinds(SyntheticCluster.write(ClusterShape.medium(), temp));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Namespace", 20L, "Node", 8L, "Pod", 2_000L, "Service", 200L, "NetworkPolicy", 200L));
    }

    @Test
    @DisplayName("the large shape writes 10,000 pods over 100 pod files and 1,000 policies, all parsable")
    void largeShapeWritesTenThousandPods() {
        List<Path> files = SyntheticCluster.write(ClusterShape.large(), temp);
        assertThat(files).hasSize(104);
        assertThat(kinds(files)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Namespace", 100L, "Node", 20L, "Pod", 10_000L, "Service", 1_000L, "NetworkPolicy", 1_000L));
    }

    @Test
    @DisplayName("every written pod's status.hostIP is the first InternalIP of the node its spec.nodeName names")
    @SuppressWarnings("unchecked")
    void everyWrittenPodNamesItsNodesAddressAsHostIp() {
        ClusterSnapshot snapshot = SyntheticCluster.snapshot(ClusterShape.medium());
        List<Map<String, Object>> docs = documents(SnapshotYamlWriter.write(snapshot, temp));
        Map<String, String> internalIp = docs.stream().filter(d -> "Node".equals(d.get("kind"))).collect(Collectors.toMap(
                d -> (String) ((Map<String, Object>) d.get("metadata")).get("name"),
                d -> ((List<Map<String, String>>) ((Map<String, Object>) d.get("status")).get("addresses")).stream()
                        .filter(a -> a.get("type").equals("InternalIP")).findFirst().orElseThrow().get("address")));
        assertThat(internalIp).hasSize(snapshot.nodes().size());
        List<Map<String, Object>> pods = docs.stream().filter(d -> "Pod".equals(d.get("kind"))).toList();
        assertThat(pods).hasSize(snapshot.pods().size()).allSatisfy(d -> {
            Map<String, Object> spec = (Map<String, Object>) d.get("spec");
            Map<String, Object> status = (Map<String, Object>) d.get("status");
            assertThat(status.get("hostIP")).isEqualTo(internalIp.get((String) spec.get("nodeName")));
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
    @DisplayName("a policy is written rule for rule: ipBlock except, endPort, declared policyTypes, an allow-all rule as {}, and no policyTypes when none was declared")
    void policyIsWrittenRuleForRule() throws IOException {
        PolicyRule ingress = new PolicyRule(List.of(
                new PolicyPeer.Addresses(new IpBlock(Cidr.of("172.17.0.0/16"), List.of(Cidr.of("172.17.1.0/24")))),
                new PolicyPeer.Selectors(Optional.empty(), Optional.of(LabelSelector.ALL)),
                new PolicyPeer.Selectors(Optional.of(new LabelSelector(Map.of("role", "db"), List.of(
                        new LabelRequirement("tier", LabelRequirement.Operator.IN, Set.of("a", "b"))))),
                        Optional.of(LabelSelector.of(Map.of("project", "on"))))),
                List.of(new PolicyPort(Protocol.TCP, new PortSpec.Range(8000, 9000)),
                        new PolicyPort(Protocol.UDP, new PortSpec.Named("dns")),
                        new PolicyPort(Protocol.SCTP, new PortSpec.AnyPort())));
        PolicyRule everything = new PolicyRule(List.of(), List.of());
        NetworkPolicy declared = new NetworkPolicy("default", "all-features", LabelSelector.ALL,
                Set.of(Direction.INGRESS, Direction.EGRESS), true, List.of(ingress, everything), List.of(everything));
        NetworkPolicy trap = new NetworkPolicy("default", "egress-only", LabelSelector.ALL,
                NetworkPolicy.defaultPolicyTypes(true), false, List.of(), List.of(ingress));

        String declaredText = ManifestYaml.networkPolicy(declared);
        String trapText = ManifestYaml.networkPolicy(trap);

        assertThat(declaredText).contains("policyTypes:\n  - Ingress\n  - Egress", "- {}");
        assertThat(trapText).doesNotContain("policyTypes")
                .contains("except:", "endPort: 9000", "port: dns", "protocol: SCTP", "\"on\"", "operator: In");
        Path file = temp.resolve("p.yaml");
        Files.writeString(file, declaredText + "---\n" + trapText);
        assertThat(documents(List.of(file))).extracting(d -> d.get("kind")).containsExactly("NetworkPolicy", "NetworkPolicy");
    }

    @Test
    @DisplayName("an undeclared policyTypes that differs from the API server's default is written, so the policy keeps its meaning")
    void undeclaredButNonDefaultPolicyTypesAreWritten() {
        NetworkPolicy odd = new NetworkPolicy("default", "odd", LabelSelector.ALL, Set.of(Direction.EGRESS), false,
                List.of(), List.of());
        assertThat(ManifestYaml.networkPolicy(odd)).contains("policyTypes:\n  - Egress");
    }
}
