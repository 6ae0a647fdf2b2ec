package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.query.ExpectationResult;
import io.kubereach.query.ReachQuestions;
import io.kubereach.report.AnswerText;
import io.kubereach.report.JUnitXml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kubereach test FILE…}: network policy unit tests. Each file lists expected answers
 * ({@link ExpectationFile}); every one is asked of the source, a result line per expectation,
 * with the reasons that decided the answer under each failure, and optionally a JUnit XML report
 * for CI. Exit code 0 when every expectation holds, 1 when one does not, 2 when one could not be
 * read or asked (after all results).
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class TestCommand implements Callable<Integer> {

    /** Exit code when an expectation does not hold. */
    static final int FAILED = 1;
    /** Exit code when an expectation could not be read or asked. */
    static final int ERROR = 2;

    @Mixin
    LanguageOption language;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.test.files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", descriptionKey = "cli.test.junit")
    Path junit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<List<ExpectationFile.Entry>> entries = new ArrayList<>();
        for (Path file : files) {
            entries.add(ExpectationFile.read(file));
        }
        ClusterSnapshot snapshot = input.snapshot();
        ReachQuestions questions = new ReachQuestions(snapshot, input.engine(snapshot));
        AnswerText text = new AnswerText(snapshot);
        List<JUnitXml.Suite> suites = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            List<ExpectationResult> results = new ArrayList<>();
            for (ExpectationFile.Entry entry : entries.get(i)) {
                ExpectationResult result = entry.expectation().map(e -> ExpectationResult.of(e, questions))
                        .orElseGet(() -> ExpectationResult.unreadable(entry.name(), entry.where(), entry.problem()));
                results.add(result);
                append(out, result, text);
            }
            suites.add(new JUnitXml.Suite(files.get(i).toString(), results));
        }
        List<ExpectationResult> all = suites.stream().flatMap(s -> s.results().stream()).toList();
        long failed = all.stream().filter(ExpectationResult::failed).count();
        long erred = all.stream().filter(ExpectationResult::erred).count();
        out.append(all.size()).append(all.size() == 1 ? " expectation: " : " expectations: ").append(all.size() - failed - erred)
                .append(" passed, ").append(failed).append(" failed, ").append(erred).append(erred == 1 ? " error" : " errors").append('\n');
        Warnings.print(snapshot, spec.commandLine().getErr());
        if (junit != null) {
            writeJUnit(JUnitXml.write(suites, r -> r.answer().map(text::lines).orElse(List.of())));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(out);
        stdout.flush();
        return erred > 0 ? ERROR : failed > 0 ? FAILED : 0;
    }

    /** {@code PASS|FAIL|ERROR name: question …}, and under a failure the reasons that decided it. */
    private static void append(StringBuilder out, ExpectationResult r, AnswerText text) {
        if (r.erred()) {
            out.append("ERROR ").append(r.name()).append(": ").append(r.where()).append(": ").append(r.error().orElseThrow()).append('\n');
            return;
        }
        String got = r.answer().orElseThrow().line();
        if (r.passed()) {
            out.append("PASS  ").append(r.name()).append(": ").append(got).append('\n');
            return;
        }
        out.append("FAIL  ").append(r.name()).append(": ").append(got).append(", expected ").append(r.expect().orElseThrow().word())
                .append(" (").append(r.where()).append(")\n");
        text.lines(r.answer().orElseThrow()).forEach(l -> out.append("      ").append(l).append('\n'));
    }

    /** Writes the report whole or not at all: to a file beside it, then moved into place. */
    private void writeJUnit(String xml) {
        Path target = junit.toAbsolutePath();
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, target.getFileName().toString(), ".partial");
            try {
                Files.writeString(partial, xml, StandardCharsets.UTF_8);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw UserError.causedBy(e, "cli.test.unwritable", junit, e.getMessage());
        }
    }
}
