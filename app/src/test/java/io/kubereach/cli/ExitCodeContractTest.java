package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, finding 1 and 4: 0 and 1 are verdicts, 2 is any error — a crash or output that could
 * not be written must never pass for "denied" or for a complete answer.
 */
@DisplayName("the exit-code contract")
class ExitCodeContractTest {

    @TempDir
    Path dir;

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: default, labels: {app: a}}
            spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
            """;

    private Path nestedInput(int depth) throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("pod.yaml"), POD);
        Files.writeString(input.resolve("junk.yaml"), "x: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        return input;
    }

    private static void oneErrorLine(Cli.Run run) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("kubereach: error: ").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a junk document nested 5,000 levels deep is skipped with one warning naming the limit while the rest is judged, and with --strict is an error (exit 2, one line), never a denial")
    void deepNestingIsAnErrorNotAVerdict() throws IOException {
        Path input = nestedInput(5000);
        Cli.Run tolerant = Cli.run("can-reach", "-i", input.toString(), "default/a", "default/a", "80");
        assertThat(tolerant.out()).isEqualTo("default/a default/a 80/TCP allowed\n");
        assertThat(tolerant.err().lines().filter(l -> l.contains("junk.yaml"))).singleElement().asString()
                .contains("nested more than 256 levels deep");
        oneErrorLine(Cli.run("list", "--strict", "-i", input.toString()));
        oneErrorLine(Cli.run("can-reach", "--strict", "-i", input.toString(), "default/a", "default/a", "80"));
    }

    @Test
    @DisplayName("list whose output cannot be written exits 2 and says so, instead of 0 with truncated output")
    void unwritableOutputIsAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = KubeReachCommand.run(DesktopApp.NONE, new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8)),
                new PrintWriter(err, true),
                "list", "--demo");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("kubereach: error: cannot write the output");
    }

    @Test
    @DisplayName("a process that runs out of memory exits 2 with one line that names -Xmx, not 1 with a trace")
    void outOfMemoryIsAnErrorThatNamesTheHeapOption() throws Exception {
        Path input = dir.resolve("small");
        SyntheticCluster.write(ClusterShape.small(), input);
        Jvm.Run run = Jvm.run(dir, Duration.ofSeconds(60), List.of("-Xmx10m"), "list", "-i", input.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("kubereach: error: the cluster needs more memory").contains("run with -Xmx").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a full disk (/dev/full) as stdout is exit 2 naming the reason")
    void devFullIsAnError() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "no /dev/full here");
        Process process = new ProcessBuilder(Jvm.command(List.of(), "list", "--demo"))
                .redirectOutput(devFull.toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr"));
        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("kubereach: error: cannot write the output (No space left on device)");
    }
}
