package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Outcome;
import io.kubereach.query.ReachAnswer;
import io.kubereach.query.ReachQuestions;
import io.kubereach.report.AnswerText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public Integer call() throws Exception {
        List<Question> questions = questions();
        ClusterSnapshot snapshot = input.snapshot();
        ReachQuestions answers = new ReachQuestions(snapshot, input.engine(snapshot));
        AnswerText text = new AnswerText(snapshot);
        StringBuilder out = new StringBuilder();
        boolean allAllowed = true;
        for (Question q : questions) {
            ReachAnswer answer = answers.ask(q.from(), q.to(), q.port().number(), q.port().protocol());
            allAllowed &= answer.outcome() == Outcome.ALLOWED;
            out.append(answer.line()).append('\n');
            if (explain) {
                text.lines(answer).forEach(l -> out.append("  ").append(l).append('\n'));
            }
        }
        Warnings.print(snapshot, spec.commandLine().getErr());
        PrintWriter stdout = VisibleOutput.of(spec.commandLine().getOut());
        stdout.print(out);
        stdout.flush();
        return allAllowed ? 0 : NOT_ALLOWED;
    }

    private List<Question> questions() throws IOException {
        if (batch != null && !question.isEmpty()) {
            throw UserError.of("cli.canReach.questionOrBatch");
        }
        if (batch == null) {
            if (question.size() != 3) {
                throw UserError.of("cli.canReach.arguments", String.valueOf(question.size()));
            }
            return List.of(new Question(question.get(0), question.get(1), PortArgument.parse(question.get(2))));
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
                throw UserError.of("cli.canReach.batchLineQuestion", file, number, line);
            }
            try {
                out.add(new Question(words[0], words[1], PortArgument.parse(words[2])));
            } catch (UserError e) {
                throw UserError.of("cli.canReach.batchLine", file, number, e.getMessage());
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

    private record Question(String from, String to, PortProtocol port) {
    }
}
