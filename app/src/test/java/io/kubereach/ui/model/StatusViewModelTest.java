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
}
