package io.kubereach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.yaml.YamlManifests;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

@DisplayName("the built-in demo cluster in resources/demo")
class DemoClusterTest {

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

    private static Path resources;
    private static Path demo;
    private static List<Map<String, Object>> documents;
    private static ClusterSnapshot snapshot;

    @BeforeAll
    static void read() throws IOException {
        resources = resourcesFolder();
        demo = resources.resolve("demo");
        documents = YamlManifests.documents(yamlFiles());
        snapshot = YamlManifests.snapshot("demo", documents);
    }

    /** The repository's {@code resources} folder, found from the module's working directory upwards. */
    private static Path resourcesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("resources/demo/index.txt"))) {
                return dir.resolve("resources");
            }
        }
        throw new IllegalStateException("no resources/demo/index.txt above " + Path.of("").toAbsolutePath());
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    @DisplayName("index.txt lists exactly the YAML files of the folder, once each")
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
    @DisplayName("every YAML file parses, and every document names its apiVersion, kind and metadata.name")
    void everyYamlFileParses() throws IOException {
        for (Path file : yamlFiles()) {
            List<Map<String, Object>> docs = YamlManifests.documents(file);
            assertThat(docs).as("%s", file.getFileName()).isNotEmpty().allSatisfy(doc -> {
                assertThat(doc).containsKeys("apiVersion", "kind", "metadata");
                assertThat(((Map<?, ?>) doc.get("metadata")).get("name")).isInstanceOf(String.class);
            });
        }
        assertThat(documents.stream().map(d -> d.get("kind")).distinct())
                .containsExactlyInAnyOrder("Namespace", "Node", "Pod", "Service", "Endpoints", "Ingress", "NetworkPolicy");
    }

    @Test
    @DisplayName("the test-network-policy of the Kubernetes documentation is present verbatim")
    void testNetworkPolicyIsPresentVerbatim() throws IOException {
        Object expected = new Load(LoadSettings.builder().build()).loadFromString(TEST_NETWORK_POLICY);
        assertThat(documents).filteredOn(d -> "NetworkPolicy".equals(d.get("kind"))
                        && "test-network-policy".equals(((Map<?, ?>) d.get("metadata")).get("name")))
                .singleElement().isEqualTo(expected);
        String text = Files.readString(demo.resolve("default.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains(TEST_NETWORK_POLICY);
    }

    @Test
    @DisplayName("has two nodes, the five namespaces, and pods that a live cluster reports: IPs in their node's pod CIDR, owners, named ports")
    void podsLookLikeALiveCluster() {
        assertThat(snapshot.nodes()).extracting(ClusterNode::name).containsExactly("node-a", "node-b");
        assertThat(snapshot.namespaces()).extracting(n -> n.name())
                .containsExactlyInAnyOrder("default", "kube-system", "shop", "payments", "monitoring");
        assertThat(snapshot.namespace("shop").labels()).containsEntry("project", "myproject");
        assertThat(snapshot.namespace("payments").labels()).containsEntry("project", "payments");
        assertThat(snapshot.namespace("monitoring").labels()).containsEntry("project", "myproject").containsEntry("team", "observability");
        for (Pod pod : snapshot.pods()) {
            ClusterNode node = snapshot.nodes().stream().filter(n -> n.name().equals(pod.node().orElseThrow())).findFirst().orElseThrow();
            assertThat(pod.owner().kind()).as("%s", pod.ref()).isIn("ReplicaSet", "StatefulSet", "DaemonSet", "Job");
            if (pod.hostNetwork()) {
                assertThat(pod.ips()).as("%s", pod.ref()).containsExactlyElementsOf(node.addresses());
            } else {
                assertThat(pod.ips()).as("%s", pod.ref()).singleElement().matches(ip -> node.podCidr().orElseThrow().contains(ip));
            }
        }
        assertThat(snapshot.pods()).filteredOn(Pod::hostNetwork).extracting(p -> p.owner().name())
                .containsExactlyInAnyOrder("kube-proxy", "kube-proxy", "kube-flannel-ds", "kube-flannel-ds");
        assertThat(snapshot.pods()).anyMatch(p -> p.containers().size() == 2);
        assertThat(snapshot.pods().stream().map(p -> p.ips().get(0)).filter(ip -> !ip.toString().startsWith("192.168.")).distinct())
                .hasSize((int) snapshot.pods().stream().filter(p -> !p.hostNetwork()).count());
    }

    @Test
    @DisplayName("has every kind of Service: ClusterIP with a named targetPort, headless, NodePort, LoadBalancer with Local, ExternalName, selector-less with Endpoints, ClientIP affinity")
    void hasEveryKindOfService() {
        assertThat(snapshot.service("default", "redis").orElseThrow().ports().get(0).targetPort().toString()).isEqualTo("redis");
        assertThat(snapshot.service("default", "redis-headless").orElseThrow().headless()).isTrue();
        assertThat(snapshot.service("default", "frontend").orElseThrow().sessionAffinityClientIp()).isTrue();
        assertThat(snapshot.service("shop", "web").orElseThrow().type()).isEqualTo(ServiceType.NODE_PORT);
        Service lb = snapshot.service("kube-system", "ingress-nginx-controller").orElseThrow();
        assertThat(lb.type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(lb.externalTrafficLocal()).isTrue();
        assertThat(snapshot.service("payments", "stripe").orElseThrow().externalName()).isEqualTo("api.stripe.example");
        Service legacy = snapshot.service("payments", "legacy-db").orElseThrow();
        assertThat(legacy.selector()).isEmpty();
        assertThat(snapshot.endpointsOf(legacy).orElseThrow().addresses()).singleElement()
                .satisfies(a -> assertThat(a.ip()).isEqualTo(IpAddress.of("203.0.113.10")));
        assertThat(documents).anyMatch(d -> "Ingress".equals(d.get("kind"))
                && "nginx".equals(((Map<?, ?>) d.get("spec")).get("ingressClassName")));
    }

    /** One row of a verdict table in resources/README.md. */
    record Fact(String from, String to, Protocol protocol, int port, String verdict) {
        @Override
        public String toString() {
            return from + " -> " + to + " " + protocol + " " + port + ": " + verdict;
        }
    }

    static List<Fact> readmeFacts() throws IOException {
        Path readme = resourcesFolder().resolve("README.md");
        List<Fact> facts = new ArrayList<>();
        boolean inVerdicts = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                inVerdicts = line.equals("### Expected verdicts");
            } else if (inVerdicts && line.startsWith("| ") && !line.startsWith("| From ")) {
                String[] cells = line.split("\\|");
                String[] port = cells[3].strip().split(" ");
                facts.add(new Fact(cells[1].strip(), cells[2].strip(), Protocol.parse(port[0]).orElseThrow(),
                        Integer.parseInt(port[1]), cells[4].strip()));
            }
        }
        return facts;
    }

    @Test
    @DisplayName("the README promises allowed, denied and partly allowed verdicts, and only those")
    void readmeListsTheFacts() throws IOException {
        assertThat(readmeFacts()).hasSizeGreaterThanOrEqualTo(8).extracting(Fact::verdict)
                .contains("allowed", "denied", "partly").containsOnly("allowed", "denied", "partly");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readmeFacts")
    @DisplayName("every verdict the README promises is what the literal engine answers")
    void readmeVerdictHolds(Fact fact) {
        ReachabilityEngine engine = new LiteralEngine(snapshot);
        Peer src = endpoint(fact.from());
        List<Boolean> verdicts = new ArrayList<>();
        if (fact.to().startsWith("svc ")) {
            Service service = service(fact.to().substring(4));
            ServicePort port = service.ports().stream()
                    .filter(p -> p.port() == fact.port() && p.protocol() == fact.protocol()).findFirst().orElseThrow();
            if (service.selector().isPresent()) {
                for (Pod backend : snapshot.pods().stream().filter(service::selects).toList()) {
                    int target = port.targetPort().resolve(backend, port.protocol()).orElseThrow();
                    verdicts.add(engine.verdict(src, Peer.of(backend), fact.protocol(), target).allowed());
                }
            } else {
                ServiceEndpoints endpoints = snapshot.endpointsOf(service).orElseThrow();
                int target = endpoints.ports().stream().filter(p -> p.name().equals(port.name())).findFirst().orElseThrow().port();
                endpoints.addresses().forEach(a -> verdicts.add(engine.verdict(src, Peer.of(a.ip()), fact.protocol(), target).allowed()));
            }
        } else {
            verdicts.add(engine.verdict(src, endpoint(fact.to()), fact.protocol(), fact.port()).allowed());
        }
        assertThat(verdicts).isNotEmpty();
        String answer = verdicts.stream().allMatch(v -> v) ? "allowed" : verdicts.stream().noneMatch(v -> v) ? "denied" : "partly";
        assertThat(answer).as("%s (per backend: %s)", fact, verdicts).isEqualTo(fact.verdict());
    }

    private static Peer endpoint(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Peer.of(IpAddress.of(text));
        }
        PodRef ref = new PodRef(text.substring(0, slash), text.substring(slash + 1));
        return Peer.of(snapshot.pod(ref).orElseThrow(() -> new AssertionError("no pod " + ref)));
    }

    private static Service service(String qualifiedName) {
        String[] parts = qualifiedName.split("/");
        return snapshot.service(parts[0], parts[1]).orElseThrow(() -> new AssertionError("no service " + qualifiedName));
    }
}
