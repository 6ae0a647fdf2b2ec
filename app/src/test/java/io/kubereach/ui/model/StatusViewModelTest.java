package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.text.MessageText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the status bar's state (no JavaFX thread)")
class StatusViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();

    @Test
    @DisplayName("counts what the demo holds")
    void counts() {
        StatusViewModel.Summary s = app.status().summaryProperty().get();
        assertThat(s.source()).isEqualTo("demo");
        assertThat(s.pods()).isEqualTo(19);
        assertThat(s.namespaces()).isEqualTo(5);
        assertThat(s.workloads()).isEqualTo(13);
        assertThat(s.policies()).isEqualTo(app.workspace().analysisProperty().get().snapshot().policies().size());
    }

    @Test
    @DisplayName("the demo runs flannel: verdicts are intended, not enforced, and that warning comes first, with the hostNetwork pods")
    void flannelDoesNotEnforce() {
        assertThat(app.status().summaryProperty().get().enforcement()).isEqualTo(PolicyEnforcement.NOT_ENFORCED);
        StatusWarning first = app.status().warnings().get(0);
        assertThat(first.kind()).isEqualTo(StatusWarning.Kind.POLICY_NOT_ENFORCED);
        assertThat(MessageText.english(first.subject())).contains("flannel");
        assertThat(MessageText.english(first.reason())).isNotBlank();
        assertThat(app.status().warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(StatusWarning.Kind.HOST_NETWORK);
            assertThat(w.count()).isEqualTo(app.workspace().analysisProperty().get().hostNetworkPods().size()).isPositive();
            assertThat(w.examples()).hasSizeLessThanOrEqualTo(StatusViewModel.EXAMPLES);
        });
    }

    @Test
    @DisplayName("files or objects that could not be read are counted first among what the source says, then each is named")
    void skippedInputIsCounted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("good.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\n");
        java.nio.file.Files.writeString(dir.resolve("chart.yaml"), "kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  - x\n");
        java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec: {replicas: many}\n");
        app.workspace().open(new io.kubereach.ui.source.ClusterSource.Manifests(java.util.List.of(dir)));

        assertThat(app.workspace().analysisProperty().get().snapshot().pods()).hasSize(1);
        java.util.List<StatusWarning> source = app.status().warnings().stream().filter(w -> w.kind() == StatusWarning.Kind.SOURCE_WARNING).toList();
        assertThat(source.get(0).count()).isEqualTo(2);
        assertThat(MessageText.english(source.get(0).reason())).isEqualTo("2 files or objects could not be read and were skipped: the rest is shown; each is named below");
        assertThat(source).extracting(w -> MessageText.english(w.reason()))
                .anySatisfy(d -> assertThat(d).contains("chart.yaml", "a Helm template?"))
                .anySatisfy(d -> assertThat(d).contains("bad.yaml: Deployment db: not a valid apps/v1 Deployment"));
    }
}
