package io.kubereach.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a cluster source as remembered text")
class ClusterSourceTest {

    static Stream<ClusterSource> sources() {
        return Stream.of(new ClusterSource.Demo(),
                new ClusterSource.Manifests(List.of(Path.of("/tmp/a.yaml"), Path.of("/tmp/dir with space"))),
                new ClusterSource.Snapshot(Path.of("/tmp/cluster.snapshot.yaml")),
                new ClusterSource.Kubeconfig(Optional.empty(), "kind-kind"),
                new ClusterSource.Kubeconfig(Optional.of(Path.of("/home/me/.kube/other")), "prod"));
    }

    @ParameterizedTest
    @MethodSource("sources")
    @DisplayName("reads back as the same source")
    void roundTrips(ClusterSource source) {
        assertThat(ClusterSource.decode(source.encode())).contains(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nonsense", "manifests", "manifests\t", "snapshot", "kubeconfig\t/x\t", "kubeconfig\t\t"})
    @DisplayName("text that names no source reads as none")
    void garbageIsNoSource(String text) {
        assertThat(ClusterSource.decode(text)).isEmpty();
    }

    @Test
    @DisplayName("only a kubeconfig context is live")
    void onlyKubeconfigIsLive() {
        assertThat(sources().filter(ClusterSource::isLive)).allMatch(ClusterSource.Kubeconfig.class::isInstance).hasSize(2);
    }
}
