package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortSpec;
import io.kubereach.model.TargetPort;
import io.kubereach.text.MessageText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, findings 5 and 9: names, labels and port names are checked as the API server checks
 * them; what it would refuse is read (as netpol-analyzer reads it) with a warning naming the rule.
 */
@DisplayName("the API server's own checks of names, labels and ports")
class ApiValidationTest {

    @TempDir
    Path dir;

    private ClusterSnapshot read(String yaml) throws ManifestException {
        return new ManifestFolder(dir).read("objects.yaml", yaml);
    }

    private ClusterSnapshot readStrictly(String yaml) throws ManifestException {
        return new ManifestFolder(dir).readStrictly("objects.yaml", yaml);
    }

    private static String warnings(ClusterSnapshot snapshot) {
        return String.join("\n", snapshot.warnings());
    }

    @Test
    @DisplayName("a pod name with a newline, markup or an escape sequence is read with a warning that it is not a valid name")
    void hostileNames() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: "evil\\n=> forged : All Connections", namespace: default}
                spec: {containers: [{name: c, image: x}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: "<script>x</script>", namespace: "ns|x"}
                spec: {containers: [{name: c, image: x}]}
                """);
        assertThat(snapshot.pods()).hasSize(2);
        assertThat(warnings(snapshot))
                .contains("Pod default/evil\n=> forged : All Connections: metadata.name 'evil\n=> forged : All Connections' would be refused"
                        + " by the API server (a name must be lowercase letters, digits, '-' and '.', beginning and ending with a letter or"
                        + " digit, at most 253 characters); read as it is")
                .contains("metadata.name '<script>x</script>' would be refused")
                .contains("metadata.namespace 'ns|x' would be refused by the API server (a name must be lowercase letters, digits and '-',"
                        + " beginning and ending with a letter or digit, at most 63 characters)");
    }

    @Test
    @DisplayName("a label key or value the API server refuses is named with its rule; valid labels pass silently")
    void labels() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: shop, labels: {"bad key!": x, team: "a\\u001b[31m", kubernetes.io/metadata.name: shop, tier: ""}}
                """);
        assertThat(warnings(snapshot)).contains("the API server would refuse the label key 'bad key!'")
                .contains("the API server would refuse the value 'a\u001b[31m' of team")
                .doesNotContain("metadata.name").doesNotContain("tier");
    }

    @Test
    @DisplayName("a Service is a DNS-1035 label: it may not start with a digit")
    void serviceNames() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: v1
                kind: Service
                metadata: {name: 1web, namespace: shop}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                """);
        assertThat(warnings(snapshot)).contains("metadata.name '1web' would be refused by the API server (a name must be lowercase"
                + " letters, digits and '-', beginning with a letter");
    }

    @Test
    @DisplayName("port: \"80\" in a NetworkPolicy is a port name the API server refuses, not the number 80")
    void portAsString() throws Exception {
        ClusterSnapshot snapshot = read("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: default}
                spec:
                  podSelector: {}
                  ingress: [{ports: [{port: "80"}]}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: default}
                spec: {selector: {app: web}, ports: [{port: 80, targetPort: "8080"}]}
                """);
        assertThat(snapshot.policies().get(0).ingress().get(0).ports().get(0).port()).isEqualTo(new PortSpec.Named("80"));
        assertThat(snapshot.services().get(0).ports().get(0).targetPort()).isEqualTo(new TargetPort.Named("8080"));
        assertThat(warnings(snapshot)).contains("NetworkPolicy default/p: ingress rule 1 port 1: the API server would refuse '80' as a port name")
                .contains("Service default/web: port 1 targetPort: the API server would refuse '8080' as a port name");
    }

    @Test
    @DisplayName("a kind in an apiVersion the API server never served is refused, naming the versions it serves")
    void unknownApiVersion() throws ManifestException {
        String policy = """
                apiVersion: networking.k8s.io/v9
                kind: NetworkPolicy
                metadata: {name: p, namespace: default}
                spec: {podSelector: {}}
                """;
        assertThat(warnings(read(policy))).as("read tolerantly: skipped with that reason")
                .contains("apiVersion networking.k8s.io/v9 is not one the API server serves NetworkPolicy in");
        assertThatThrownBy(() -> readStrictly("""
                apiVersion: networking.k8s.io/v9
                kind: NetworkPolicy
                metadata: {name: p, namespace: default}
                spec: {podSelector: {}}
                """)).isInstanceOf(ManifestException.class)
                .hasMessage(dir.resolve("objects.yaml") + ": NetworkPolicy default/p: apiVersion networking.k8s.io/v9 is not one the API"
                        + " server serves NetworkPolicy in (it serves networking.k8s.io/v1, networking.k8s.io/v1beta1)");
    }

    @Test
    @DisplayName("the checks agree with apimachinery on edge cases")
    void rules() {
        assertThat(ApiValidation.dns1123Subdomain("a.b-c.d")).isEmpty();
        assertThat(ApiValidation.dns1123Subdomain("a".repeat(254))).isPresent();
        assertThat(ApiValidation.dns1123Subdomain("A")).isPresent();
        assertThat(ApiValidation.dns1123Label("a.b")).isPresent();
        assertThat(ApiValidation.labelKey("example.com/app_name.v1")).isEmpty();
        assertThat(ApiValidation.labelKey("/app")).isPresent();
        assertThat(ApiValidation.labelKey("Example.com/app")).isPresent();
        assertThat(ApiValidation.labelValue("")).isEmpty();
        assertThat(ApiValidation.labelValue("-x")).isPresent();
        assertThat(ApiValidation.portName("http-alt")).isEmpty();
        assertThat(ApiValidation.portName("80")).isPresent();
        assertThat(ApiValidation.portName("a--b")).isPresent();
        assertThat(ApiValidation.portName("abcdefghijklmnop")).isPresent();
        assertThat(MessageText.english(ApiValidation.portName("80").orElseThrow())).startsWith("at most 15 lowercase letters");
    }

    @Test
    @DisplayName("a qualified name (label keys and values) is what apimachinery's pattern accepts, for every short text of letters, digits, signs and others")
    void qualifiedNamesAreWhatApimachinerysPatternAccepts() {
        java.util.regex.Pattern apimachinery = java.util.regex.Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
        String alphabet = "aZ09-_./ \u00e9:";
        List<String> texts = new java.util.ArrayList<>(List.of("", "app.kubernetes.io", "checkout-prod-71", "a".repeat(63), "x-", "_x", "x_y"));
        for (char a : alphabet.toCharArray()) {
            texts.add("" + a);
            for (char b : alphabet.toCharArray()) {
                texts.add("" + a + b);
                for (char c : alphabet.toCharArray()) {
                    texts.add("" + a + b + c);
                }
            }
        }
        int accepted = 0;
        for (String text : texts) {
            assertThat(ApiValidation.qualifiedName(text)).as("'%s'", text).isEqualTo(apimachinery.matcher(text).matches());
            accepted += ApiValidation.qualifiedName(text) ? 1 : 0;
        }
        assertThat(accepted).as("some accepted, some refused").isBetween(100, texts.size() - 100);
    }
}
