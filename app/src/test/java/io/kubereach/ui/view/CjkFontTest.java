package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Chinese font")
class CjkFontTest {

    @Test
    @DisplayName("the best installed family with Chinese glyphs is chosen")
    void prefersTheBest() {
        assertThat(CjkFont.choose(Set.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC"))).contains("Noto Sans CJK SC");
        assertThat(CjkFont.choose(Set.of("DejaVu Sans", "Droid Sans Fallback"))).contains("Droid Sans Fallback");
    }

    @Test
    @DisplayName("without one, none is forced: JavaFX's own fallback is left to work")
    void noneInstalled() {
        assertThat(CjkFont.choose(Set.of("DejaVu Sans", "Liberation Serif"))).isEmpty();
    }
}
