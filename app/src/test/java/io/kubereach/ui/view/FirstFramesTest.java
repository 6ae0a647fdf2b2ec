package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the count of the window's first frames")
class FirstFramesTest {

    @Test
    @DisplayName("says so at the last pulse counted, once, and never after")
    void onceAtTheLastPulse() {
        FirstFrames count = new FirstFrames(3);
        List<Boolean> said = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            said.add(count.pulse());
        }
        assertThat(said).containsExactly(false, false, true, false, false, false);
    }

    @Test
    @DisplayName("counts at least one pulse when asked for none")
    void atLeastOnePulse() {
        FirstFrames count = new FirstFrames(0);
        assertThat(count.pulse()).isTrue();
        assertThat(count.pulse()).isFalse();
    }
}
