package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A box's detail line at a width")
class DetailLinesTest {

    private static final double SIZE = 10;

    @Test
    @DisplayName("keeps as many of its parts as fit, whole: \"Deployment\", never \"Deployment · 10 po…\"")
    void wholeParts() {
        String line = "Deployment · 10 pods";
        assertThat(TextFit.parts(line, SIZE, TextFit.measure(line, SIZE, false))).isEqualTo(line);
        assertThat(TextFit.parts(line, SIZE, TextFit.measure("Deployment · 10 po…", SIZE, false))).isEqualTo("Deployment");
    }

    @Test
    @DisplayName("shortens its first part with \"…\" when even that does not fit")
    void firstPartShortened() {
        String shown = TextFit.parts("StatefulSet · 2 pods", SIZE, TextFit.measure("Statef…", SIZE, false) + 0.5);
        assertThat(shown).startsWith("State").endsWith("…");
    }
}
