package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.query.Outcome;
import io.kubereach.query.PortQuery;
import io.kubereach.query.QueryException;
import io.kubereach.query.ReachAnswer;
import io.kubereach.query.ReachQuestions;
import io.kubereach.report.AnswerText;
import io.kubereach.text.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubereach can-reach}: may FROM open a connection to TO on PORT/PROTO? */
@Command(name = "can-reach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CanReachCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    /** Exit code when some answer is not allowed. */
    static final int NOT_ALLOWED = 1;

    @Mixin
    InputOptions input;

    @Parameters(arity = "0..3", paramLabel = "FROM TO PORT[/PROTO]", descriptionKey = "cli.canReach.question")
    List<String> question = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "FILE|-", descriptionKey = "cli.canReach.batch")
    String batch;

    @Option(names = "--explain", descriptionKey = "cli.canReach.explain")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code when some question could not be asked (after every answer that could be given). */
    static final int ERROR = 2;

    @Override
    public Integer call() throws Exception {
        List<Question> questions = questions();
        ClusterSnapshot snapshot = input.snapshot();
        ReachQuestions answers = new ReachQuestions(snapshot, input.engine(snapshot));
        AnswerText text = new AnswerText(snapshot);
        StringBuilder out = new StringBuilder();
        boolean allAllowed = true;
        boolean anyError = false;
        for (Question q : questions) {
            try {
                ReachAnswer answer = answers.ask(q.from(), q.to(), q.port().orElseThrow(() -> new QueryException(Message.verbatim(q.problem()))));
                allAllowed &= answer.outcome() == Outcome.ALLOWED;
                out.append(answer.line()).append('\n');
                if (explain) {
                    text.lines(answer).forEach(l -> out.append("  ").append(l).append('\n'));
                }
            } catch (QueryException e) {
                if (batch == null) {
                    throw e;
                }
                anyError = true;
                out.append(q.asked()).append(" error: ").append(e.getMessage()).append('\n');
            }
        }
        Warnings.print(snapshot, spec.commandLine().getErr());
        PrintWriter stdout = VisibleOutput.of(spec.commandLine().getOut());
        stdout.print(out);
        stdout.flush();
        return anyError ? ERROR : allAllowed ? 0 : NOT_ALLOWED;
    }

    private List<Question> questions() throws IOException {
        if (batch != null && !question.isEmpty()) {
            throw UserError.of("cli.canReach.questionOrBatch");
        }
        if (batch == null) {
            if (question.size() != 3) {
                throw UserError.of("cli.canReach.arguments", String.valueOf(question.size()));
            }
            return List.of(new Question(String.join(" ", question), question.get(0), question.get(1),
                    Optional.of(PortArgument.parse(question.get(2))), ""));
        }
        List<String> lines = readBatch();
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            String file = batch.equals("-") ? "stdin" : batch;
            String number = String.valueOf(i + 1);
            if (words.length != 3) {
                out.add(new Question(line, "", "", Optional.empty(), UserError.of("cli.canReach.batchLineQuestion", file, number).getMessage()));
                continue;
            }
            try {
                out.add(new Question(line, words[0], words[1], Optional.of(PortArgument.parse(words[2])), ""));
            } catch (QueryException e) {
                out.add(new Question(line, words[0], words[1], Optional.empty(),
                        UserError.of("cli.canReach.batchLine", file, number, e.getMessage()).getMessage()));
            }
        }
        return out;
    }

    private List<String> readBatch() throws IOException {
        if (batch.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        try {
            return Files.readAllLines(Path.of(batch), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.of("cli.canReach.batchMissing", batch);
        }
    }

    /**
     * One question as asked.
     *
     * @param asked the words as the user wrote them
     * @param from the source
     * @param to the destination
     * @param port the port, empty when the line could not be read
     * @param problem why the line could not be read, empty when it could
     */
    private record Question(String asked, String from, String to, Optional<PortQuery> port, String problem) {
    }
}
