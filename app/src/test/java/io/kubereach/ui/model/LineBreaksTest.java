package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("where long names may break across lines")
class LineBreaksTest {

    private static final String S = String.valueOf(LineBreaks.SOFT);

    private static List<Integer> breaks(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (LineBreaks.mayBreakBefore(text, i)) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    @DisplayName("a pod name breaks after each hyphen, even before a digit, never inside a part")
    void podName() {
        assertThat(breaks("frontend-6d4cf56db6-2kq8m")).containsExactly(9, 20);
        assertThat(LineBreaks.soft("frontend-6d4cf56db6-2kq8m")).isEqualTo("frontend-" + S + "6d4cf56db6-" + S + "2kq8m");
    }

    @Test
    @DisplayName("a label breaks after dots, slashes, underscores and the equals sign")
    void labelBoundaries() {
        assertThat(LineBreaks.soft("batch.kubernetes.io/controller_uid=5f2c"))
                .isEqualTo("batch." + S + "kubernetes." + S + "io/" + S + "controller_" + S + "uid=" + S + "5f2c");
    }

    @Test
    @DisplayName("no break between two boundaries, at either end, or around a space")
    void noBreakAtEdges() {
        assertThat(breaks("a--b")).containsExactly(3);
        assertThat(breaks("-abc-")).containsExactly(1);
        assertThat(breaks("a- b")).isEmpty();
    }

    @Test
    @DisplayName("Chinese text may break between any two characters, and is left as it is (JavaFX breaks there itself)")
    void chinese() {
        assertThat(breaks("没有网络策略")).containsExactly(1, 2, 3, 4, 5);
        assertThat(LineBreaks.soft("没有任何网络策略选中它，入站和出站方向都没有")).doesNotContain(S);
    }

    @Test
    @DisplayName("short words and sentences of short words keep their text")
    void shortWordsUntouched() {
        assertThat(LineBreaks.soft("Deployment default/frontend")).isEqualTo("Deployment default/frontend");
        assertThat(LineBreaks.soft("from 0.0.0.0-172.16.255.255: TCP 80"))
                .isEqualTo("from 0." + S + "0." + S + "0." + S + "0-" + S + "172." + S + "16." + S + "255." + S + "255: TCP 80");
    }

    @Test
    @DisplayName("an address inside Chinese text is a word of its own and keeps whole, while a long name there still breaks at its boundaries")
    void addressInsideChineseKeepsWhole() {
        assertThat(LineBreaks.soft("pause 容器持有网络命名空间和 Pod IP 10.244.37.127；每个应用容器都加入其中。")).doesNotContain(S);
        assertThat(LineBreaks.soft("选中它的策略：checkout-prod-71/allow-same-namespace，共 2 条"))
                .contains("checkout-" + S + "prod-" + S + "71/" + S + "allow-" + S + "same-" + S + "namespace，");
    }

    /** Soft breaks only add invisible marks: removing them gives the text back, and adding them twice changes nothing. */
    @Property(tries = 300)
    void softBreaksAreInvisibleAndAddedOnce(@ForAll String text) {
        String once = LineBreaks.soft(text);
        assertThat(LineBreaks.plain(once)).isEqualTo(LineBreaks.plain(text));
        assertThat(LineBreaks.soft(once)).isEqualTo(once);
    }
}
