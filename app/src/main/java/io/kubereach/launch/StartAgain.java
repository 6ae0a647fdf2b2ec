package io.kubereach.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts the jar again in a JVM with the installed launcher's options when a plain
 * {@code java -jar} started it ({@link LauncherOptions} says when), and waits for it: its
 * standard input, output and error are this process's, its exit code becomes this one's, and
 * it is stopped when this process is.
 */
final class StartAgain {

    private StartAgain() {
    }

    /** The exit code of the jar started again, or empty when it runs here. */
    static OptionalInt withLauncherOptions(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> known = commandOf(self);
        if (known.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> arguments = List.of(args);
        String environment = environmentOptions();
        boolean inPlace = askedInPlace();
        long startedAt = self.startInstant().map(java.time.Instant::toEpochMilli).orElseGet(System::currentTimeMillis);
        Optional<List<String>> command = LauncherOptions.commandWithOptions(
                known.get(), arguments, environment, inPlace, startedAt, LauncherOptions.WITHOUT_SHENANDOAH);
        if (command.isPresent() && LauncherOptions.opensWindow(arguments) && hasShenandoah(known.get().get(0))) {
            command = LauncherOptions.commandWithOptions(
                    known.get(), arguments, environment, inPlace, startedAt, LauncherOptions.OPTIONS);
        }
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process again;
        try {
            again = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException cannotStart) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(again::destroy, "kubereach-stop-again"));
        while (true) {
            try {
                return OptionalInt.of(again.waitFor());
            } catch (InterruptedException interrupted) {
                // keep waiting: the JVM started again ends when it ends, or with this process
            }
        }
    }

    /** Whether this java starts with Shenandoah (Oracle's builds leave it out): asked, about 40 ms. */
    private static boolean hasShenandoah(String java) {
        try {
            Process asked = new ProcessBuilder(java, LauncherOptions.SHENANDOAH, "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return asked.waitFor() == 0;
        } catch (IOException | RuntimeException cannotAsk) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<List<String>> commandOf(ProcessHandle.Info info) {
        Optional<String> executable = info.command();
        Optional<String[]> arguments = info.arguments();
        if (executable.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(executable.get());
        command.addAll(Arrays.asList(arguments.get()));
        return Optional.of(command);
    }

    private static String environmentOptions() {
        return Stream.of(System.getenv("JDK_JAVA_OPTIONS"), System.getenv("JAVA_TOOL_OPTIONS"))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static boolean askedInPlace() {
        return "false".equalsIgnoreCase(System.getProperty("kubereach.relaunch", ""))
                || "false".equalsIgnoreCase(Objects.requireNonNullElse(System.getenv("KUBEREACH_RELAUNCH"), ""));
    }
}
