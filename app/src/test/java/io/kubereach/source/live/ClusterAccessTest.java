package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("when a cluster cannot be read")
class ClusterAccessTest {

    @TempDir
    Path dir;

    private Environment noVariables() {
        return new Environment(Map.of(), dir);
    }

    private ClusterTarget target(Path config, String context) {
        return new ClusterTarget(Optional.of(config), Optional.ofNullable(context), ClusterScope.all());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    @DisplayName("a server that is down gives one clear line, fast")
    void serverDown() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:%d", insecure-skip-tls-verify: true}}]
                users: [{name: u, user: {token: %s}}]
                contexts: [{name: down, context: {cluster: c, user: u}}]
                current-context: down
                """.formatted(closedPort(), MockCluster.TOKEN));
        assertThatThrownBy(() -> ClusterLoad.read(target(config, null), noVariables(), LoadProgress.NONE, CancelToken.none()))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessageStartingWith("cannot reach the API server https://127.0.0.1:")
                .hasMessageContaining("of context 'down'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(MockCluster.TOKEN));
    }

    @Test
    @DisplayName("a server that accepts connections but never answers is given up on after the probe timeout")
    void serverHangs() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path config = dir.resolve("config");
            Files.writeString(config, """
                    clusters: [{name: c, cluster: {server: "https://127.0.0.1:%d", insecure-skip-tls-verify: true}}]
                    users: [{name: u, user: {token: %s}}]
                    contexts: [{name: silent, context: {cluster: c, user: u}}]
                    current-context: silent
                    """.formatted(silent.getLocalPort(), MockCluster.TOKEN));
            assertThatThrownBy(() -> ClusterLoad.read(target(config, null), noVariables(), LoadProgress.NONE, CancelToken.none()))
                    .isInstanceOf(ClusterAccessException.class)
                    .hasMessageMatching("the API server https://127.0.0.1:\\d+ of context 'silent' did not answer in time \\(connecting\\)");
        }
    }

    @Test
    @DisplayName("expired credentials (401) say so")
    void expiredCredentials() throws Exception {
        try (MockCluster cluster = new MockCluster()) {
            cluster.refuse("/", 401);
            Path config = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
            assertThatThrownBy(() -> ClusterLoad.read(target(config, null), noVariables(), LoadProgress.NONE, CancelToken.none()))
                    .isInstanceOf(ClusterAccessException.class)
                    .hasMessageContaining("rejected the credentials of context 'dev' (401 Unauthorized)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MockCluster.TOKEN));
        }
    }
}
