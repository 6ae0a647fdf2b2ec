package io.kubereach.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a text bundle")
class TextBundleTest {

    private static final String WORDS = "io.kubereach.text.testwords";
    private static final String MORE = "io.kubereach.text.testmore";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static TextBundle in(Language language, String... baseNames) {
        return TextBundle.of(language, TextBundleTest.class.getClassLoader(), baseNames);
    }

    @Test
    @DisplayName("fills the placeholders, with plural choices, in the language asked for")
    void fillsPlaceholders() {
        assertThat(in(Language.ENGLISH, WORDS).get("greeting", "redis-0")).isEqualTo("Hello, redis-0");
        assertThat(in(Language.ENGLISH, WORDS).get("pods", 1)).isEqualTo("1 pod");
        assertThat(in(Language.ENGLISH, WORDS).get("pods", 1234)).isEqualTo("1,234 pods");
        assertThat(in(Language.SIMPLIFIED_CHINESE, WORDS).get("greeting", "redis-0")).isEqualTo("你好，redis-0");
    }

    @Test
    @DisplayName("English stays English on a Chinese system, and a key the Chinese file lacks falls back to English")
    void noFallbackToTheSystemLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(in(Language.ENGLISH, WORDS).get("first.only")).isEqualTo("from the first bundle");
        assertThat(in(Language.SIMPLIFIED_CHINESE, WORDS).get("english.only")).isEqualTo("only in English");
    }

    @Test
    @DisplayName("Chinese text gets a space between Chinese characters and Latin letters or digits, and only there")
    void chineseSpacing() {
        assertThat(in(Language.SIMPLIFIED_CHINESE, WORDS).get("pods", 3)).isEqualTo("3 个 Pod");
        assertThat(TextBundle.spaceBetweenHanAndLatin("命名空间default中有2个Pod：a、b")).isEqualTo("命名空间 default 中有 2 个 Pod：a、b");
        assertThat(TextBundle.spaceBetweenHanAndLatin("端口 6379/TCP（role=db）")).isEqualTo("端口 6379/TCP（role=db）");
    }

    @Test
    @DisplayName("several bundles read as one: the first that has a key gives its string")
    void severalBundlesInOrder() {
        TextBundle both = in(Language.ENGLISH, WORDS, MORE);
        assertThat(both.get("shared")).isEqualTo("first");
        assertThat(both.get("second.only")).isEqualTo("from the second bundle");
        assertThat(both.contains("second.only")).isTrue();
        assertThat(both.keys()).contains("greeting", "second.only", "shared");
        assertThat(in(Language.SIMPLIFIED_CHINESE, MORE, WORDS).get("shared")).isEqualTo("第二");
    }

    @Test
    @DisplayName("an unknown key fails naming the key and the bundles looked in")
    void unknownKeyFails() {
        assertThat(in(Language.ENGLISH, WORDS).contains("no.such.key")).isFalse();
        assertThatThrownBy(() -> in(Language.ENGLISH, WORDS, MORE).get("no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key").hasMessageContaining(WORDS).hasMessageContaining(MORE);
    }
}
