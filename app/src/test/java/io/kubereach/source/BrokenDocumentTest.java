package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.model.SourceGap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("a YAML document that cannot be parsed is skipped alone: the documents beside it in its file are read")
class BrokenDocumentTest {

    private static final String WEB = "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\n";
    private static final String DB = "apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: shop}\n";

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    @Test
    @DisplayName("the broken document is one warning naming the file and the line of the whole file where its error shows; the pods before and after it are read")
    void brokenDocumentAmongGoodOnes() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("all.yaml", WEB + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n---\n" + DB);

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("web", "db");
        assertThat(snapshot.warnings()).singleElement().asString()
                .isEqualTo(manifests.root().resolve("all.yaml") + ": YAML syntax error at line 8, column 1: expected ',' or ']', but got <stream end>: skipped");
        assertThat(SkippedInput.count(snapshot.warningMessages())).isEqualTo(1);
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    @DisplayName("a broken document that declares a NetworkPolicy leaves every verdict unknown; a templated one gets the Helm hint")
    void brokenPolicyDocumentAndTemplate() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("chart.yaml", WEB + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: {{ .Release.Name }}-deny
                  - oops
                ---
                """ + DB);

        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("web", "db");
        assertThat(snapshot.gaps()).extracting(SourceGap::kind, SourceGap::namespace).containsExactly(org.assertj.core.groups.Tuple.tuple("NetworkPolicy", ""));
        assertThat(snapshot.warnings()).singleElement().asString()
                .contains("chart.yaml: YAML syntax error").endsWith("(a Helm template? render its chart first: helm template RELEASE CHART)");
    }

    @Test
    @DisplayName("a double-quoted escape cut off at the end of the file is a warning naming the file, not an unexpected error; the pod before it is read")
    void escapeWithoutItsDigits() throws Exception {
        for (String escape : new String[] {"\\x", "\\u"}) {
            ClusterSnapshot alone = manifests.folder().read("cut.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: \"db" + escape);
            assertThat(alone.warnings()).as(escape).singleElement().asString()
                    .isEqualTo(manifests.root().resolve("cut.yaml") + ": YAML syntax error: a double-quoted string has an escape (\\x, \\u or \\U) without its hexadecimal digits: skipped");

            ClusterSnapshot after = manifests.folder().read("cut.yaml", WEB + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: \"db" + escape);
            assertThat(after.pods()).extracting(Pod::name).containsExactly("web");
            assertThat(after.warnings()).as(escape).singleElement().asString().startsWith(manifests.root().resolve("cut.yaml") + ": YAML syntax error");
        }
    }

    @Test
    @DisplayName("strict reading fails on the broken document, naming its line in the whole file")
    void strictNamesTheLine() {
        manifests.folder().write("all.yaml", WEB + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n---\n" + DB);

        assertThatThrownBy(manifests.folder()::readStrictly).isInstanceOf(ManifestException.class)
                .hasMessageStartingWith(manifests.root().resolve("all.yaml") + ": YAML syntax error at line 8, column 1: expected ',' or ']', but got <stream end>");
    }

    @Test
    @DisplayName("a file that is one broken document is skipped as before, with the same line")
    void singleBrokenDocument() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("one.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [oops\n");

        assertThat(snapshot.pods()).isEmpty();
        assertThat(snapshot.warnings()).singleElement().asString().startsWith(manifests.root().resolve("one.yaml") + ": YAML syntax error at line 4,");
    }
}
