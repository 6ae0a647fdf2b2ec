package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kubereach.text.Message;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.UnevaluatedPolicy;
import io.kubereach.query.TargetResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented Cilium and Calico scenarios under {@code src/test/resources/cnipol} are well
 * formed: each cluster reads without an invalid policy (but those of {@code invalid/}, which are bad
 * input on purpose and must warn), each expectation is a
 * {@code FROM TO PORT/PROTO VERDICT} line whose ends exist in the cluster, and each folder names
 * its source. (The verdicts themselves are checked by the engine tests of each language.)
 */
class DocumentedScenariosTest {

    private static final String LINE = "\\S+ \\S+ \\d{1,5}/(TCP|UDP|SCTP) (allowed|denied|unknown)";

    static Stream<Path> scenarios() throws URISyntaxException, IOException {
        Path root = Path.of(DocumentedScenariosTest.class.getResource("/cnipol").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.exists(p.resolve("cluster.yaml"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioReadsAndEveryExpectationNamesEndsOfTheCluster(Path folder) throws Exception {
        ClusterSnapshot snapshot = new ManifestSource().read(folder.resolve("cluster.yaml"));
        if (folder.getParent().getFileName().toString().equals("invalid")) {
            // bad input on purpose: its warnings are the scenario (InvalidInputDocumentedRulesTest checks each)
            assertThat(snapshot.warnings()).as("warnings of the bad input").isNotEmpty();
        } else {
            List<UnevaluatedPolicy> invalid = snapshot.cniPolicies().unevaluated().stream()
                    .filter(u -> u.reason() instanceof Message.Keyed k && k.key().equals("unevaluated.invalid")).toList();
            assertThat(invalid).as("policies that failed to read: %s", snapshot.warnings()).isEmpty();
            assertThat(snapshot.cniPolicies().isEmpty() && snapshot.policies().isEmpty()).as("the scenario has policies").isFalse();
        }

        List<String> lines = read(folder.resolve("expect.txt"));
        assertThat(lines).as("a source is named").anyMatch(l -> l.startsWith("# Source:"));
        List<String> expectations = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(expectations).isNotEmpty().allMatch(l -> l.matches(LINE));
        TargetResolver resolver = new TargetResolver(snapshot);
        for (String expectation : expectations) {
            String[] words = expectation.split(" ");
            assertThatCode(() -> resolver.resolve(words[0])).as(expectation).doesNotThrowAnyException();
            assertThatCode(() -> resolver.resolve(words[1])).as(expectation).doesNotThrowAnyException();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
