package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.Environment;
import io.kubereach.source.live.KubeContext;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.DirectJobRunner;
import io.kubereach.ui.task.QueuedJobRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the context chooser (no JavaFX thread)")
class ContextChooserViewModelTest {

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            current-context: prod
            clusters:
            - name: kind
              cluster: {server: "https://127.0.0.1:6443"}
            - name: big
              cluster: {server: "https://prod.example:443"}
            users:
            - name: me
              user: {token: secret}
            contexts:
            - name: dev
              context: {cluster: kind, user: me}
            - name: prod
              context: {cluster: big, user: me, namespace: shop}
            """;

    @Test
    @DisplayName("lists every context of kubectl's kubeconfig with the current one chosen")
    void listsContexts(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".kube"));
        Files.writeString(home.resolve(".kube/config"), KUBECONFIG);
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), home), new DirectJobRunner());
        vm.read(Optional.empty());
        assertThat(vm.contexts()).extracting(KubeContext::name).containsExactly("dev", "prod");
        assertThat(vm.chosenProperty().get().name()).isEqualTo("prod");
        assertThat(vm.chosenProperty().get().server()).isEqualTo("https://prod.example:443");
        assertThat(vm.choice()).contains(new ClusterSource.Kubeconfig(Optional.empty(), "prod"));
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.contexts().toString()).doesNotContain("secret");
    }

    @Test
    @DisplayName("another file can be chosen; its path travels with the choice")
    void otherFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("other"), KUBECONFIG);
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), dir), new DirectJobRunner());
        vm.read(Optional.of(file));
        vm.chosenProperty().set(vm.contexts().get(0));
        assertThat(vm.choice()).contains(new ClusterSource.Kubeconfig(Optional.of(file), "dev"));
    }

    @Test
    @DisplayName("no kubeconfig: nothing to choose, and a line that says where it looked")
    void noKubeconfig(@TempDir Path home) {
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), home), new DirectJobRunner());
        vm.read(Optional.empty());
        assertThat(vm.contexts()).isEmpty();
        assertThat(vm.choice()).isEmpty();
        assertThat(vm.problemProperty().get()).contains(".kube").doesNotContain("\n");
    }

    @Test
    @DisplayName("the kubeconfig is read by a job of the runner, not on the calling (JavaFX) thread")
    void readsInAJob(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".kube"));
        Files.writeString(home.resolve(".kube/config"), KUBECONFIG);
        QueuedJobRunner runner = new QueuedJobRunner();
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), home), runner);
        vm.read(Optional.empty());
        assertThat(vm.readingProperty().get()).isTrue();
        assertThat(vm.contexts()).isEmpty();
        assertThat(vm.filesProperty().get()).isEmpty();
        runner.runAll();
        assertThat(vm.readingProperty().get()).isFalse();
        assertThat(vm.contexts()).extracting(KubeContext::name).containsExactly("dev", "prod");
        assertThat(vm.filesProperty().get()).contains(".kube");
    }

    @Test
    @DisplayName("a newer read replaces one still running: only the newer file's contexts are shown")
    void newerReadWins(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first"), KUBECONFIG);
        Path second = Files.writeString(dir.resolve("second"), KUBECONFIG.replace("name: dev", "name: staging"));
        QueuedJobRunner runner = new QueuedJobRunner();
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), dir), runner);
        vm.read(Optional.of(first));
        vm.read(Optional.of(second));
        runner.runAll();
        assertThat(vm.contexts()).extracting(KubeContext::name).containsExactly("staging", "prod");
        assertThat(vm.choice()).contains(new ClusterSource.Kubeconfig(Optional.of(second), "prod"));
    }

    @Test
    @DisplayName("a kubeconfig without contexts: the problem line names the file")
    void noContext(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty"), "apiVersion: v1\nkind: Config\n");
        ContextChooserViewModel vm = new ContextChooserViewModel(new Environment(Map.of(), dir), new DirectJobRunner());
        vm.read(Optional.of(file));
        assertThat(vm.contexts()).isEmpty();
        assertThat(vm.problemProperty().get()).contains("empty").doesNotContain("\n");
    }
}
