package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

@DisplayName("plain YAML is read straight from the parser's events into the very values snakeyaml builds; anything else is left to snakeyaml")
class PlainDocumentsTest {

    private static final LoadSettings SETTINGS = LoadSettings.builder().build();

    /** What snakeyaml's own loader builds. */
    private static List<Object> snakeyaml(String text) {
        List<Object> out = new ArrayList<>();
        new Load(SETTINGS).loadAllFromString(text).forEach(out::add);
        return out;
    }

    private static Optional<List<Object>> plain(String text) {
        return PlainDocuments.read(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text)), SETTINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\n",
        "a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 12345678901\nf: 123456789012345678901234567890\ng: 1.5\nh: .inf\ni: -.Inf\nj: .nan\nk: 1e3\n",
        "a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\n",
        "a: null\nb: ~\nc:\nd: Null\n~: nothing\n80: port\n",
        "a: '1'\nb: \"true\"\nc: \"null\"\nd: 'x: y'\ne: \"tab\\tand \\u00e9\"\n",
        "a: |\n  line one\n  line two\nb: >\n  folded\n  text\nc: |-\n  kept\n",
        "list:\n- 1\n- two\n- [3, 4]\n- {five: 5}\n-\n- - nested\nempty: []\nnone: {}\n",
        "---\na: 1\n---\n---\nb: 2\n...\n",
        "",
        "# only a comment\n",
        "just text\n",
        "- a\n- b\n",
        "{\"kind\": \"Pod\", \"apiVersion\": \"v1\", \"n\": 1, \"f\": 2.5, \"t\": true, \"z\": null, \"l\": [1, \"2\"]}\n",
        "ip: 10.244.1.2\nversion: 1.2.0\ntime: 2001-12-14t21:59:43.10-05:00\nport: \"8080\"\nhash: 752ntpnjx8\nhex: 0xZZ\n"})
    @DisplayName("a plain text gives exactly snakeyaml's documents: texts, numbers, booleans, nulls, blocks, lists, empty documents")
    void plainTextsAreSnakeyamlsValues(String text) {
        Optional<List<Object>> read = plain(text);
        assertThat(read).isPresent();
        assertThat(read.get()).isEqualTo(snakeyaml(text));
        assertThat(String.valueOf(read.get())).isEqualTo(String.valueOf(snakeyaml(text))); // same Java types too (1 vs 1.0 vs "1")
        read.get().forEach(PlainDocumentsTest::sameTypes);
    }

    private static void sameTypes(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                sameTypes(k);
                sameTypes(v);
            });
            assertThat(map).isInstanceOf(java.util.LinkedHashMap.class);
        } else if (value instanceof List<?> list) {
            list.forEach(PlainDocumentsTest::sameTypes);
            assertThat(list).isInstanceOf(ArrayList.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom x\n",
        "a: 1\na: 2\n",
        "base: &b {x: 1}\nderived:\n  <<: *b\n",
        "? [a, b]\n: c\n",
        "a: [1\n",
        "a: b\n c: d\n"})
    @DisplayName("anchors, aliases, tags, repeated keys, merge keys, complex keys and broken YAML are left to snakeyaml")
    void otherTextsAreLeftToSnakeyaml(String text) {
        assertThat(plain(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 1\na: 2\n", "a: [1\n"})
    @DisplayName("through the reader, a text that is not plain still fails (or reads) exactly as snakeyaml says")
    void readerStillReportsSnakeyamlsProblems(String text) {
        assertThatThrownBy(() -> YamlReader.loadAll(text, "x.yaml")).isInstanceOf(YamlReader.Problem.class);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a scalar is tagged exactly as snakeyaml's schema tags it, whatever character it starts with, also where text is told apart without the schema's patterns")
    void scalarsAreTaggedAsTheSchemaTagsThem() {
        org.snakeyaml.engine.v2.resolver.ScalarResolver resolver = SETTINGS.getSchema().getScalarResolver();
        List<String> tails = List.of("", "rue", "alse", "ull", "ULL", "1", "0", "12", ".5", "e3", "inf", "nan", "{HOME}", "{HOME:-x}",
                "abc", "-x", " x", ":", "\u0000", "rue ", "alsey", "ull\n", "ame", "amespace");
        int text = 0;
        for (char first = 0; first < 0x3100; first++) {
            for (String tail : tails) {
                String value = first + tail;
                for (boolean implicit : new boolean[] {true, false}) {
                    var tag = PlainDocuments.tag(resolver, value, implicit);
                    assertThat(tag).as("%s (implicit %s)", value, implicit).isEqualTo(resolver.resolve(value, implicit));
                    text += tag.equals(org.snakeyaml.engine.v2.nodes.Tag.STR) ? 1 : 0;
                }
            }
        }
        assertThat(PlainDocuments.tag(resolver, "", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.NULL);
        assertThat(PlainDocuments.tag(resolver, "true", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.BOOL);
        assertThat(PlainDocuments.tag(resolver, "-12", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.INT);
        assertThat(PlainDocuments.tag(resolver, "checkout-prod-71", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.STR);
        assertThat(PlainDocuments.tag(resolver, "null", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.NULL);
        assertThat(PlainDocuments.tag(resolver, "namespace", true)).isEqualTo(org.snakeyaml.engine.v2.nodes.Tag.STR);
        assertThat(text).as("most values are text").isGreaterThan(0x3100 * tails.size());
    }
}
