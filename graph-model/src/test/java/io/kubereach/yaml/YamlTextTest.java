package io.kubereach.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

@DisplayName("YamlText")
class YamlTextTest {

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"on", "Off", "yes", "NO", "y", "n", "true", "False", "null", "Null", "~", "", " ",
            "0755", "1e3", "5e7", "12:30", "1_000", ".inf", ".NaN", "0x1F", "10.0.0.1", "1.20", "-1",
            "a: b", "x #y", "#x", "- x", "[a]", "{a}", "*alias", "&anchor", "!tag", "|", ">", "@x", "`x",
            "\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "trailing ", "ünïcödé", "%x", "?x"})
    @DisplayName("should read back every string as the same string, including those YAML 1.1 reads as booleans or numbers")
    void shouldReadBackEveryStringAsTheSameString(String value) {
        String yaml = YamlText.document(Map.of("value", value, "list", List.of(value)));
        assertThat(load(yaml)).isEqualTo(Map.of("value", value, "list", List.of(value)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"on", "off", "yes", "no", "y", "n", "0755", "1e3", "12:30", "1_000", "10.0.0.1", "5e7"})
    @DisplayName("should quote strings that a YAML 1.1 reader would take for booleans, octals, floats or sexagesimals")
    void shouldQuoteYaml11Ambiguities(String value) {
        assertThat(YamlText.scalar(value)).isEqualTo("\"" + value + "\"");
    }

    @Test
    @DisplayName("should write names, label keys and API versions plain")
    void shouldWriteNamesPlain() {
        assertThat(YamlText.scalar("kubernetes.io/metadata.name")).isEqualTo("kubernetes.io/metadata.name");
        assertThat(YamlText.scalar("networking.k8s.io/v1")).isEqualTo("networking.k8s.io/v1");
        assertThat(YamlText.scalar("web-7d9f8c6b5f")).isEqualTo("web-7d9f8c6b5f");
    }

    @Test
    @DisplayName("should write nested maps, lists of maps and empty collections as kubectl lays them out")
    void shouldWriteNestedStructures() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("from", List.of(Map.of("podSelector", Map.of())));
        rule.put("ports", List.of(new LinkedHashMap<>(Map.of("port", 53))));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("spec", Map.of("ingress", List.of(rule, Map.of()), "egress", List.of()));
        String yaml = YamlText.document(doc);
        assertThat(load(yaml)).isEqualTo(doc);
        assertThat(YamlText.document(Map.of("a", List.of(List.of(1, 2), List.of())))).isEqualTo("a:\n-\n  - 1\n  - 2\n- []\n");
    }
}
