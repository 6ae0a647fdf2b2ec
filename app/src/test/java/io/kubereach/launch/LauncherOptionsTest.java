package io.kubereach.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A plain java -jar starts the jar again with the installed launcher's JVM options")
class LauncherOptionsTest {

    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";

    private static List<String> command(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add("kubereach.jar");
        command.addAll(arguments);
        return command;
    }

    @Test
    @DisplayName("the launcher's options come first, so that an option the user gave after them wins, and the arguments stay as given")
    void optionsGoFirstAndArgumentsStay() {
        List<String> arguments = List.of("export", "-i", "-", "-o", "a b.png", "-Xmx1g", "--level", "namespace");

        assertThat(LauncherOptions.commandWithOptions(
                        command(List.of("-Xmx2g", "-Dkubereach.timings=true"), arguments), arguments, "", false, 1_000L, LauncherOptions.OPTIONS))
                .contains(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseShenandoahGC", "-XX:SoftMaxHeapSize=1g",
                        "-Dkubereach.relaunch=false", "-Dkubereach.startedAt=1000", "-Xmx2g", "-Dkubereach.timings=true", "-jar", "kubereach.jar",
                        "export", "-i", "-", "-o", "a b.png", "-Xmx1g", "--level", "namespace"));
    }

    @Test
    @DisplayName("the JVM started again never starts a third: it is asked to run in place")
    void startedAgainRunsInPlace() {
        List<String> again = LauncherOptions.commandWithOptions(command(List.of(), List.of()), List.of(), "", false, 1_000L, LauncherOptions.OPTIONS)
                .orElseThrow();

        assertThat(again).contains(LauncherOptions.STARTED_AGAIN);
        assertThat(LauncherOptions.commandWithOptions(again, List.of(), "", true, 1_000L, LauncherOptions.OPTIONS)).isEmpty();
    }

    @Test
    @DisplayName("whoever chose a compiler, a collector, an agent, a debugger or a flight recording gets exactly that JVM")
    void tunedJvmRunsInPlace() {
        for (String tuned : List.of("-XX:TieredStopAtLevel=4", "-XX:+UseZGC", "-XX:MaxGCPauseMillis=200",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar",
                "-XX:StartFlightRecording=filename=x.jfr", "-XX:ArchiveClassesAtExit=k.jsa", "-Xlog:gc")) {
            assertThat(LauncherOptions.commandWithOptions(command(List.of(tuned), List.of("list")), List.of("list"), "", false, 1_000L, LauncherOptions.OPTIONS))
                    .as(tuned)
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("options from JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS count as chosen too; plain properties there do not")
    void environmentOptionsCount() {
        List<String> plain = command(List.of(), List.of("list"));

        assertThat(LauncherOptions.commandWithOptions(plain, List.of("list"), " -XX:TieredStopAtLevel=1 ", false, 1_000L, LauncherOptions.OPTIONS)).isEmpty();
        assertThat(LauncherOptions.commandWithOptions(plain, List.of("list"), "-Dfile.encoding=UTF-8 -Xmx3g", false, 1_000L, LauncherOptions.OPTIONS)).isPresent();
    }

    @Test
    @DisplayName("a JVM not started as java -jar, or whose command line is not the one main was given, runs in place")
    void unknownCommandLineRunsInPlace() {
        assertThat(LauncherOptions.commandWithOptions(
                List.of(JAVA, "-cp", "classes", "io.kubereach.launch.Main", "list"), List.of("list"), "", false, 1_000L, LauncherOptions.OPTIONS)).isEmpty();
        assertThat(LauncherOptions.commandWithOptions(command(List.of(), List.of("list")), List.of("gui"), "", false, 1_000L, LauncherOptions.OPTIONS))
                .isEmpty();
        assertThat(LauncherOptions.commandWithOptions(List.of(JAVA, "-jar"), List.of(), "", false, 1_000L, LauncherOptions.OPTIONS)).isEmpty();
    }

    @Test
    @DisplayName("-Dkubereach.relaunch=false or KUBEREACH_RELAUNCH=false runs in place")
    void askedInPlace() {
        assertThat(LauncherOptions.commandWithOptions(command(List.of(), List.of()), List.of(), "", true, 1_000L, LauncherOptions.OPTIONS)).isEmpty();
    }

    @Test
    @DisplayName("the window is opened by no command word or by gui/ui, whatever options come first; any other command opens none")
    void windowOrCommand() {
        assertThat(LauncherOptions.opensWindow(List.of())).isTrue();
        assertThat(LauncherOptions.opensWindow(List.of("gui", "cluster.yaml"))).isTrue();
        assertThat(LauncherOptions.opensWindow(List.of("--lang=zh", "ui"))).isTrue();
        assertThat(LauncherOptions.opensWindow(List.of("export", "--demo", "-o", "gui"))).isFalse();
        assertThat(LauncherOptions.opensWindow(List.of("list", "--demo"))).isFalse();
    }

    @Test
    @DisplayName("a JVM without Shenandoah is started again with G1 and a 50 ms pause target instead")
    void withoutShenandoahG1() {
        assertThat(LauncherOptions.commandWithOptions(command(List.of(), List.of("list")), List.of("list"), "", false,
                        1_000L, LauncherOptions.WITHOUT_SHENANDOAH))
                .contains(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:MaxGCPauseMillis=50",
                        "-Dkubereach.relaunch=false", "-Dkubereach.startedAt=1000", "-jar", "kubereach.jar", "list"));
    }

    @Test
    @DisplayName("the installers' launcher passes these options, Shenandoah's where its runtime has it and G1's where not")
    void installersPassTheSameOptions() throws IOException {
        String build = Files.readString(Path.of("..", "installers", "build.sh"));
        var withShenandoah = java.util.regex.Pattern.compile("shenandoah=\\((.*)\\)").matcher(build);
        var withoutShenandoah = java.util.regex.Pattern.compile("without_shenandoah=\\((.*)\\)").matcher(build);

        assertThat(withShenandoah.find()).as("installers/build.sh sets shenandoah=(...)").isTrue();
        assertThat(withoutShenandoah.find()).as("installers/build.sh sets without_shenandoah=(...)").isTrue();
        assertThat(options(withShenandoah.group(1))).containsExactlyElementsOf(LauncherOptions.OPTIONS);
        assertThat(options(withoutShenandoah.group(1))).containsExactlyElementsOf(LauncherOptions.WITHOUT_SHENANDOAH);
    }

    private static List<String> options(String bashArray) {
        List<String> options = new ArrayList<>();
        var quoted = java.util.regex.Pattern.compile("--java-options \"([^\"]+)\"").matcher(bashArray);
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        return options;
    }
}
