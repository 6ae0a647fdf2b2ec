package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the kubereach command line")
class CommandLineTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static final String TWO_PODS = """
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: app, labels: {app: a}}
            spec: {containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: b, namespace: app, labels: {app: b}}
            spec: {containers: [{name: c, image: x}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: a-from-b, namespace: app}
            spec:
              podSelector: {matchLabels: {app: a}}
              ingress: [{from: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: http}]}]
            """;

    @Test
    @DisplayName("--version and --help work on the command and on every subcommand")
    void versionAndHelpEverywhere() {
        List<String> commands = new ArrayList<>(KubeReachCommand.commandLine(DesktopApp.NONE).getSubcommands().keySet());
        commands.remove("help");
        assertThat(commands).contains("list", "can-reach");
        commands.add(0, "");
        for (String command : commands) {
            String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
            Cli.Run version = Cli.run(concat(prefix, "--version"));
            assertThat(version.exitCode()).as(command + " --version").isZero();
            assertThat(version.out()).as(command + " --version").startsWith("kubereach ");
            Cli.Run help = Cli.run(concat(prefix, "--help"));
            assertThat(help.exitCode()).as(command + " --help").isZero();
            assertThat(help.out()).as(command + " --help").contains("Usage: kubereach");
        }
    }

    private static String[] concat(String[] prefix, String last) {
        String[] out = Arrays.copyOf(prefix, prefix.length + 1);
        out[prefix.length] = last;
        return out;
    }

    @Test
    @DisplayName("can-reach exits 0 when allowed and 1 when denied, and --explain says why")
    void canReachExitCodesAndExplanation() throws IOException {
        Path input = write("pods.yaml", TWO_PODS);
        Cli.Run allowed = Cli.run("can-reach", "-i", input.toString(), "app/b", "app/a", "8080");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).isEqualTo("app/b app/a 8080/TCP allowed\n");
        Cli.Run denied = Cli.run("can-reach", "-i", input.toString(), "app/b", "app/a", "9090", "--explain");
        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.out()).startsWith("app/b app/a 9090/TCP denied\n")
                .contains("  egress at app/b: no policy selects it for Egress")
                .contains("  ingress at app/a: isolated by app/a-from-b; no rule admits app/b on 9090/TCP");
    }

    @Test
    @DisplayName("a batch answers one line per question and exits 1 when any is denied")
    void batchAnswersEveryLine() throws IOException {
        Path input = write("pods.yaml", TWO_PODS);
        Path batch = write("questions.txt", "# who may talk\napp/b app/a 8080\n\napp/a app/b 53/UDP\n203.0.113.9 app/a 8080/TCP\n");
        Cli.Run run = Cli.run("can-reach", "-i", input.toString(), "--batch", batch.toString());
        assertThat(run.out()).isEqualTo("""
                app/b app/a 8080/TCP allowed
                app/a app/b 53/UDP allowed
                203.0.113.9 app/a 8080/TCP denied
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch can come from standard input")
    void batchFromStdin() throws IOException {
        Path input = write("pods.yaml", TWO_PODS);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("app/b app/a 8080\n".getBytes(StandardCharsets.UTF_8)));
            Cli.Run run = Cli.run("can-reach", "-i", input.toString(), "--batch", "-");
            assertThat(run.out()).isEqualTo("app/b app/a 8080/TCP allowed\n");
            assertThat(run.exitCode()).isZero();
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    @DisplayName("a bad batch line is answered with an error naming the line, after the answers before it, exit 2")
    void badBatchLineNamesTheLine() throws IOException {
        Path input = write("pods.yaml", TWO_PODS);
        Path batch = write("questions.txt", "app/b app/a 8080\napp/b app/a\n");
        Cli.Run run = Cli.run("can-reach", "-i", input.toString(), "--batch", batch.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly("app/b app/a 8080/TCP allowed",
                "app/b app/a error: " + batch + " line 2: expected FROM TO PORT[/PROTO]");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    @DisplayName("an unknown pod, a protocol NetworkPolicy does not cover, or a bad format exit 2 with one clear line")
    void userErrorsExitTwo() throws IOException {
        Path input = write("pods.yaml", TWO_PODS);
        Cli.Run unknown = Cli.run("can-reach", "-i", input.toString(), "app/zzz", "app/a", "80");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("app/zzz").doesNotContain("\tat ");
        Cli.Run icmp = Cli.run("can-reach", "-i", input.toString(), "app/b", "app/a", "1/ICMP");
        assertThat(icmp.exitCode()).isEqualTo(2);
        assertThat(icmp.err()).contains("not covered by NetworkPolicy");
        Cli.Run format = Cli.run("list", "-i", input.toString(), "--format", "yaml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'yaml'");
    }

    @Test
    @DisplayName("with --strict, broken YAML is an error naming the file, with nothing on stdout")
    void brokenYamlNamesTheFile() throws IOException {
        write("good.yaml", TWO_PODS);
        write("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n");
        Cli.Run run = Cli.run("list", "--strict", "-i", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.yaml").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("with --strict, an invalid policy is an error naming the file and the policy")
    void invalidPolicyNamesFileAndPolicy() throws IOException {
        write("bad-policy.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: both, namespace: app}
                spec:
                  podSelector: {}
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]
                """);
        Cli.Run run = Cli.run("list", "-i", dir.toString(), "--strict");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad-policy.yaml").contains("app/both");
    }

    @Test
    @DisplayName("a missing input path is an error naming it")
    void missingPathIsNamed() {
        Cli.Run run = Cli.run("list", "-i", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope");
    }

    @Test
    @DisplayName("--demo lists the built-in cluster in every format")
    void demoListsInEveryFormat() {
        Cli.Run txt = Cli.run("list", "--demo");
        assertThat(txt.exitCode()).isZero();
        assertThat(txt.out()).contains(" => ").contains("default/");
        for (String format : new String[] {"json", "csv", "md", "dot"}) {
            Cli.Run run = Cli.run("list", "--demo", "--format", format);
            assertThat(run.exitCode()).as(format).isZero();
            assertThat(run.out().lines().count()).as(format).isGreaterThanOrEqualTo(txt.out().lines().count());
        }
    }

    @Test
    @DisplayName("--input and --demo cannot be given together, and one of them is required")
    void exactlyOneSource() {
        assertThat(Cli.run("list").exitCode()).isEqualTo(2);
        assertThat(Cli.run("list", "--demo", "-i", "x").exitCode()).isEqualTo(2);
    }
}
