package io.kubereach.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("rendering messages in a language")
class MessageTextTest {

    @Test
    @DisplayName("lists are joined the way each language joins them, and long lists say how many more")
    void listsJoinPerLanguage() {
        Message three = Message.names(List.of("a", "b", "c"));
        assertThat(MessageText.in(Language.ENGLISH).render(three)).isEqualTo("a, b and c");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(three)).isEqualTo("a、b 和 c");
        Message many = Message.names(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        assertThat(MessageText.in(Language.ENGLISH).render(many)).isEqualTo("1, 2, 3, 4, 5, 6, 7, 8 and 2 more");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(many)).isEqualTo("1、2、3、4、5、6、7、8，另有 2 个");
    }

    @Test
    @DisplayName("English stays English on a Chinese system: no fallback to the default locale")
    void noFallbackToTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(MessageText.in(Language.ENGLISH).render(Message.of("direction.ingress"))).isEqualTo("ingress");
            Locale.setDefault(Locale.US);
            assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(Message.of("direction.ingress"))).isEqualTo("入站");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("port numbers passed as text are never grouped like counts")
    void verbatimIsNotFormatted() {
        assertThat(MessageText.in(Language.ENGLISH).render(Message.of("port.number", "65535/TCP"))).isEqualTo("65535/TCP");
        assertThat(MessageText.in(Language.ENGLISH).render(new Message.Count(12345))).isEqualTo("12,345");
    }

    @Test
    @DisplayName("nested items are indented two spaces a level and marked with a dash")
    void sentencesIndentByDepth() {
        var lines = MessageText.in(Language.ENGLISH).lines(List.of(
                new Sentence(0, Message.verbatim("top")), new Sentence(1, Message.verbatim("item")), new Sentence(2, Message.verbatim("sub"))));
        assertThat(lines).containsExactly("top", "  - item", "    - sub");
    }

    @Test
    @DisplayName("an unknown key fails naming the key")
    void unknownKeyFails() {
        assertThatThrownBy(() -> MessageText.in(Language.ENGLISH).render(Message.of("no.such.key")))
                .hasMessageContaining("no.such.key");
    }

    @Test
    @DisplayName("the language follows the locale: any Chinese locale reads Simplified Chinese, others English")
    void languageOfLocale() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.forLanguageTag("zh-TW"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(Language.parse("zh")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.parse("zh_CN")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.parse("en-US")).contains(Language.ENGLISH);
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
    }
}
