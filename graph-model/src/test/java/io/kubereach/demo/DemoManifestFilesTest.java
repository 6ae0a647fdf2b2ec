package io.kubereach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files of the built-in demo cluster in {@code resources/demo}, as YAML text only. What they
 * mean is checked in the app, through the product's reader ({@code DemoClusterTest}) and the
 * command line ({@code DemoVerdictsTest}).
 */
@DisplayName("the demo cluster's manifest files in resources/demo")
class DemoManifestFilesTest {

    /** The policy of the Kubernetes documentation, as the demo must carry it. */
    private static final String TEST_NETWORK_POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: test-network-policy, namespace: default}
            spec:
              podSelector: {matchLabels: {role: db}}
              policyTypes: [Ingress, Egress]
              ingress:
              - from:
                - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}
                - namespaceSelector: {matchLabels: {project: myproject}}
                - podSelector: {matchLabels: {role: frontend}}
                ports: [{protocol: TCP, port: 6379}]
              egress:
              - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
                ports: [{protocol: TCP, port: 5978}]
            """;

    private static Path demo;

    @BeforeAll
    static void findTheFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("resources/demo/index.txt"))) {
                demo = dir.resolve("resources/demo");
                return;
            }
        }
        throw new IllegalStateException("no resources/demo/index.txt above " + Path.of("").toAbsolutePath());
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Every document of a file as parsed by snakeyaml-engine; an empty document stays null. */
    private static List<Object> documents(Path file) throws IOException {
        List<Object> out = new ArrayList<>();
        new Load(LoadSettings.builder().setLabel(file.toString()).build())
                .loadAllFromString(Files.readString(file, StandardCharsets.UTF_8)).forEach(out::add);
        return out;
    }

    @Test
    @DisplayName("index.txt lists exactly the YAML files of the folder, once each, and the folder holds nothing else")
    void indexListsExactlyTheYamlFiles() throws IOException {
        List<String> listed = Files.readAllLines(demo.resolve("index.txt"), StandardCharsets.UTF_8);
        assertThat(listed).doesNotHaveDuplicates().allMatch(line -> !line.isBlank() && line.equals(line.strip()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(yamlFiles().stream().map(p -> p.getFileName().toString()).toList());
        try (Stream<Path> all = Files.list(demo)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".yaml") || name.equals("index.txt"));
        }
    }

    @Test
    @DisplayName("every YAML file parses, every document names its apiVersion, kind and metadata.name, and every kind of the dump occurs")
    void everyYamlFileParses() throws IOException {
        List<Object> kinds = new ArrayList<>();
        assertThat(yamlFiles()).isNotEmpty();
        for (Path file : yamlFiles()) {
            List<Object> docs = documents(file);
            assertThat(docs).as("%s", file.getFileName()).isNotEmpty().allSatisfy(doc -> {
                assertThat(doc).isInstanceOf(Map.class);
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) doc;
                assertThat(map).containsKeys("apiVersion", "kind", "metadata");
                assertThat(map.get("metadata")).isInstanceOf(Map.class);
                assertThat(((Map<?, ?>) map.get("metadata")).get("name")).isInstanceOf(String.class);
                kinds.add(map.get("kind"));
            });
        }
        assertThat(kinds.stream().distinct())
                .containsExactlyInAnyOrder("Namespace", "Node", "Pod", "Service", "Endpoints", "Ingress", "NetworkPolicy");
    }

    @Test
    @DisplayName("the test-network-policy of the Kubernetes documentation is present verbatim in default.yaml")
    void testNetworkPolicyIsPresentVerbatim() throws IOException {
        Object expected = new Load(LoadSettings.builder().build()).loadFromString(TEST_NETWORK_POLICY);
        assertThat(documents(demo.resolve("default.yaml"))).filteredOn(d -> d instanceof Map<?, ?> m
                        && "NetworkPolicy".equals(m.get("kind"))
                        && "test-network-policy".equals(((Map<?, ?>) m.get("metadata")).get("name")))
                .singleElement().isEqualTo(expected);
        assertThat(Files.readString(demo.resolve("default.yaml"), StandardCharsets.UTF_8)).contains(TEST_NETWORK_POLICY);
    }
}
