package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.source.live.HostileApiServer.Behaviour;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, finding 3: every limit of a load holds, and passing it says which. */
@DisplayName("the limits of a cluster load")
class LoadLimitsTest {

    @TempDir
    Path dir;

    private ClusterObjects load(HostileApiServer server, LoadLimits limits) throws Exception {
        Path config = server.kubeconfig(dir.resolve("config"), "    token: kr-limits-token-1234");
        return ClusterLoad.read(new ClusterTarget(Optional.of(config), Optional.empty(), ClusterScope.all()),
                new Environment(Map.of(), dir), LoadProgress.NONE, CancelToken.none(), limits);
    }

    @Test
    @DisplayName("a load that outlives its deadline is aborted and says how long it was allowed")
    void deadline() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.SILENT_AFTER_VERSION)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> load(server, new LoadLimits(Duration.ofSeconds(2), 1 << 20, 100, Duration.ofSeconds(8))))
                    .isInstanceOf(ClusterAccessException.class)
                    .hasMessage("reading the cluster from the API server " + server.url() + " of context 'hostile' took longer than 2 s,"
                            + " past KubeReach's limit for one load");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(6);
        }
    }

    @Test
    @DisplayName("a list that hands out new continue tokens forever stops at the page limit")
    void pageLimit() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.NEW_CONTINUE_EVERY_PAGE)) {
            assertThatThrownBy(() -> load(server, new LoadLimits(Duration.ofMinutes(1), 1 << 20, 20, Duration.ofSeconds(8))))
                    .hasMessage("listing Pods in any namespace failed: the API server " + server.url()
                            + " of context 'hostile' sent more than 20 pages, past KubeReach's limit");
            assertThat(server.pages()).isEqualTo(20);
        }
    }

    @Test
    @DisplayName("an answer larger than the limit is cut off as it arrives")
    void answerLimit() throws Exception {
        try (HostileApiServer server = new HostileApiServer(Behaviour.ENDLESS_BODY)) {
            assertThatThrownBy(() -> load(server, new LoadLimits(Duration.ofMinutes(1), 2 << 20, 100, Duration.ofSeconds(8))))
                    .hasMessage("listing Pods in any namespace failed: the API server " + server.url()
                            + " of context 'hostile' sent more than 2 MiB in one answer, past KubeReach's limit");
        }
    }
}
