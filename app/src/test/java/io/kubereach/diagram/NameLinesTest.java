package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Names broken into lines")
class NameLinesTest {

    private static final double SIZE = 11;

    @Test
    @DisplayName("break after the separators of a Kubernetes name, every line within the width")
    void atSeparators() {
        double width = TextFit.measure("staging-", SIZE, true) + 1;
        List<String> lines = NameLines.of("orders-staging-54", SIZE, true, width, 3);
        assertThat(lines).containsExactly("orders-", "staging-", "54");
    }

    @Test
    @DisplayName("break a word wider than the box where the line ends, so that the whole name is still written")
    void longWordsBrokenInside() {
        double width = TextFit.measure("notifica", SIZE, true) + 1;
        List<String> lines = NameLines.of("notifications-staging-83", SIZE, true, width, 4);
        assertThat(String.join("", lines)).isEqualTo("notifications-staging-83");
        assertThat(lines).allSatisfy(line -> assertThat(TextFit.measure(line.replaceAll("-$", ""), SIZE, true)).isLessThanOrEqualTo(width));
        assertThat(lines.get(0)).isEqualTo("notifica");
    }

    @Test
    @DisplayName("leave the hyphen after a word hanging at the end of its line rather than alone on the next")
    void hangingHyphen() {
        double width = TextFit.measure("checkout", SIZE, true) + 1;
        assertThat(NameLines.of("checkout-staging-50", SIZE, true, width, 4)).containsExactly("checkout-", "staging-", "50");
    }

    @Test
    @DisplayName("end in an ellipsis when the name needs more lines than there are")
    void ellipsisWhenOutOfLines() {
        double width = TextFit.measure("notifica", SIZE, true) + 1;
        List<String> lines = NameLines.of("notifications-staging-83", SIZE, true, width, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
    }
}
