package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.Kubeconfig;
import io.kubereach.source.live.KubeconfigFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, findings 1 and 6: the YAML reader's limits are chosen on purpose and named when passed;
 * no input overflows the stack, expands without bound, or parses in quadratic time.
 */
@DisplayName("the limits of reading YAML")
class YamlLimitsTest {

    @TempDir
    Path dir;

    private ManifestFolder folder() {
        return new ManifestFolder(dir);
    }

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: default}
            spec: {containers: [{name: c, image: x}]}
            """;

    @Test
    @DisplayName("a document nested deeper than 256 levels fails naming the limit, the file and the place")
    void tooDeep() {
        ManifestFolder folder = folder();
        folder.write("pod.yaml", POD);
        assertThatThrownBy(() -> folder.readStrictly("junk.yaml", "x: " + "[".repeat(1700) + "]".repeat(1700) + "\n"))
                .isInstanceOf(ManifestException.class)
                .hasMessage(dir.resolve("junk.yaml") + ": line 1, column 259: nested more than 256 levels deep, past KubeReach's limit"
                        + " (no Kubernetes object nests nearly so deep)");
        assertThatThrownBy(() -> folder.readStrictly("junk.yaml", "x: " + "{a: ".repeat(5000) + "1" + "}".repeat(5000) + "\n"))
                .hasMessageContaining("nested more than 256 levels deep");
    }

    @Test
    @DisplayName("nesting up to the limit is read")
    void deepButWithinTheLimit() throws Exception {
        String deep = "[".repeat(250) + "]".repeat(250);
        ManifestFolder folder = folder();
        assertThat(folder.read("pod.yaml", POD.replace("spec:", "metadata2: " + deep + "\nspec:")).pods()).hasSize(1);
    }

    @Test
    @Timeout(30)
    @DisplayName("a 16 MB value is refused naming the limit, without quadratic parsing (it took 44 s)")
    void longValue() {
        ManifestFolder folder = folder();
        String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata: {k: " + "x".repeat(16_000_000) + "}\n";
        assertThatThrownBy(() -> folder.readStrictly("cm.yaml", cm))
                .hasMessage(dir.resolve("cm.yaml") + ": line 4, column 11: a value of more than 4,194,304 characters, past KubeReach's limit"
                        + " (the API server stores no object over 1.5 MiB)");
    }

    @Test
    @Timeout(30)
    @DisplayName("a line longer than 32 MiB is refused before parsing, naming the line, instead of filling the parser's window (a 100 MB line ran out of 1 GB)")
    void longLine() {
        ManifestFolder folder = folder();
        String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata:\n  k: |\n    "
                + "words and spaces ".repeat(2_000_000) + "\n";
        assertThatThrownBy(() -> folder.readStrictly("cm.yaml", cm))
                .hasMessage(dir.resolve("cm.yaml") + ": line 6, column 33554433: a line of more than 33,554,432 characters,"
                        + " past KubeReach's limit (JSON written by kubectl or KubeReach has one field a line)");
    }

    @Test
    @Timeout(30)
    @DisplayName("a 3 MB value, under the limit, is read in linear time")
    void longValueWithinTheLimit() throws Exception {
        ManifestFolder folder = folder();
        String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata: {k: \"" + "x".repeat(3_000_000) + "\"}\n";
        folder.write("cm.yaml", cm);
        assertThat(folder.read("pod.yaml", POD).pods()).hasSize(1);
    }

    @Test
    @DisplayName("a billion-laughs document is refused for what its aliases would repeat")
    void aliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + p + ", ").repeat(9)).append('*').append(p).append("]\n");
        }
        assertThatThrownBy(() -> folder().readStrictly("bomb.yaml", bomb.toString()))
                .hasMessage(dir.resolve("bomb.yaml") + ": aliases that repeat more than 1,000,000 values, past KubeReach's limit (an alias bomb)");
    }

    @Test
    @DisplayName("more than 100 aliases in a document are refused naming the limit")
    void tooManyAliases() {
        String many = "a: &a x\nb: [" + "*a, ".repeat(101) + "*a]\n";
        assertThatThrownBy(() -> folder().readStrictly("many.yaml", many))
                .hasMessageContaining("more than 100 aliases in one document, past KubeReach's limit");
    }

    @Test
    @DisplayName("a value that contains itself through an alias is refused, not walked forever")
    void recursiveAlias() {
        assertThatThrownBy(() -> folder().readStrictly("loop.yaml", "a: &a [1, *a]\n"))
                .hasMessageContaining("a value that contains itself through an alias");
    }

    @Test
    @DisplayName("a kubeconfig nested too deep fails the same way, naming the file and the limit")
    void kubeconfigTooDeep() {
        Path kubeconfig = folder().write("config", "apiVersion: v1\nkind: Config\npreferences: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        assertThatThrownBy(() -> Kubeconfig.read(new KubeconfigFiles(List.of(kubeconfig), "--kubeconfig")))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessage(kubeconfig + ": not a valid kubeconfig: line 3, column 269: nested more than 256 levels deep,"
                        + " past KubeReach's limit (no Kubernetes object nests nearly so deep)");
    }

    @Test
    @DisplayName("a few anchors, as people write them for shared labels, are read")
    void ordinaryAnchors() throws Exception {
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: a, namespace: default, labels: &l {app: web, tier: front}}
                  spec: &s {containers: [{name: c, image: x}]}
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: b, namespace: default, labels: *l}
                  spec: *s
                """;
        assertThat(folder().read("pods.yaml", yaml).pods()).hasSize(2);
    }
}
