package io.kubereach.model.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.text.MessageText;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The selector language as Calico's own parser tests and documentation state it
 * ({@code libcalico-go/lib/selector/parser/parser_test.go}, {@code _selectors.mdx}).
 */
class CalicoSelectorParserTest {

    /** selector, labels, whether they match: the cases of Calico's {@code selectorTests}. */
    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of("a == \"b\"", Map.of("a", "b", "c", "d"), true),
                Arguments.of("a == \"b\"", Map.of("a", "c"), false),
                Arguments.of("a == \"b\"", Map.of(), false),
                Arguments.of("a == \"b\" && c == \"d\"", Map.of("a", "b", "c", "d"), true),
                Arguments.of("a == \"b\" && c == \"d\"", Map.of("a", "b"), false),
                Arguments.of("a == \"b\" || c == \"d\"", Map.of("c", "d"), true),
                Arguments.of("a == \"b\" || c == \"d\"", Map.of("a", "e", "c", "e"), false),
                Arguments.of("a in {\"'\", '\"', \"c\"}", Map.of("a", "\""), true),
                Arguments.of("a in {\"'\", '\"', \"c\"}", Map.of("a", "'"), true),
                Arguments.of("a in {\"'\", '\"', \"c\"}", Map.of(), false),
                Arguments.of("a not in {\"'\", '\"', \"c\"}", Map.of(), true),
                Arguments.of("a not in {\"'\", '\"', \"c\"}", Map.of("a", "c"), false),
                Arguments.of("a != \"a\"", Map.of(), true),
                Arguments.of("a != 'a'", Map.of("a", "a"), false),
                Arguments.of("a contains \"a\"", Map.of("a", "bab"), true),
                Arguments.of("a contains \"a\"", Map.of("b", "aaa"), false),
                Arguments.of("a starts with \"a\"", Map.of("a", "abb"), true),
                Arguments.of("a starts with \"a\"", Map.of("a", "baa"), false),
                Arguments.of("a ends with \"a\"", Map.of("a", "bba"), true),
                Arguments.of("a ends with \"a\"", Map.of("a", "aab"), false),
                Arguments.of("!a in {\"a\"}", Map.of("a", "b"), true),
                Arguments.of("has(a)", Map.of("a", "b"), true),
                Arguments.of("!has(a)", Map.of("b", "b"), true),
                Arguments.of("!!has(b)", Map.of("a", "b"), false),
                Arguments.of("! !!has(a)", Map.of("a", "b"), false),
                Arguments.of("", Map.of("a", "b"), true),
                Arguments.of(" ", Map.of(), true),
                Arguments.of(" all()", Map.of("a", "b"), true),
                Arguments.of(" global()", Map.of("a", "b"), true),
                Arguments.of("!(!has(a) || has(b))", Map.of("a", "a"), true),
                Arguments.of("a != 'a1' && !b == 'b1'", Map.of("a", "a1", "b", "b1"), false),
                Arguments.of("! a == 'a1' || ! b == 'b1'", Map.of("a", "a1", "b", "b1"), false),
                Arguments.of("a == 'a1' || b != 'b1'", Map.of("a", "a1", "b", "b1"), true),
                // the precedence example of the documentation: ((!has(my-label)) || (starts with && in))
                Arguments.of("! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'}",
                        Map.of("role", "db"), true),
                Arguments.of("! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'}",
                        Map.of("my-label", "prod-1", "role", "business"), true),
                Arguments.of("! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'}",
                        Map.of("my-label", "prod-1", "role", "db"), false),
                Arguments.of("! has(my-label) || my-label starts with 'prod' && role in {'frontend','business'}",
                        Map.of("my-label", "dev", "role", "frontend"), false),
                // the one-word spellings Calico's tokenizer accepts
                Arguments.of("a notin {'x'}", Map.of("a", "y"), true),
                Arguments.of("a startswith 'x'", Map.of("a", "xy"), true),
                Arguments.of("a endswith 'y'", Map.of("a", "xy"), true),
                // trailing comma and the empty set
                Arguments.of("a in {'x',}", Map.of("a", "x"), true),
                Arguments.of("a in {}", Map.of("a", "x"), false),
                Arguments.of("projectcalico.org/namespace not in  {'kube-system', 'calico-system', 'calico-apiserver'}",
                        Map.of("projectcalico.org/namespace", "advanced-policy-demo"), true));
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @MethodSource("matching")
    @DisplayName("a selector matches the labels Calico's tests say it matches")
    void selectorMatchesAsCalicoSays(String text, Map<String, String> labels, boolean expected) throws Exception {
        CalicoSelector selector = CalicoSelectorParser.parse(text);
        assertThat(selector.matches(labels)).isEqualTo(expected);
        // the canonical text means the same (Calico's "after canonicalising" cases)
        assertThat(CalicoSelectorParser.parse(selector.toString()).matches(labels)).isEqualTo(expected);
    }

    /** input, canonical text: Calico's {@code canonicalisationTests}. */
    static Stream<Arguments> canonical() {
        return Stream.of(
                Arguments.of("", "all()"),
                Arguments.of(" all() ", "all()"),
                Arguments.of(" (all() )", "all()"),
                Arguments.of("! (has( b)||! has(a ))", "!(has(b) || !has(a))"),
                Arguments.of("! (a == \"b\"&&! c != \"d\")", "!(a == \"b\" && !c != \"d\")"),
                Arguments.of("a == \"'\"", "a == \"'\""),
                Arguments.of("a == '\"'", "a == '\"'"),
                Arguments.of("a startswith '\"'", "a starts with '\"'"),
                Arguments.of("a endswith \"'\"", "a ends with \"'\""),
                Arguments.of("a!='\"'", "a != '\"'"),
                Arguments.of("a in {\"z\", \"z\", \"x\", \"y\", \"x\", \"a\"}", "a in {\"a\", \"x\", \"y\", \"z\"}"),
                Arguments.of("k == 'v' && x == 'y'", "(k == \"v\" && x == \"y\")"),
                Arguments.of("!(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'}))",
                        "!(!((k == \"v\" && has(t)) || all()) && a in {\"b\", \"c\"})"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("canonical")
    @DisplayName("a selector prints in Calico's canonical form, which parses back to the same text")
    void selectorPrintsCanonically(String input, String expected) throws Exception {
        String canonical = CalicoSelectorParser.parse(input).toString();
        assertThat(canonical).isEqualTo(expected);
        assertThat(CalicoSelectorParser.parse(canonical).toString()).isEqualTo(canonical);
    }

    /** selector, column of the error, words the English message contains: Calico's {@code badSelectors} and more. */
    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("b == b", 6, "expected a quoted string after =="),
                Arguments.of("b contains b", 12, "after contains"),
                // Calico checks the word boundary after the blanks that follow "with": a bare label
                // there makes "starts with" no operator at all
                Arguments.of("b starts with b", 3, "label b must be followed by"),
                Arguments.of("b ends with b", 3, "label b must be followed by"),
                Arguments.of("b starts with 'x' && c ends with", 33, "expected a quoted string after ends with"),
                Arguments.of("'b1' == b", 1, "expected an expression, found 'b1'"),
                Arguments.of("b", 2, "label b must be followed by"),
                Arguments.of("a b", 3, "label a must be followed by"),
                Arguments.of("!", 2, "ends where an expression should follow"),
                Arguments.of("foo == \"bar\" &", 14, "write '&&'"),
                Arguments.of("foo == \"bar\" |", 14, "write '||'"),
                Arguments.of("foo != ||", 8, "expected a quoted string after !="),
                Arguments.of("foo in {\"\", ||", 13, "expected a closing brace or a comma, found ||"),
                Arguments.of("foo in \"\"", 8, "expected a set of quoted strings in braces after in"),
                Arguments.of("\"FOO", 1, "no closing quote"),
                Arguments.of("\"FOO'", 1, "no closing quote"),
                Arguments.of("'FOO", 1, "no closing quote"),
                Arguments.of("(", 2, "ends where an expression should follow"),
                Arguments.of("(a == \"foo\"", 12, "expected a closing ')', found the end of the selector"),
                Arguments.of(")", 1, "expected an expression, found )"),
                Arguments.of("()", 2, "expected an expression, found )"),
                Arguments.of("%", 1, "'%' cannot appear here"),
                Arguments.of("a == \"b\" && %", 13, "'%' cannot appear here"),
                Arguments.of("a == \"b\" || %", 13, "'%' cannot appear here"),
                Arguments.of("a ", 3, "label a must be followed by"),
                Arguments.of("has(foo) &&", 12, "ends where an expression should follow"),
                Arguments.of("a = 'b'", 3, "write '=='"),
                Arguments.of("has(a", 6, "has( has no closing ')'"),
                Arguments.of("has (a)", 5, "label has must be followed by"),
                Arguments.of("all(", 5, "all( has no closing ')'"),
                Arguments.of("a == 'b' c == 'd'", 10, "unexpected c after a complete expression"),
                Arguments.of("has()", 5, "')' cannot appear here"),
                Arguments.of("a in {'x' 'y'}", 11, "expected a closing brace or a comma, found 'y'"));
    }

    @ParameterizedTest(name = "{0}: column {1}")
    @MethodSource("rejected")
    @DisplayName("a selector Calico rejects fails with the column and the reason")
    void badSelectorNamesColumnAndReason(String text, int column, String reason) {
        assertThatThrownBy(() -> CalicoSelectorParser.parse(text))
                .isInstanceOfSatisfying(CalicoSelectorException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(MessageText.english(e.reason())).contains(reason);
                    assertThat(MessageText.english(e.explanation())).startsWith("column " + column + ": ");
                });
    }

    @Test
    @DisplayName("a label longer than 512 characters is refused, as Calico's MaxLabelLength")
    void overlongLabelIsRefused() {
        String label = "k".repeat(513);
        assertThatThrownBy(() -> CalicoSelectorParser.parse(label + " == 'v'"))
                .isInstanceOfSatisfying(CalicoSelectorException.class, e -> assertThat(e.column()).isEqualTo(1));
    }

    @Test
    @DisplayName("prefixing label names rewrites every comparison, as Calico's PrefixVisitor does")
    void mapLabelsPrefixesEveryLabel() throws Exception {
        CalicoSelector visited = CalicoSelectorParser.parse("!(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'}))")
                .mapLabels(label -> "visited/" + label);
        assertThat(visited).hasToString(
                "!(!((visited/k == \"v\" && has(visited/t)) || all()) && visited/a in {\"b\", \"c\"})");
    }
}
