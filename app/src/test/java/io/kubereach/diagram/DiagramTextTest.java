package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the diagram's texts")
class DiagramTextTest {

    @Test
    @DisplayName("the locale picks the bundle, and placeholders are filled with plurals")
    void localeAndPlaceholders() {
        assertThat(DiagramText.of(Locale.SIMPLIFIED_CHINESE).get("legend.title")).isEqualTo("图例");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 1)).isEqualTo("1 pod");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 3)).isEqualTo("3 pods");
    }
}
