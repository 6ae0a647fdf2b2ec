package io.kubereach.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real program ({@code io.kubereach.launch.Main}) in a JVM of its own, as {@code java -jar}
 * would, for what only a process shows: exit codes after an {@code Error}, signals, a full disk.
 */
final class Jvm {

    /**
     * What a run gave.
     *
     * @param exitCode the exit code (-1 when it had to be killed)
     * @param out stdout
     * @param err stderr
     * @param seconds how long it ran
     */
    record Run(int exitCode, String out, String err, double seconds) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Jvm() {
    }

    /** The command for {@code java OPTIONS io.kubereach.launch.Main ARGS} on the test class path. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.kubereach.launch.Main");
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the program; stdout and stderr go to files in {@code dir}. */
    static Process start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        return new ProcessBuilder(command(jvmOptions, args))
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    /** Runs the program to its end (killing it after {@code limit}). */
    static Run run(Path dir, Duration limit, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(dir, jvmOptions, args);
        return finish(dir, process, limit, start);
    }

    /** Waits for a started program (killing it after {@code limit}) and reads what it printed. */
    static Run finish(Path dir, Process process, Duration limit, long startNanos) throws IOException, InterruptedException {
        boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new Run(ended ? process.exitValue() : -1, Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8), seconds);
    }
}
