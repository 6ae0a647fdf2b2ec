package io.kubereach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the UI message bundles")
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/io/kubereach/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("English and Simplified Chinese have exactly the same keys")
    void sameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    @DisplayName("every Chinese text differs from the English one, apart from names that stay as they are")
    void chineseIsTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        var same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(zh.getProperty(k))).sorted().toList();
        assertThat(same).containsExactlyInAnyOrder("app.title", "kind.POD", "kind.SERVICE", "kind.INGRESS", "pause.label",
                "service.CLUSTER_IP", "service.NODE_PORT", "service.LOAD_BALANCER");
    }

    @Test
    @DisplayName("the locale picks the bundle, and placeholders are filled")
    void localeAndPlaceholders() {
        assertThat(DiagramText.of(Locale.SIMPLIFIED_CHINESE).get("legend.title")).isEqualTo("图例");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 1)).isEqualTo("1 pod");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 3)).isEqualTo("3 pods");
    }
}
