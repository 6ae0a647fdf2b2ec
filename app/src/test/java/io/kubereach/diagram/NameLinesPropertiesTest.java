package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.WordBreaks;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

@Label("Names broken into lines, for any name and box")
class NameLinesPropertiesTest {

    private static final double SIZE = 11;
    private static final String ELLIPSIS = "…";

    /** Kubernetes-like names: words of letters and digits joined by label boundaries, some long, some Chinese. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> boundary = Arbitraries.of("-", ".", "/", "-", "-");
        return Arbitraries.integers().between(1, 5).flatMap(n -> word.list().ofSize(n).flatMap(words ->
                boundary.list().ofSize(n - 1).map(seps -> {
                    StringBuilder out = new StringBuilder(words.get(0));
                    for (int i = 1; i < n; i++) {
                        out.append(seps.get(i - 1)).append(words.get(i));
                    }
                    return out.toString();
                })));
    }

    @Property(tries = 400)
    @Label("every line fits the box and there are never more lines than it holds")
    void linesFit(@ForAll("names") String name, @ForAll @DoubleRange(min = 30, max = 240) double width,
            @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        List<String> lines = NameLines.of(name, SIZE, true, width, maxLines);
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(maxLines);
        assertThat(lines).allSatisfy(line -> assertThat(TextFit.measure(withoutHangingSeparator(line), SIZE, true))
                .isLessThanOrEqualTo(width));
    }

    @Property(tries = 400)
    @Label("every piece of text shown begins where the name begins or may break: never in the middle of a word")
    void neverCutMidWord(@ForAll("names") String name, @ForAll @DoubleRange(min = 30, max = 240) double width,
            @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        for (String line : NameLines.of(name, SIZE, true, width, maxLines)) {
            for (String part : line.split(ELLIPSIS)) {
                if (!part.isEmpty()) {
                    assertThat(startsAtABreak(name, part)).as("%s in %s", part, name).isTrue();
                }
            }
        }
    }

    @Property(tries = 400)
    @Label("the name's last part is on the last line whenever it fits the box (on one line, after a few letters of its start and \"…\"): where names differ is never left out")
    void endKept(@ForAll("names") String name, @ForAll @DoubleRange(min = 30, max = 240) double width,
            @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        String last = lastPiece(name);
        String start = name.substring(0, Math.min(NameLines.LEAST_START, name.length()));
        double room = maxLines == 1 ? width - TextFit.measure(start + ELLIPSIS, SIZE, true) : width;
        if (TextFit.measure(last, SIZE, true) <= room) {
            List<String> lines = NameLines.of(name, SIZE, true, width, maxLines);
            assertThat(lines.get(lines.size() - 1)).endsWith(last);
        }
    }

    @Property(tries = 400)
    @Label("a name that fits whole is written whole, in order, with no ellipsis")
    void wholeWhenItFits(@ForAll("names") String name, @ForAll @DoubleRange(min = 30, max = 240) double width,
            @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        if (NameLines.whole(name, SIZE, true, width, maxLines)) {
            assertThat(String.join("", NameLines.of(name, SIZE, true, width, maxLines))).isEqualTo(name);
        }
    }

    private static boolean startsAtABreak(String name, String part) {
        for (int p = name.indexOf(part); p >= 0; p = name.indexOf(part, p + 1)) {
            if (p == 0 || WordBreaks.mayBreakBefore(name, p)) {
                return true;
            }
        }
        return false;
    }

    private static String lastPiece(String name) {
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            if (WordBreaks.mayBreakBefore(name, i)) {
                start = i;
            }
        }
        return name.substring(start);
    }

    private static String withoutHangingSeparator(String line) {
        return !line.isEmpty() && WordBreaks.boundary(line.charAt(line.length() - 1)) ? line.substring(0, line.length() - 1) : line;
    }
}
