package io.kubereach.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("visible text")
class VisibleTextTest {

    @Test
    @DisplayName("a line break, a terminal escape and a bidirectional override are written as escapes")
    void actingCharactersAreEscaped() {
        assertThat(VisibleText.of("evil\n=> forged")).isEqualTo("evil\\n=> forged");
        assertThat(VisibleText.of("a\u001b[31mred")).isEqualTo("a\\x1b[31mred");
        assertThat(VisibleText.of("x\u202egnp.exe")).isEqualTo("x\\u202egnp.exe");
        assertThat(VisibleText.of("c1\u009bx\u007f")).isEqualTo("c1\\x9bx\\x7f");
    }

    @Test
    @DisplayName("ordinary names, paths and Chinese text are returned unchanged")
    void plainTextIsUnchanged() {
        for (String plain : new String[] {"default/frontend[Deployment]", "/tmp/a b/c.yaml", "命名空间 shop", "emoji \uD83D\uDE00"}) {
            assertThat(VisibleText.of(plain)).isSameAs(plain);
            assertThat(VisibleText.isPlain(plain)).isTrue();
        }
    }

    @Test
    @DisplayName("a backslash is doubled, so an escape in the input cannot pass for one the writer made")
    void backslashIsDoubled() {
        assertThat(VisibleText.of("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    @DisplayName("a surrogate half without its partner is escaped, a pair is kept")
    void loneSurrogatesAreEscaped() {
        assertThat(VisibleText.of("x\uD83Dy")).isEqualTo("x\\ud83dy");
        assertThat(VisibleText.of("\uDE00")).isEqualTo("\\ude00");
    }

    @Property(tries = 300)
    @Label("whatever the input, the result is one line without an acting character")
    void resultNeverActs(@ForAll String text) {
        String visible = VisibleText.of(text);
        assertThat(visible).doesNotContain("\n", "\r", "\u001b", "\u202e");
        for (int i = 0; i < visible.length(); i++) {
            assertThat(VisibleText.acts(visible.charAt(i))).isFalse();
        }
    }
}
