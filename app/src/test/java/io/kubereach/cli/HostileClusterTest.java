package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.HostileApiServer;
import io.kubereach.source.live.HostileApiServer.Behaviour;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, findings 3 and 7: a broken or hostile API server never hangs the command line, never
 * exhausts its memory, and never gets a credential echoed onto the screen.
 */
@DisplayName("the command line against a hostile API server")
class HostileClusterTest {

    private static final String TOKEN = "    token: kr-secret-token-0a1b2c3d";

    @TempDir
    Path dir;

    /**
     * A {@code list} against a server that behaves badly.
     *
     * @param seconds how long the command took
     * @param pages how many list pages the server was asked for
     */
    private record Listed(double seconds, int pages) {
    }

    /** Runs {@code list} against a server that behaves so; it must end with one error line that says {@code says}. */
    private Listed listAgainst(Behaviour behaviour, String says) throws Exception {
        try (HostileApiServer server = new HostileApiServer(behaviour)) {
            Path config = server.kubeconfig(dir.resolve("config"), TOKEN);
            long start = System.nanoTime();
            Cli.Run run = Cli.run("list", "--kubeconfig", config.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            oneErrorLine(run, says);
            return new Listed(seconds, server.pages());
        }
    }

    private static void oneErrorLine(Cli.Run run, String contains) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("kubereach: error: ").contains(contains).doesNotContain("\tat ");
    }

    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    @DisplayName("a list body that never ends is cut at the response limit, not read until memory runs out")
    void endlessBody() throws Exception {
        listAgainst(Behaviour.ENDLESS_BODY, "MiB in one answer, past KubeReach's limit");
    }

    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    @DisplayName("a continue token sent twice stops the list instead of paging forever")
    void sameContinueToken() throws Exception {
        assertThat(listAgainst(Behaviour.SAME_CONTINUE, "sent the same continue token twice").pages()).isLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("a server that accepts and never answers is given up within 10 s")
    void silentServer() throws Exception {
        assertThat(listAgainst(Behaviour.SILENT, "did not answer in time").seconds()).isLessThan(10);
    }

    @Test
    @DisplayName("garbage instead of HTTP is one error line")
    void garbage() throws Exception {
        assertThat(listAgainst(Behaviour.GARBAGE, "context 'hostile'").seconds()).isLessThan(10);
    }

    @Test
    @DisplayName("a bearer token, a token file and Basic credentials that the server echoes are blanked out")
    void echoedCredentialsAreBlanked() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.ECHO_AUTHORIZATION)) {
            Cli.Run bearer = Cli.run("list", "--kubeconfig", server.kubeconfig(dir.resolve("a"), TOKEN).toString());
            oneErrorLine(bearer, "answered HTTP 500");
            assertThat(bearer.err()).doesNotContain("kr-secret-token-0a1b2c3d");

            Path tokenFile = Files.writeString(dir.resolve("token"), "kr-file-token-9f8e7d6c\n");
            Cli.Run fromFile = Cli.run("list", "--kubeconfig", server.kubeconfig(dir.resolve("b"), "    tokenFile: " + tokenFile).toString());
            oneErrorLine(fromFile, "answered HTTP 500");
            assertThat(fromFile.err()).doesNotContain("kr-file-token-9f8e7d6c");

            Cli.Run basic = Cli.run("list", "--kubeconfig",
                    server.kubeconfig(dir.resolve("c"), "    username: admin\n    password: kr-basic-pass-5566").toString());
            oneErrorLine(basic, "answered HTTP 500");
            String header = Base64.getEncoder().encodeToString("admin:kr-basic-pass-5566".getBytes(StandardCharsets.UTF_8));
            assertThat(basic.err()).doesNotContain("kr-basic-pass-5566").doesNotContain(header);
        }
    }

    @Test
    @DisplayName("a password in the server URL is never printed")
    void passwordInServerUrl() throws Exception {
        Path config = HostileApiServer.kubeconfig(dir.resolve("config"), "https://admin:kr-url-pass-1234@127.0.0.1:1", TOKEN);
        Cli.Run run = Cli.run("list", "--kubeconfig", config.toString());
        oneErrorLine(run, "https://***@127.0.0.1:1");
        assertThat(run.err()).doesNotContain("kr-url-pass-1234");
    }

    @Test
    @DisplayName("https to a server that speaks plain HTTP says so, instead of blaming the certificate authority")
    void httpsToPlainServer() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.HEALTHY)) {
            Path config = HostileApiServer.kubeconfig(dir.resolve("config"), server.url().replace("http:", "https:"), TOKEN);
            Cli.Run run = Cli.run("list", "--kubeconfig", config.toString());
            oneErrorLine(run, "does not speak TLS");
            assertThat(run.err()).doesNotContain("certificate-authority");
        }
    }

    @Test
    @DisplayName("a snapshot keeps no version string the server made up: no credential, no escape sequence")
    void hostileVersionIsNotSaved() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.HOSTILE_VERSION)) {
            Path config = server.kubeconfig(dir.resolve("config"), TOKEN);
            Path snapshot = dir.resolve("snap.json");
            Cli.Run run = Cli.run("snapshot", "--kubeconfig", config.toString(), "-o", snapshot.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(snapshot)).doesNotContain("kr-secret-token").doesNotContain("\\u001b").doesNotContain("next line");
        }
    }

    @Test
    @DisplayName("objects without metadata or a name from a server are skipped with a warning, never a crash")
    void namelessObjects() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.NAMELESS)) {
            Path config = server.kubeconfig(dir.resolve("config"), TOKEN);
            Cli.Run run = Cli.run("list", "--kubeconfig", config.toString());
            assertThat(run.err()).doesNotContain("please report").doesNotContain("NullPointer")
                    .contains("kubereach: warning: Nodes: the API server sent an object without metadata.name, skipped")
                    .contains("kubereach: warning: Pods in any namespace: the API server sent 2 objects without metadata.name, skipped");
        }
    }
}
