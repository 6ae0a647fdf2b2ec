package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("suggesting names for a policy that was not found")
class NameSuggestionsTest {

    private static final List<String> KNOWN = List.of("default/test-network-policy", "payments/default-deny",
            "shop/shop-egress", "monitoring/prometheus-egress", "payments/payments-api-egress");

    @Test
    @DisplayName("the same name in another namespace comes first")
    void sameNameElsewhereFirst() {
        assertThat(NameSuggestions.similar("default/default-deny", KNOWN)).first().isEqualTo("payments/default-deny");
    }

    @Test
    @DisplayName("a shortened or misspelt name finds the one meant")
    void typosAndAbbreviations() {
        assertThat(NameSuggestions.similar("default/test-netpol", KNOWN)).containsExactly("default/test-network-policy");
        assertThat(NameSuggestions.similar("shop/shop-egres", KNOWN)).first().isEqualTo("shop/shop-egress");
    }

    @Test
    @DisplayName("a name like nothing known has no similar names, and the closest list is capped")
    void nothingSimilar() {
        assertThat(NameSuggestions.similar("zzz/qqq", KNOWN)).isEmpty();
        assertThat(NameSuggestions.closest("zzz/qqq", List.of("a/1", "a/2", "a/3", "a/4", "a/5", "a/6", "a/7"))).hasSize(NameSuggestions.LIMIT);
    }

    @Test
    @DisplayName("edit distance counts insertions, deletions and substitutions")
    void distance() {
        assertThat(NameSuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(NameSuggestions.distance("same", "same")).isZero();
    }
}
