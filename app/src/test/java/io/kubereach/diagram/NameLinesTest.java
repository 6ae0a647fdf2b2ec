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
    @DisplayName("a word wider than the box is shortened with an ellipsis on its own line, never cut in two, and the rest of the name follows whole")
    void longWordShortened() {
        double width = TextFit.measure("notifica", SIZE, true) + 1;
        List<String> lines = NameLines.of("notifications-staging-83", SIZE, true, width, 4);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("notific").endsWith("…");
        assertThat(lines.subList(1, 3)).containsExactly("staging-", "83");
    }

    @Test
    @DisplayName("at fit on 10,000 pods a 56-pixel box shows the end of its name, where namespaces differ, never \"checkout-pro\" / \"d-71\"")
    void tenThousandPodsBox() {
        double width = 56 - 2 + 7 - TextFit.measure("-", SIZE, true);
        List<String> lines = NameLines.of("checkout-prod-71", SIZE, true, width, 3);
        assertThat(lines).hasSize(2).endsWith("prod-71");
        assertThat(lines.get(0)).startsWith("check").endsWith("…");
        List<String> longer = NameLines.of("notifications-staging-83", SIZE, true, width, 3);
        assertThat(longer).hasSize(3).endsWith("staging-", "83");
        assertThat(longer.get(0)).startsWith("notif").endsWith("…");
    }

    @Test
    @DisplayName("a hyphenated name too wide for one line at the size the zoom asks breaks at its hyphen, never inside a word")
    void hyphenatedNameBreaksAtItsHyphen() {
        double width = TextFit.measure("inventory", SIZE, true) + 1;
        assertThat(NameLines.whole("inventory-prod-11", SIZE, true, width, 3)).isTrue();
        assertThat(NameLines.of("inventory-prod-11", SIZE, true, width, 3)).containsExactly("inventory-", "prod-11");
    }

    @Test
    @DisplayName("a name whose word is too wide at the size asked is written smaller, down to the least size, before it is broken inside the word")
    void shrinkBeforeBreakingInside() {
        double least = 11;
        double width = TextFit.measure("inventory", 12, true) + 1;
        NameLines.Room room = new NameLines.Room() {
            @Override
            public double width(double size) {
                return width;
            }

            @Override
            public int lines(double size) {
                return 3;
            }
        };
        double size = NameLines.size("inventory-prod-11", 16, least, true, room);
        assertThat(size).isLessThan(16).isGreaterThanOrEqualTo(12);
        assertThat(NameLines.whole("inventory-prod-11", size, true, width, 3)).isTrue();
        assertThat(NameLines.whole("inventory-prod-11", size + 0.5, true, width, 3)).as("the largest such size").isFalse();
        assertThat(NameLines.size("inventory-prod-11", 16, least, true, new NameLines.Room() {
            @Override
            public double width(double size) {
                return TextFit.measure("inve", 11, true);
            }

            @Override
            public int lines(double size) {
                return 4;
            }
        })).as("no size fits whole: the least, broken inside").isEqualTo(least);
    }

    @Test
    @DisplayName("a name breaks at every label boundary the detail panel's labels break at (after = : , @ too)")
    void breaksWhereLabelsBreak() {
        double width = TextFit.measure("tier=backend,", SIZE, true) + 1;
        assertThat(NameLines.of("tier=backend,app=web", SIZE, true, width, 3)).containsExactly("tier=backend,", "app=web");
    }

    @Test
    @DisplayName("leave the hyphen after a word hanging at the end of its line rather than alone on the next")
    void hangingHyphen() {
        double width = TextFit.measure("checkout", SIZE, true) + 1;
        assertThat(NameLines.of("checkout-staging-50", SIZE, true, width, 4)).containsExactly("checkout-", "staging-", "50");
    }

    @Test
    @DisplayName("when the name needs more lines than there are, its middle is left out and its end kept whole")
    void middleLeftOutWhenOutOfLines() {
        double width = Math.max(TextFit.measure("payments…", SIZE, true), TextFit.measure("staging-83", SIZE, true)) + 1;
        assertThat(NameLines.of("payments-gateway-staging-83", SIZE, true, width, 2)).containsExactly("payments…", "staging-83");
    }

    @Test
    @DisplayName("on a single line the name keeps its start and its end around an ellipsis")
    void oneLineKeepsStartAndEnd() {
        double width = TextFit.measure("analyt…prod-56", SIZE, true) + 0.5;
        String line = NameLines.of("analytics-prod-56", SIZE, true, width, 1).get(0);
        assertThat(line).startsWith("analyt").contains("…").endsWith("56");
        assertThat(TextFit.measure(line, SIZE, true)).isLessThanOrEqualTo(width);
    }

    private static NameLines.Room room(double width, int lines) {
        return new NameLines.Room() {
            @Override
            public double width(double size) {
                return width;
            }

            @Override
            public int lines(double size) {
                return lines;
            }
        };
    }

    @Test
    @DisplayName("a name is written a pixel smaller when that writes it whole, or shortens fewer of its words, and at its size otherwise")
    void aPixelSmallerWhenThatShowsMore() {
        double stagingAt10 = TextFit.measure("staging", 10, true) + 0.5;
        assertThat(NameLines.orSmaller("orders-staging-54", 11, 10, true, room(stagingAt10, 4))).as("whole at 10 only").isEqualTo(10);
        assertThat(NameLines.orSmaller("checkout-staging-69", 11, 10, true, room(stagingAt10, 4)))
                .as("\"checkout\" shortened either way, \"staging\" whole at 10 only").isEqualTo(10);
        assertThat(NameLines.of("checkout-staging-69", 10, true, stagingAt10, 4)).endsWith("staging-", "69");
        assertThat(NameLines.orSmaller("orders-prod-54", 11, 10, true, room(TextFit.measure("orders", 11, true) + 1, 4)))
                .as("whole at its size").isEqualTo(11);
        assertThat(NameLines.orSmaller("notifications-prod-1", 11, 10, true, room(TextFit.measure("prod", 11, true) + 1, 4)))
                .as("as much shortened at either size: its size").isEqualTo(11);
    }

    @Test
    @DisplayName("a pod's name on one line too short for it keeps its start and the end where its workload's pods differ")
    void podNameOnOneLine() {
        String pod = "gateway-nbnwpzdpkw-55b27";
        double width = TextFit.measure("gateway-nbnw…55b27", SIZE, false) + 0.5;
        String line = NameLines.of(pod, SIZE, false, width, 1).get(0);
        assertThat(line).startsWith("gateway-").endsWith("…55b27");
        assertThat(NameLines.of("", SIZE, false, width, 1)).containsExactly("");
    }

    @Test
    @DisplayName("a name on one line too narrow for a few letters of its start and its end keeps its start: \"nightly-re…\", never \"n…28735140\"")
    void startWhenTheEndLeavesTooLittle() {
        double width = TextFit.measure("n…28735140", SIZE, true) + 1;
        String line = NameLines.of("nightly-report-28735140", SIZE, true, width, 1).get(0);
        assertThat(line).startsWith("nightly").endsWith("…");
    }
}
