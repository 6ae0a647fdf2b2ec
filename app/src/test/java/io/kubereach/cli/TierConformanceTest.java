package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance cases for the cluster-wide tiers, written for KubeReach from the semantics the
 * network-policy-api states (v1alpha1 AdminNetworkPolicy/BaselineAdminNetworkPolicy, v1alpha2
 * ClusterNetworkPolicy) and the kinds of case its own conformance suite covers: rules per
 * protocol in both directions, priorities, Allow/Deny/Pass combined, the AdminNetworkPolicy +
 * NetworkPolicy + BaselineAdminNetworkPolicy integration, networks (that match pod IPs too),
 * nodes, named ports, the baseline tier, domain names and tied priorities.
 *
 * <p>Every case is a folder of policies and a {@code cases.txt} of {@code FROM TO PORT/PROTO
 * expected} lines over the shared cluster {@code orchestra.yaml}; the questions go through
 * {@code can-reach --batch} with each engine, and the answer words must be the expected ones.
 */
@DisplayName("tier conformance cases through can-reach --batch")
class TierConformanceTest {

    @TempDir
    Path temp;

    @TestFactory
    @DisplayName("every case gives the expected answer with both engines")
    Stream<DynamicTest> casesGiveTheExpectedAnswers() throws IOException, URISyntaxException {
        Path root = Path.of(TierConformanceTest.class.getResource("/io/kubereach/conformance/tiers").toURI());
        Path orchestra = root.resolve("orchestra.yaml");
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(root)) {
            cases = walk.filter(p -> Files.isRegularFile(p.resolve("cases.txt"))).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(17);
        return cases.stream().flatMap(c -> Stream.of("indexed", "literal").map(engine ->
                DynamicTest.dynamicTest(root.relativize(c) + " (" + engine + ")", () -> check(orchestra, c, engine))));
    }

    private void check(Path orchestra, Path folder, String engine) throws IOException {
        List<String> expected = Files.readAllLines(folder.resolve("cases.txt")).stream().filter(l -> !l.isBlank()).toList();
        Path questions = temp.resolve(folder.getFileName() + "-" + engine + ".txt");
        Files.write(questions, expected.stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList());
        Cli.Run run = Cli.run("can-reach", "-i", orchestra.toString(), "-i", folder.resolve("policies.yaml").toString(),
                "--engine", engine, "--batch", questions.toString());
        assertThat(run.err()).doesNotContain("error");
        assertThat(run.out().lines().toList()).as("answers of %s", folder).containsExactlyElementsOf(expected);
        boolean allAllowed = expected.stream().allMatch(l -> l.endsWith(" allowed"));
        assertThat(run.exitCode()).isEqualTo(allAllowed ? 0 : CanReachCommand.NOT_ALLOWED);
    }
}
