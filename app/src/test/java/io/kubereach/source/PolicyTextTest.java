package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.MessageText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A policy typed as YAML, read as a manifest file would be")
class PolicyTextTest {

    private static final String HEAD = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: p, namespace: default}
            spec:
              podSelector: {}
            """;

    private static String problem(String text) {
        PolicyText.Outcome outcome = PolicyText.read(text, "edited");
        assertThat(outcome).isInstanceOf(PolicyText.Invalid.class);
        return MessageText.english(((PolicyText.Invalid) outcome).problem().message());
    }

    @Test
    @DisplayName("a YAML syntax error is reported at its line and column")
    void syntaxErrorAtItsLine() {
        PolicyText.Outcome outcome = PolicyText.read(HEAD + "  ingress: [unclosed\n", "edited");
        PolicyText.Problem p = ((PolicyText.Invalid) outcome).problem();
        assertThat(p.line()).hasValue(7);
        assertThat(MessageText.english(p.message())).startsWith("edited: YAML syntax error at line 7");
    }

    @Test
    @DisplayName("an empty peer item (half typed) is refused naming the rule, an empty rule item admits everyone as the API server reads it")
    void emptyItems() {
        assertThat(problem(HEAD + "  ingress:\n  - from:\n    - \n")).contains("ingress rule 1").contains("neither ipBlock");
        PolicyText.Outcome read = PolicyText.read(HEAD + "  ingress:\n  - \n", "edited");
        assertThat(read).isInstanceOfSatisfying(PolicyText.Read.class,
                r -> assertThat(r.policy().policies().get(0).ingress().get(0).allPeers()).isTrue());
    }

    @Test
    @DisplayName("a text that is no policy, or several objects, is refused naming what it holds")
    void notOnePolicy() {
        assertThat(problem("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\n")).contains("ConfigMap")
                .contains("not a policy kind");
        assertThat(problem(HEAD + "---\n" + HEAD)).contains("exactly one policy");
    }

    @Test
    @DisplayName("a value the API server would refuse (a CIDR with /99) is reported at the line that holds it")
    void invalidValueAtItsLine() {
        PolicyText.Outcome outcome = PolicyText.read(HEAD + "  ingress:\n  - from:\n    - ipBlock: {cidr: 10.0.0.0/99}\n", "edited");
        PolicyText.Problem p = ((PolicyText.Invalid) outcome).problem();
        assertThat(MessageText.english(p.message())).contains("10.0.0.0/99");
        assertThat(p.line()).hasValue(8);
    }
}
