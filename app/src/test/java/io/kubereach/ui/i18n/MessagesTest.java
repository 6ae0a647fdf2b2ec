package io.kubereach.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.text.Language;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the app's strings")
class MessagesTest {

    private final Locale before = Locale.getDefault();
    private final Language languageBefore = Messages.current().language();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        Messages.use(languageBefore);
    }

    @Test
    @DisplayName("switching the language at runtime changes the current strings")
    void switchingChangesTheCurrentStrings() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Messages.text("language.name")).isEqualTo("简体中文");
        Messages.use(Language.ENGLISH);
        assertThat(Messages.text("language.name")).isEqualTo("English");
    }

    @Test
    @DisplayName("English stays English on a Chinese system, and any Chinese locale reads Simplified Chinese")
    void languagesDoNotFallBackToTheSystem() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.of(Language.of(Locale.US)).get("contexts.open")).isEqualTo("Open");
        Locale.setDefault(Locale.US);
        assertThat(Messages.of(Language.of(Locale.TRADITIONAL_CHINESE)).get("contexts.open")).isEqualTo("打开");
    }

    @Test
    @DisplayName("arguments fill the placeholders, and Chinese gets spaces around Latin words")
    void argumentsAndSpacing() {
        assertThat(Messages.of(Language.ENGLISH).get("contexts.noContext", "kind-a")).isEqualTo("kind-a: no context");
        assertThat(Messages.of(Language.SIMPLIFIED_CHINESE).get("contexts.noContext", "集群a")).isEqualTo("集群 a：没有上下文");
    }

    @Test
    @DisplayName("each language is named in itself, for a language menu anyone can read")
    void autonyms() {
        Messages.use(Language.ENGLISH);
        assertThat(Messages.autonym(Language.SIMPLIFIED_CHINESE)).isEqualTo("简体中文");
        assertThat(Messages.autonym(Language.ENGLISH)).isEqualTo("English");
    }

    @Test
    @DisplayName("an unknown key fails naming it")
    void unknownKey() {
        assertThatThrownBy(() -> Messages.of(Language.ENGLISH).get("no.such.key")).hasMessageContaining("no.such.key");
    }

    @Test
    @DisplayName("the accessor stays free of JavaFX, so view models use it without a toolkit")
    void noJavaFx() throws java.io.IOException {
        java.nio.file.Path source = java.nio.file.Path.of("src/main/java/io/kubereach/ui/i18n/Messages.java");
        assertThat(source).exists();
        assertThat(java.nio.file.Files.readString(source)).doesNotContain("import javafx");
    }

    @Test
    @DisplayName("the status bar's counts say \"1 pod\", not \"1 pods\", in English; Chinese has no plural")
    void countsInTheSingular() {
        Messages.use(Language.ENGLISH);
        assertThat(Messages.text("statusbar.counts", 1, 1, 1, 0, 1)).isEqualTo("1 namespace, 1 pod, 1 workload, 0 Services, 1 policy");
        assertThat(Messages.text("statusbar.counts", 100, 10_000, 1_000, 1_000, 2))
                .isEqualTo("100 namespaces, 10,000 pods, 1,000 workloads, 1,000 Services, 2 policies");
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Messages.text("statusbar.counts", 1, 1, 1, 0, 1)).contains("1 个命名空间").contains("1 条策略");
    }
}
