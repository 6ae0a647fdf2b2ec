package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.HostileApiServer;
import io.kubereach.source.live.HostileApiServer.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, finding 2: a credential plugin that fails, prints garbage, is missing or hangs is an
 * error that names it (exit 2, within seconds), never an anonymous request that reads an empty
 * cluster; what it prints on stderr is not repeated, as it may hold secrets.
 */
@DisplayName("exec credential plugins")
class CredentialPluginTest {

    @TempDir
    Path dir;

    private HostileApiServer server;

    @BeforeEach
    void start() throws IOException {
        server = new HostileApiServer(Behaviour.HEALTHY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path plugin(String name, String script) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private Path kubeconfig(Path plugin) throws IOException {
        return server.kubeconfig(dir.resolve("config"), """
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: %s
                      args: [get-token, --cluster, dev]
                      interactiveMode: Never
                """.formatted(plugin).stripTrailing());
    }

    private static void namesThePlugin(Cli.Run run, Path plugin, String why) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as(run.err()).containsExactly("kubereach: error: the credential plugin " + plugin
                + " of context 'hostile' " + why);
    }

    @Test
    @DisplayName("a plugin that exits 1 is an error naming it; its stderr is not repeated")
    void failingPlugin() throws IOException {
        Path plugin = plugin("fails", "echo 'token=kr-leaked-secret' >&2\nexit 1");
        Cli.Run run = Cli.run("list", "--kubeconfig", kubeconfig(plugin).toString());
        namesThePlugin(run, plugin, "failed with exit code 1 (what it printed on stderr is not shown, as it may hold secrets)");
        assertThat(server.requests()).noneMatch(r -> r.contains("/pods"));
    }

    @Test
    @DisplayName("a plugin that prints garbage is an error naming it")
    void garbagePlugin() throws IOException {
        Path plugin = plugin("garbage", "echo 'not json at all'");
        namesThePlugin(Cli.run("list", "--kubeconfig", kubeconfig(plugin).toString()), plugin,
                "printed no ExecCredential (a JSON object with kind ExecCredential)");
    }

    @Test
    @DisplayName("a plugin that cannot be found is an error naming it, and snapshot writes no file")
    void missingPlugin() throws IOException {
        Path plugin = dir.resolve("no-such-plugin");
        Path snapshot = dir.resolve("snap.json");
        Cli.Run run = Cli.run("snapshot", "--kubeconfig", kubeconfig(plugin).toString(), "-o", snapshot.toString());
        namesThePlugin(run, plugin, "cannot be run: no such file or folder");
        assertThat(snapshot).doesNotExist();
    }

    @Test
    @DisplayName("a plugin that gives neither a token nor a client certificate is an error naming it")
    void emptyCredential() throws IOException {
        Path plugin = plugin("empty", "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{}}'");
        namesThePlugin(Cli.run("list", "--kubeconfig", kubeconfig(plugin).toString()), plugin,
                "gave neither a token nor a client certificate");
    }

    @Test
    @DisplayName("a plugin that hangs is stopped after 8 s and named")
    void hangingPlugin() throws IOException {
        Path plugin = plugin("hangs", "sleep 60");
        long start = System.nanoTime();
        Cli.Run run = Cli.run("list", "--kubeconfig", kubeconfig(plugin).toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        namesThePlugin(run, plugin, "did not answer within 8 s");
        assertThat(seconds).isLessThan(10);
    }

    @Test
    @DisplayName("a working plugin's token is sent, with its arguments and the exec info, and never printed when echoed")
    void workingPlugin() throws IOException {
        Path seen = dir.resolve("seen");
        Path plugin = plugin("works", "echo \"$@\" > " + seen + "\necho \"$KUBERNETES_EXEC_INFO\" >> " + seen + "\n"
                + "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
                + "\"status\":{\"token\":\"kr-plugin-token-4242\"}}'");
        Cli.Run run = Cli.run("list", "--kubeconfig", kubeconfig(plugin).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(seen)).startsWith("get-token --cluster dev\n").contains("\"interactive\":false");
        server.close();
        try (HostileApiServer echo = new HostileApiServer(Behaviour.ECHO_AUTHORIZATION)) {
            Path config = echo.kubeconfig(dir.resolve("config2"), """
                        exec:
                          apiVersion: client.authentication.k8s.io/v1beta1
                          command: %s
                    """.formatted(plugin).stripTrailing());
            Cli.Run echoed = Cli.run("list", "--kubeconfig", config.toString());
            assertThat(echoed.exitCode()).isEqualTo(2);
            assertThat(echoed.err()).contains("you sent Bearer ***").doesNotContain("kr-plugin-token-4242");
        }
    }
}
