package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Reads the netpol-analyzer peer corpus in {@code ../shared} (see its SOURCE.md, "Input rules"). */
class PeerCorpusReadingTest {

    private static final Path CORPUS = shared().resolve("peer-corpus/netpol-analyzer");

    /** A workload as netpol-analyzer writes it in a connection list: {@code ns/name[Kind]}. */
    private static final Pattern WORKLOAD = Pattern.compile("(\\S+/\\S+\\[[A-Za-z]+\\])");

    /** A pod of an eval matrix line: {@code src: ns/pod, dest: ns/pod, allowed conns: ...}. */
    private static final Pattern MATRIX_POD = Pattern.compile("(?:src|dest): (\\S+/[^,\\s]+),");

    private static Path shared() {
        String property = System.getProperty("kubereach.shared");
        return property == null || property.isBlank() ? Path.of("../shared") : Path.of(property);
    }

    private static Stream<Path> caseFolders() throws IOException {
        Path tests = CORPUS.resolve("tests");
        Assumptions.assumeTrue(Files.isDirectory(tests), "shared corpus folder absent: " + tests.toAbsolutePath());
        try (Stream<Path> list = Files.list(tests)) {
            return list.filter(Files::isDirectory).sorted().collect(Collectors.toList()).stream();
        }
    }

    private static ClusterSnapshot read(String caseName) throws ManifestException {
        Path folder = CORPUS.resolve("tests").resolve(caseName);
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared corpus folder absent: " + folder.toAbsolutePath());
        return new ManifestSource().read(folder);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFolderIsReadWithoutError() throws IOException {
        return caseFolders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            ClusterSnapshot snapshot = new ManifestSource().read(folder);
            assertThat(snapshot.pods()).isNotEmpty();
            assertThat(snapshot.namespaces()).allSatisfy(ns ->
                    assertThat(ns.labels()).containsEntry(Namespace.NAME_LABEL, ns.name()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyWorkloadOfTheExpectedConnectionListOwnsAPod() throws IOException {
        return caseFolders()
                .filter(folder -> Files.exists(expectedConnlist(folder)))
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                    Set<String> expected = new TreeSet<>();
                    for (String line : Files.readAllLines(expectedConnlist(folder))) {
                        Matcher m = WORKLOAD.matcher(line);
                        while (m.find()) {
                            expected.add(m.group(1));
                        }
                    }
                    Set<String> owners = new ManifestSource().read(folder).pods().stream()
                            .map(p -> p.controller().toString())
                            .collect(Collectors.toSet());
                    assertThat(owners).containsAll(expected);
                }));
    }

    private static Path expectedConnlist(Path caseFolder) {
        return CORPUS.resolve("test_outputs/connlist").resolve(caseFolder.getFileName() + "_connlist_output.txt");
    }

    @Test
    void ipblockstestHasItsPodsNamespacesAndIpBlockPolicy() throws Exception {
        ClusterSnapshot snapshot = read("ipblockstest");

        assertThat(snapshot.pods()).hasSize(29);
        assertThat(snapshot.workloads()).isEmpty();
        assertThat(snapshot.namespaces()).hasSize(8);
        assertThat(snapshot.namespace("default").labels()).containsEntry("unique-label", "defaultNameSpace");
        assertThat(snapshot.pods()).filteredOn(p -> p.owner().kind().equals("ReplicaSet")).hasSize(17);
        assertThat(snapshot.pods()).filteredOn(p -> p.owner().kind().equals("DaemonSet")).hasSize(12);
        assertThat(snapshot.warnings()).isEmpty();

        assertThat(snapshot.policies()).singleElement().satisfies(policy -> {
            assertThat(policy.qualifiedName()).isEqualTo("kube-system/enable-from-ipblock-to-isolated-by-tier");
            assertThat(policy.policyTypes()).containsExactly(Direction.INGRESS);
            assertThat(policy.ingress()).singleElement().satisfies(rule -> {
                assertThat(rule.peers()).containsExactly(new PolicyPeer.Addresses(new IpBlock(Cidr.of("0.0.0.0/0"),
                        List.of(Cidr.of("10.0.0.0/8"), Cidr.of("172.21.0.0/16"), Cidr.of("172.30.0.0/16")))));
                assertThat(rule.ports()).containsExactly(new PolicyPort(Protocol.UDP, new PortSpec.Range(53, 53)));
            });
        });
    }

    @Test
    void onlineBoutiqueWorkloadsWithoutNamespaceLandInDefault() throws Exception {
        ClusterSnapshot snapshot = read("online_boutique_workloads_no_ns");

        assertThat(snapshot.workloads()).hasSize(12).allSatisfy(w ->
                assertThat(w.ref().namespace()).isEqualTo(Namespace.DEFAULT));
        assertThat(snapshot.policies()).hasSize(11).extracting(NetworkPolicy::namespace).containsOnly(Namespace.DEFAULT);
    }

    @Test
    void anpCasesReadTheirNetworkPoliciesAndTheirClusterWidePolicies() throws Exception {
        ClusterSnapshot snapshot = read("anp_np_banp_core_test");

        assertThat(snapshot.policies()).hasSize(1);
        assertThat(snapshot.adminPolicies()).extracting(p -> p.kind().kindName() + "/" + p.name())
                .containsExactlyInAnyOrder("AdminNetworkPolicy/pass-example", "BaselineAdminNetworkPolicy/default");
        assertThat(snapshot.warnings()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPodOfAnEvalMatrixIsInTheSnapshot() {
        return Stream.of(
                        "onlineboutique/connections_map_output.txt",
                        "onlineboutique_with_replicas/connections_map_with_replicas_output.txt",
                        "onlineboutique_with_replicas_and_variants/connections_map_with_replicas_and_variants_output.txt")
                .map(matrix -> DynamicTest.dynamicTest(matrix, () -> {
                    Path file = CORPUS.resolve("tests").resolve(matrix);
                    Assumptions.assumeTrue(Files.exists(file), "shared corpus file absent: " + file.toAbsolutePath());
                    Set<String> expected = new TreeSet<>();
                    for (String line : Files.readAllLines(file)) {
                        Matcher m = MATRIX_POD.matcher(line);
                        while (m.find()) {
                            expected.add(m.group(1));
                        }
                    }
                    Set<String> pods = new ManifestSource().read(file.getParent()).pods().stream()
                            .map(p -> p.ref().toString())
                            .collect(Collectors.toSet());
                    assertThat(expected).isNotEmpty();
                    assertThat(pods).containsAll(expected);
                }));
    }
}
