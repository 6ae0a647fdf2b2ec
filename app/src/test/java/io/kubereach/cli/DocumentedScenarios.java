package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the documented scenarios of one language (folders of {@code src/test/resources/cnipol/<language>},
 * each a {@code cluster.yaml} and an {@code expect.txt}) through {@code can-reach --batch} with both
 * engines: one dynamic test per scenario and engine, named after the documented rule the scenario shows
 * (its {@code # Rule:} lines).
 */
final class DocumentedScenarios {

    private DocumentedScenarios() {
    }

    /** One test per scenario of the language and engine. */
    static Stream<DynamicTest> of(String language, Path temp) {
        Path root;
        List<Path> folders;
        try {
            root = Path.of(DocumentedScenarios.class.getResource("/cnipol/" + language).toURI());
            try (Stream<Path> walk = Files.list(root)) {
                folders = walk.filter(p -> Files.exists(p.resolve("expect.txt"))).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(folders).isNotEmpty();
        return folders.stream().flatMap(folder -> Stream.of("indexed", "literal").map(engine ->
                DynamicTest.dynamicTest(rule(folder) + " [" + folder.getFileName() + ", " + engine + "]",
                        () -> check(folder, engine, temp))));
    }

    /** The scenario's rule, as its {@code # Rule:} lines state it. */
    static String rule(Path folder) {
        StringBuilder rule = new StringBuilder();
        boolean in = false;
        for (String line : lines(folder.resolve("expect.txt"))) {
            if (line.startsWith("# Rule:")) {
                in = true;
                rule.append(line.substring("# Rule:".length()).trim());
            } else if (in && line.startsWith("#") && !line.startsWith("# Source")) {
                rule.append(' ').append(line.substring(1).trim());
            } else {
                in = false;
            }
        }
        return rule.length() == 0 ? folder.getFileName().toString() : rule.toString();
    }

    private static void check(Path folder, String engine, Path temp) throws IOException {
        List<String> expected = lines(folder.resolve("expect.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> questions = new ArrayList<>();
        expected.forEach(l -> questions.add(l.substring(0, l.lastIndexOf(' '))));
        Path file = temp.resolve(folder.getFileName() + "-" + engine + ".txt");
        Files.write(file, questions);
        Cli.Run run = Cli.run("can-reach", "-i", folder.resolve("cluster.yaml").toString(), "--engine", engine, "--batch",
                file.toString());
        assertThat(run.err().lines()).as("stderr of %s", folder).noneMatch(l -> l.contains("error:"));
        assertThat(run.out().lines().toList()).as("answers of %s", folder).containsExactlyElementsOf(expected);
        boolean allAllowed = expected.stream().allMatch(l -> l.endsWith(" allowed"));
        assertThat(run.exitCode()).isEqualTo(allAllowed ? 0 : CanReachCommand.NOT_ALLOWED);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
