package io.kubereach.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options the installed launcher starts KubeReach with, and the command that starts the
 * jar with them when it was started without: a jar cannot carry JVM options, so a plain
 * {@code java -jar kubereach.jar …} starts the same jar again in a JVM with them.
 *
 * <p>Why: on a cold two-core JVM the C2 compiler takes about 45 % of a 10,000-pod command's CPU and
 * finishes the judging's hot code only as the command ends ({@code -XX:TieredStopAtLevel=1} keeps
 * to the quick compiler); G1 stops every thread to copy what a large cluster's model left in its
 * young generation, 100–250 ms at 10,000 pods, while Shenandoah collects alongside the window's
 * thread ({@code -XX:+UseShenandoahGC}), kept to about 1 GB where it can
 * ({@code -XX:SoftMaxHeapSize=1g}). A command that opens no window, and a JVM built without
 * Shenandoah (Oracle's builds), get G1 with a 50 ms pause target instead
 * ({@link #WITHOUT_SHENANDOAH}): no window waits on its pauses, and it finishes sooner (10k export
 * 3.7 s against 4.2 s). docs/benchmarks.md has the numbers.
 * {@code installers/build.sh} passes the same options ({@code LauncherOptionsTest} holds them
 * equal).
 *
 * <p>Started again only when the command line is {@code JAVA [options] -jar JAR [arguments]} and
 * every JVM option, on the command line or in {@code JDK_JAVA_OPTIONS}/{@code JAVA_TOOL_OPTIONS},
 * is a property, a heap or stack size or a class-data archive to read: whoever tunes the JVM
 * (a compiler or collector option, an agent, a debugger, a flight recording, an archive to write)
 * gets exactly the JVM asked for. {@code -Dkubereach.relaunch=false} or
 * {@code KUBEREACH_RELAUNCH=false} runs in place too.
 */
final class LauncherOptions {

    /** The options the installed launcher passes, in its order, where the JVM has Shenandoah. */
    static final List<String> OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseShenandoahGC", "-XX:SoftMaxHeapSize=1g");

    /** The options for a JVM built without Shenandoah. */
    static final List<String> WITHOUT_SHENANDOAH = List.of("-XX:TieredStopAtLevel=1", "-XX:MaxGCPauseMillis=50");

    /**
     * Whether these arguments open the window: no command word, or {@code gui} (alias {@code ui}).
     * (An option's value read as the command word gives G1: the window works, with G1's pauses.)
     */
    static boolean opensWindow(List<String> arguments) {
        return arguments.stream()
                .filter(word -> !word.startsWith("-"))
                .findFirst()
                .map(word -> word.equals("gui") || word.equals("ui"))
                .orElse(true);
    }

    /** The option a JVM refuses to start with when it was built without Shenandoah. */
    static final String SHENANDOAH = "-XX:+UseShenandoahGC";

    /** Set on the JVM started again, so that it never starts a third. */
    static final String STARTED_AGAIN = "-Dkubereach.relaunch=false";

    /**
     * The property that tells the JVM started again when the first one started (milliseconds
     * since the epoch), so that its start timings count the first JVM too.
     */
    static final String STARTED_AT = "-Dkubereach.startedAt=";

    /** The beginnings of the JVM options that leave the JVM's choice to KubeReach. */
    private static final List<String> PLAIN = List.of(
            "-D", "-Xmx", "-Xms", "-Xss", "-XX:MaxRAMPercentage=", "-XX:InitialRAMPercentage=",
            "-XX:SharedArchiveFile=", "-Xshare:auto", "-Djava.");

    private LauncherOptions() {
    }

    /**
     * The command that starts this jar again with the launcher's options, or empty to run here.
     *
     * @param command this JVM's whole command line, the java executable first
     * @param arguments the arguments the jar's main method was given
     * @param environmentOptions the JVM options the environment adds ({@code JDK_JAVA_OPTIONS},
     *     {@code JAVA_TOOL_OPTIONS}), joined by spaces
     * @param askedInPlace whether {@code kubereach.relaunch=false} was asked for
     * @param startedAt when this JVM started, milliseconds since the epoch
     * @param options the launcher's options for this JVM ({@link #OPTIONS} or {@link #WITHOUT_SHENANDOAH})
     */
    static Optional<List<String>> commandWithOptions(List<String> command, List<String> arguments,
            String environmentOptions, boolean askedInPlace, long startedAt, List<String> options) {
        int jar = command.indexOf("-jar");
        if (askedInPlace || jar < 1 || jar + 2 + arguments.size() != command.size()
                || !command.subList(jar + 2, command.size()).equals(arguments)
                || !command.subList(1, jar).stream().allMatch(LauncherOptions::plain)
                || !environmentWords(environmentOptions).stream().allMatch(LauncherOptions::plain)) {
            return Optional.empty();
        }
        List<String> again = new ArrayList<>(command.size() + options.size() + 2);
        again.add(command.get(0));
        again.addAll(options);
        again.add(STARTED_AGAIN);
        again.add(STARTED_AT + startedAt);
        again.addAll(command.subList(1, command.size()));
        return Optional.of(List.copyOf(again));
    }

    private static List<String> environmentWords(String environmentOptions) {
        String trimmed = environmentOptions.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static boolean plain(String jvmOption) {
        return PLAIN.stream().anyMatch(jvmOption::startsWith);
    }
}
