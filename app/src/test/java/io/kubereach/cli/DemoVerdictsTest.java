package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict tables of {@code resources/README.md}, read from the README itself and asked row by
 * row through the command line ({@code kubereach can-reach --demo}), so that the README and what
 * users get cannot drift apart.
 */
@DisplayName("the demo verdicts promised in resources/README.md")
class DemoVerdictsTest {

    private static final String HEADER = "| From | To | Port | Verdict | Why |";
    private static final Pattern PORT = Pattern.compile("(TCP|UDP|SCTP) (\\d{1,5})");
    private static final Map<String, String> ANSWER_WORDS = Map.of("allowed", "allowed", "denied", "denied", "partly", "partial");

    /**
     * One row of a verdict table, as a can-reach question.
     *
     * @param from the FROM argument
     * @param to the TO argument ({@code svc ns/name} becomes {@code svc:ns/name})
     * @param port the PORT/PROTO argument
     * @param answer the word can-reach must print: allowed, denied or partial
     */
    record Row(String from, String to, String port, String answer) {
        @Override
        public String toString() {
            return from + " " + to + " " + port + " " + answer;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(readme(), StandardCharsets.UTF_8)) {
            if (line.strip().equals(HEADER)) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("|---")) {
                rows.add(row(line));
            }
        }
        return rows;
    }

    private static Row row(String line) {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 7) {
            throw new IllegalStateException("a verdict row needs 5 cells: " + line);
        }
        String to = cells[2].strip();
        if (to.startsWith("svc ")) {
            to = "svc:" + to.substring(4).strip();
        }
        Matcher port = PORT.matcher(cells[3].strip());
        if (!port.matches()) {
            throw new IllegalStateException("the Port cell must read like 'TCP 6379': " + line);
        }
        String answer = ANSWER_WORDS.get(cells[4].strip());
        if (answer == null) {
            throw new IllegalStateException("the Verdict cell must be allowed, denied or partly: " + line);
        }
        return new Row(cells[1].strip(), to, port.group(2) + "/" + port.group(1), answer);
    }

    /** The repository's resources/README.md, found from the module's working directory upwards. */
    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("resources/README.md");
            if (Files.isRegularFile(readme) && Files.isRegularFile(dir.resolve("resources/demo/index.txt"))) {
                return readme;
            }
        }
        throw new IllegalStateException("no resources/README.md above " + Path.of("").toAbsolutePath());
    }

    static Stream<Arguments> rowsWithEngines() throws IOException {
        return rows().stream().flatMap(row -> Stream.of(Arguments.of(row, "indexed"), Arguments.of(row, "literal")));
    }

    @Test
    @DisplayName("the README has at least 16 verdict rows, and promises allowed, denied and partly")
    void readmeHasTheVerdictTables() throws IOException {
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(16).extracting(Row::answer)
                .contains("allowed", "denied", "partial");
    }

    @ParameterizedTest(name = "{0} ({1} engine)")
    @MethodSource("rowsWithEngines")
    @DisplayName("can-reach --demo prints the README's verdict for every row, and exits 0 only when allowed")
    void canReachAnswersAsTheReadmeSays(Row row, String engine) {
        Cli.Run run = Cli.run("can-reach", "--demo", "--engine", engine, row.from(), row.to(), row.port());

        assertThat(run.out()).as("stderr: %s", run.err()).isEqualTo(row.toString() + "\n");
        assertThat(run.exitCode()).isEqualTo(row.answer().equals("allowed") ? 0 : 1);
    }
}
