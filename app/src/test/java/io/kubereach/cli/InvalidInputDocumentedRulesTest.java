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
 * Bad input in every policy language beyond NetworkPolicy v1 (the scenarios of {@code src/test/resources/cnipol/invalid}):
 * each broken object is named on one warning line with its file, what it could decide is unknown (never allowed), and
 * the rest of the input is judged as usual.
 */
@DisplayName("bad input names its file and object on one line, is never allowed, and keeps the rest")
class InvalidInputDocumentedRulesTest {

    @TempDir
    Path temp;

    @TestFactory
    @DisplayName("every scenario of bad input gives the documented answers with both engines")
    Stream<DynamicTest> everyScenarioGivesTheDocumentedAnswers() {
        return DocumentedScenarios.of("invalid", temp);
    }

    @TestFactory
    @DisplayName("every broken object is named once, with its file, and no stack trace is printed")
    Stream<DynamicTest> everyBrokenObjectIsNamedOnceWithItsFile() throws IOException, URISyntaxException {
        Path root = Path.of(InvalidInputDocumentedRulesTest.class.getResource("/cnipol/invalid").toURI());
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(p -> Files.exists(p.resolve("warnings.txt"))).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(3);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        Path cluster = folder.resolve("cluster.yaml");
        String question = Files.readAllLines(folder.resolve("expect.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        String[] words = question.split(" ");
        Cli.Run run = Cli.run("can-reach", "-i", cluster.toString(), words[0], words[1], words[2]);
        List<String> err = run.err().lines().toList();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> expected = Files.readAllLines(folder.resolve("warnings.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(expected).isNotEmpty();
        for (String warning : expected) {
            assertThat(err).as("stderr of %s", folder.getFileName())
                    .containsOnlyOnce("kubereach: warning: " + cluster + ": " + warning);
        }
    }
}
