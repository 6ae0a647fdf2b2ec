package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What scripts parse (verdict words, connlist text, JSON) is the same whatever the language. */
@DisplayName("output that scripts parse does not depend on the language")
class LocaleIndependentOutputTest {

    private static Cli.Run in(Locale locale, Supplier<Cli.Run> run) {
        Locale before = Locale.getDefault();
        Language languageBefore = Messages.current().language();
        try {
            Locale.setDefault(locale);
            Messages.use(Language.of(locale));
            return run.get();
        } finally {
            Locale.setDefault(before);
            Messages.use(languageBefore);
        }
    }

    @ParameterizedTest(name = "list --format {0}")
    @ValueSource(strings = {"txt", "json", "csv", "md", "dot"})
    @DisplayName("list prints the same bytes under zh_CN and en")
    void listIsTheSameInEveryLanguage(String format) {
        Cli.Run en = in(Locale.US, () -> Cli.run("list", "--demo", "--format", format));
        Cli.Run zh = in(Locale.SIMPLIFIED_CHINESE, () -> Cli.run("list", "--demo", "--format", format));
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("default/redis[StatefulSet]");
        assertThat(zh.out()).isEqualTo(en.out());
        assertThat(zh.exitCode()).isEqualTo(en.exitCode());
    }

    @ParameterizedTest(name = "can-reach {0}")
    @ValueSource(strings = {
            "default/frontend-6d4cf56db6-2kq8m default/redis-0 6379",
            "default/redis-0 kube-system/coredns-5dd5756b68-7xk2p 53/UDP",
            "shop/web-5f7c9b8d4-jx2lp svc:payments/payments-api 443"})
    @DisplayName("can-reach --explain prints the same verdict and explanation under zh_CN and en")
    void canReachIsTheSameInEveryLanguage(String question) {
        String[] words = question.split(" ");
        String[] args = {"can-reach", "--demo", words[0], words[1], words[2], "--explain"};
        Cli.Run en = in(Locale.US, () -> Cli.run(args));
        Cli.Run zh = in(Locale.SIMPLIFIED_CHINESE, () -> Cli.run(args));
        assertThat(en.out()).matches("(?s)\\S+ \\S+ \\S+ (allowed|denied|partial)\n.*");
        assertThat(zh.out()).isEqualTo(en.out());
        assertThat(zh.exitCode()).isEqualTo(en.exitCode());
    }
}
