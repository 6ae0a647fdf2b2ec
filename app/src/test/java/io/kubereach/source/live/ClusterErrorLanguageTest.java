package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubereach.model.GapReason;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a cluster cannot be read is kept as a keyed message: in English it reads word for word as
 * the command line has always printed it, and in Chinese it is Chinese and still names the
 * kubeconfig, the context and the server.
 */
@DisplayName("a cluster that cannot be read, in both languages")
class ClusterErrorLanguageTest {

    @TempDir
    Path dir;

    private static String chinese(ClusterAccessException e) {
        return MessageText.in(Language.SIMPLIFIED_CHINESE).render(e.reason());
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("config"), yaml);
    }

    private Kubeconfig read(Path file) throws ClusterAccessException {
        return Kubeconfig.read(KubeconfigFiles.locate(Optional.of(file), new Environment(Map.of(), dir)));
    }

    @Test
    @DisplayName("an unknown context: English unchanged, Chinese names the context, the file and the contexts there are")
    void unknownContext() throws Exception {
        Path file = write("""
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
                users: [{name: u, user: {token: t}}]
                contexts: [{name: a, context: {cluster: c, user: u}}, {name: b, context: {cluster: c, user: u}}]
                current-context: a
                """);
        Kubeconfig config = read(file);
        ClusterAccessException e = catchThrowableOfType(ClusterAccessException.class, () -> config.context(Optional.of("prod")));
        assertThat(e.getMessage()).isEqualTo("no context 'prod' in the kubeconfig (" + file + "); contexts: a, b");
        assertThat(chinese(e)).isEqualTo("kubeconfig（" + file + "）中没有上下文 'prod'；可用的上下文：a, b");
    }

    @Test
    @DisplayName("a malformed kubeconfig: English unchanged, Chinese names the file and the place")
    void malformed() throws Exception {
        Path file = write("users:\n- name: u\n  user: {token: [secret-value-123\n");
        ClusterAccessException e = catchThrowableOfType(ClusterAccessException.class, () -> read(file));
        assertThat(e.getMessage()).startsWith(file + ": not a valid kubeconfig: YAML syntax error at line 4, column 1: ");
        assertThat(chinese(e)).startsWith(file + "：不是有效的 kubeconfig：第 4 行第 1 列有 YAML 语法错误：")
                .doesNotContain("secret-value-123");
    }

    @Test
    @DisplayName("no kubeconfig at all: English unchanged, Chinese says how to give one")
    void noKubeconfig() {
        Path home = dir.resolve("home");
        ClusterAccessException e = catchThrowableOfType(ClusterAccessException.class,
                () -> KubeconfigFiles.locate(Optional.empty(), new Environment(Map.of(), home)));
        Path expected = home.resolve(".kube").resolve("config");
        assertThat(e.getMessage()).isEqualTo("no kubeconfig: " + expected
                + " does not exist and KUBECONFIG is not set; give one with --kubeconfig FILE");
        assertThat(chinese(e)).isEqualTo("没有 kubeconfig：" + expected + " 不存在，且未设置 KUBECONFIG；请用 --kubeconfig FILE 指定");
    }

    @Test
    @DisplayName("a server that is down: English unchanged, Chinese names the server and the context")
    void serverDown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        Path config = write("""
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:%d", insecure-skip-tls-verify: true}}]
                users: [{name: u, user: {token: %s}}]
                contexts: [{name: down, context: {cluster: c, user: u}}]
                current-context: down
                """.formatted(port, MockCluster.TOKEN));
        ClusterTarget target = new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all());
        ClusterAccessException e = catchThrowableOfType(ClusterAccessException.class,
                () -> ClusterLoad.read(target, new Environment(Map.of(), dir), LoadProgress.NONE, CancelToken.none()));
        String server = "https://127.0.0.1:" + port;
        assertThat(e.getMessage()).isEqualTo("cannot reach the API server " + server
                + " of context 'down': connection refused or no route to it");
        assertThat(chinese(e)).isEqualTo("无法连接上下文 'down' 的 API 服务器 " + server + "：连接被拒绝或没有到达它的路由");
    }

    @Test
    @DisplayName("a refused request's status reads as a gap reason in both languages")
    void gapReasons() {
        assertThat(MessageText.english(GapReason.status(403).message())).isEqualTo("forbidden (403)");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(GapReason.status(403).message())).isEqualTo("被禁止（403）");
        assertThat(MessageText.english(GapReason.status(500).message())).isEqualTo("HTTP 500");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(GapReason.recorded("written by hand").message())).isEqualTo("written by hand");
    }
}
