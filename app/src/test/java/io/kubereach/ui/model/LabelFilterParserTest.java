package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the label filter parser")
class LabelFilterParserTest {

    @Test
    @DisplayName("a blank filter selects every pod")
    void blankSelectsEverything() throws LabelFilterException {
        assertThat(LabelFilterParser.parse("  ")).isEqualTo(LabelSelector.ALL);
    }

    @Test
    @DisplayName("k=v, k2 in (a,b) and !k3 become one matchLabels pair and two requirements, all of which must hold")
    void theExampleOfTheBrief() throws LabelFilterException {
        LabelSelector s = LabelFilterParser.parse("k=v,k2 in (a,b),!k3");
        assertThat(s.matchLabels()).isEqualTo(Map.of("k", "v"));
        assertThat(s.requirements()).containsExactly(
                new LabelRequirement("k2", LabelRequirement.Operator.IN, Set.of("a", "b")),
                new LabelRequirement("k3", LabelRequirement.Operator.DOES_NOT_EXIST, Set.of()));
        assertThat(s.matches(Map.of("k", "v", "k2", "b"))).isTrue();
        assertThat(s.matches(Map.of("k", "v", "k2", "c"))).isFalse();
        assertThat(s.matches(Map.of("k", "v", "k2", "a", "k3", "x"))).isFalse();
        assertThat(s.matches(Map.of("k2", "a"))).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' on app=web,tier=front is {1}")
    @CsvSource(delimiter = ';', value = {
            "app=web;true", "app==web;true", "app = web;true", "app!=web;false", "app!=db;true",
            "tier in (front, back);true", "tier notin (front);false", "tier notin (x);true", "missing notin (x);true",
            "app;true", "missing;false", "!missing;true", "!app;false", "example.com/team=a;false",
            "app=web,tier=front;true", "app=web,tier=back;false", "APP=web;false"})
    void operatorsMeanWhatKubectlMeans(String filter, boolean matches) throws LabelFilterException {
        assertThat(LabelFilterParser.parse(filter).matches(Map.of("app", "web", "tier", "front"))).isEqualTo(matches);
    }

    @Test
    @DisplayName("two different values for one key match nothing, as in kubectl")
    void conflictingValuesMatchNothing() throws LabelFilterException {
        LabelSelector s = LabelFilterParser.parse("app=web,app=db");
        assertThat(s.matches(Map.of("app", "web"))).isFalse();
        assertThat(s.matches(Map.of("app", "db"))).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' fails as {1} about ''{2}''")
    @CsvSource(delimiter = ';', value = {
            "tier in (a,b;UNBALANCED_PARENTHESES;tier in (a,b",
            "tier in a,b);UNBALANCED_PARENTHESES;tier in a,b)",
            "app=web,,tier=x;EMPTY_REQUIREMENT;''",
            "app=web,;EMPTY_REQUIREMENT;''",
            "-bad=x;BAD_KEY;-bad",
            "app=we b;BAD_VALUE;we b",
            "app in (ok,-no);BAD_VALUE;-no"})
    void badFiltersNameTheirProblemAndPart(String filter, LabelFilterException.Problem problem, String part) {
        assertThatThrownBy(() -> LabelFilterParser.parse(filter))
                .isInstanceOfSatisfying(LabelFilterException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.part()).isEqualTo(part);
                });
    }
}
