package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

@DisplayName("YAML is read without snakeyaml's marks where nothing goes wrong, and a problem still says where it is")
class YamlReaderMarksTest {

    /** Many plain pods, as a generated cluster writes them. */
    private static String pods(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-").append(i)
                    .append("\n  namespace: shop\n  labels: {app: web, tier: \"front\"}\nspec:\n  containers:\n  - name: web\n")
                    .append("    ports:\n    - containerPort: 8080\n      protocol: TCP\n");
        }
        return out.toString();
    }

    @Test
    @DisplayName("a plain text read without marks gives exactly the documents snakeyaml's own loader builds with them")
    void plainTextWithoutMarksIsSnakeyamlsValues() throws YamlReader.Problem {
        String text = pods(50) + "---\nkind: List\nitems: [1, 2.5, true, null, '3', \"x: y\"]\n";
        List<Object> expected = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(expected::add);

        List<Object> read = YamlReader.loadAll(text, "pods.yaml");

        assertThat(read).isEqualTo(expected);
        assertThat(String.valueOf(read)).isEqualTo(String.valueOf(expected));
    }

    @Test
    @DisplayName("a syntax error deep in a long plain text still names its line and column, read again the full way with marks")
    void syntaxErrorAfterManyPlainDocumentsNamesItsLine() {
        String good = pods(40); // 13 lines a pod
        String text = good + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n";

        YamlReader.Problem problem = catchThrowableOfType(() -> YamlReader.loadAll(text, "pods.yaml"), YamlReader.Problem.class);

        assertThat(problem).isNotNull();
        assertThat(problem.isLimit()).isFalse();
        assertThat(problem.line()).contains(40 * 13 + 6);
        assertThat(problem.column()).contains(1);
    }

    @Test
    @DisplayName("a limit passed in a plain text still names the line and column of the value past it")
    void limitPassedNamesItsLine() {
        String text = pods(3) + "---\nkind: ConfigMap\ndata:\n  big: " + "x".repeat(YamlReader.MAX_SCALAR + 1) + "\n";

        YamlReader.Problem problem = catchThrowableOfType(() -> YamlReader.loadAll(text, "cm.yaml"), YamlReader.Problem.class);

        assertThat(problem).isNotNull();
        assertThat(problem.isLimit()).isTrue();
        assertThat(problem.line()).contains(3 * 13 + 4);
        assertThat(problem.column()).contains(8);
    }
}
