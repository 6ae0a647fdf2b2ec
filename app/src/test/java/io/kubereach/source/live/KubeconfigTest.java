package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubeconfig files, found and merged as kubectl does")
class KubeconfigTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private static String config(String current, String context, String cluster, String server, String namespace) {
        return """
                apiVersion: v1
                kind: Config
                clusters: [{name: %s, cluster: {server: "%s"}}]
                users: [{name: u-%s, user: {token: secret-%s}}]
                contexts: [{name: %s, context: {cluster: %s, user: u-%s, namespace: "%s"}}]
                current-context: "%s"
                """.formatted(cluster, server, context, context, context, cluster, context, namespace, current);
    }

    private Environment env(Map<String, String> variables) {
        return new Environment(variables, dir.resolve("home"));
    }

    @Test
    @DisplayName("--kubeconfig wins over KUBECONFIG, which wins over ~/.kube/config")
    void lookupOrder() throws Exception {
        Path home = write("home/.kube/config", config("h", "h", "c", "https://127.0.0.1:1", ""));
        Path listed = write("listed", config("l", "l", "c", "https://127.0.0.1:2", ""));
        Path given = write("given", config("g", "g", "c", "https://127.0.0.1:3", ""));
        assertThat(KubeconfigFiles.locate(Optional.of(given), env(Map.of("KUBECONFIG", listed.toString()))).files()).containsExactly(given);
        assertThat(KubeconfigFiles.locate(Optional.empty(), env(Map.of("KUBECONFIG", listed.toString()))).files()).containsExactly(listed);
        assertThat(KubeconfigFiles.locate(Optional.empty(), env(Map.of())).files()).containsExactly(home);
    }

    @Test
    @DisplayName("KUBECONFIG skips empty entries, repeats and files that do not exist")
    void listedFilesThatDoNotExistAreSkipped() throws Exception {
        Path a = write("a", config("a", "a", "c", "https://127.0.0.1:1", ""));
        Path b = write("b", config("b", "b", "c", "https://127.0.0.1:2", ""));
        String list = String.join(File.pathSeparator, a.toString(), "", dir.resolve("missing").toString(), b.toString(), a.toString());
        assertThat(KubeconfigFiles.locate(Optional.empty(), env(Map.of("KUBECONFIG", list))).files()).containsExactly(a, b);
    }

    @Test
    @DisplayName("with no kubeconfig anywhere, or a --kubeconfig that does not exist, the message says where it looked")
    void missingKubeconfig() {
        assertThatThrownBy(() -> KubeconfigFiles.locate(Optional.empty(), env(Map.of())))
                .hasMessage("no kubeconfig: " + dir.resolve("home/.kube/config") + " does not exist and KUBECONFIG is not set;"
                        + " give one with --kubeconfig FILE");
        assertThatThrownBy(() -> KubeconfigFiles.locate(Optional.of(dir.resolve("nope")), env(Map.of())))
                .hasMessage(dir.resolve("nope") + ": no such kubeconfig file (given with --kubeconfig)");
    }

    @Test
    @DisplayName("merged files offer the contexts of both; the first file wins for a repeated name and for current-context")
    void firstFileWins() throws Exception {
        Path first = write("first", config("one", "one", "shared", "https://127.0.0.1:1001", "a")
                .replace("contexts: [", "contexts: [{name: both, context: {cluster: shared, user: u-one, namespace: from-first}}, "));
        Path second = write("second", config("two", "two", "shared", "https://127.0.0.1:2002", "b")
                .replace("contexts: [", "contexts: [{name: both, context: {cluster: shared, user: u-two, namespace: from-second}}, "));
        String list = first + File.pathSeparator + second;
        Kubeconfig merged = Kubeconfig.read(KubeconfigFiles.locate(Optional.empty(), env(Map.of("KUBECONFIG", list))));
        assertThat(merged.contexts()).extracting(KubeContext::name).containsExactly("both", "one", "two");
        assertThat(merged.currentContext()).contains("one");
        assertThat(merged.context(Optional.of("both")).namespace()).isEqualTo("from-first");
        // the cluster "shared" is defined by both files: the first one's server is used, even for the second file's context
        assertThat(merged.context(Optional.of("two")).server()).isEqualTo("https://127.0.0.1:1001");
        assertThat(merged.context(Optional.empty()).name()).isEqualTo("one");
    }

    @Test
    @DisplayName("a context name that is not there is refused, naming the contexts there are")
    void unknownContext() throws Exception {
        Path file = write("config", config("a", "a", "c", "https://127.0.0.1:1", ""));
        Kubeconfig config = Kubeconfig.read(KubeconfigFiles.locate(Optional.of(file), env(Map.of())));
        assertThatThrownBy(() -> config.context(Optional.of("prod")))
                .hasMessage("no context 'prod' in the kubeconfig (" + file + "); contexts: a");
    }

    @Test
    @DisplayName("a context whose cluster no file defines is refused")
    void contextWithoutCluster() throws Exception {
        Path file = write("config", config("a", "a", "c", "https://127.0.0.1:1", "").replace("cluster: c,", "cluster: gone,"));
        Kubeconfig config = Kubeconfig.read(KubeconfigFiles.locate(Optional.of(file), env(Map.of())));
        assertThatThrownBy(() -> config.context(Optional.empty()))
                .hasMessage("context 'a' names cluster 'gone', which the kubeconfig (" + file + ") does not define");
    }

    @Test
    @DisplayName("a malformed kubeconfig is named with the place of the problem, never with its content")
    void malformedKubeconfig() throws Exception {
        Path syntax = write("syntax", "users:\n- name: u\n  user: {token: [secret-value-123\n");
        assertThatThrownBy(() -> Kubeconfig.read(KubeconfigFiles.locate(Optional.of(syntax), env(Map.of()))))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessageStartingWith(syntax + ": not a valid kubeconfig: YAML syntax error at line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value-123").doesNotContain("\n"));
        Path types = write("types", "users:\n- name: u\n  user:\n    token: {nested: secret-value-456}\n");
        assertThatThrownBy(() -> Kubeconfig.read(KubeconfigFiles.locate(Optional.of(types), env(Map.of()))))
                .hasMessageStartingWith(types + ": not a valid kubeconfig: a field holds a value of the wrong type")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value-456"));
    }

    @Test
    @DisplayName("an empty kubeconfig file is read, and has no context")
    void emptyFile() throws Exception {
        Path file = write("empty", "");
        Kubeconfig config = Kubeconfig.read(KubeconfigFiles.locate(Optional.of(file), env(Map.of())));
        assertThat(config.contexts()).isEmpty();
        assertThatThrownBy(() -> config.context(Optional.empty()))
                .hasMessage("the kubeconfig (" + file + ") sets no current-context; choose one with --context NAME; it defines no context");
    }

    @Test
    @DisplayName("the client settings verify TLS unless the cluster says otherwise, resolve relative paths and take proxies from the environment")
    void clientSettings() throws Exception {
        write("ca.crt", "not read until a client is built");
        Path file = write("config", """
                clusters:
                - {name: checked, cluster: {server: "https://127.0.0.1:6443", certificate-authority: ca.crt}}
                - {name: trusting, cluster: {server: "https://127.0.0.1:6444", insecure-skip-tls-verify: true}}
                users: [{name: u, user: {token: t0ken-value}}]
                contexts:
                - {name: checked, context: {cluster: checked, user: u}}
                - {name: trusting, context: {cluster: trusting, user: u}}
                current-context: checked
                """);
        Kubeconfig config = Kubeconfig.read(KubeconfigFiles.locate(Optional.of(file), env(Map.of())));
        Environment proxied = env(Map.of("HTTPS_PROXY", "http://127.0.0.1:3128", "NO_PROXY", "localhost, 127.0.0.1"));
        var checked = ClientSettings.of(config, config.context(Optional.of("checked")), proxied, new Secrets(List.of()), LoadLimits.DEFAULT);
        assertThat(checked.isTrustCerts()).isFalse();
        assertThat(checked.getCaCertFile()).isEqualTo(dir.resolve("ca.crt").toString());
        assertThat(checked.getMasterUrl()).isEqualTo("https://127.0.0.1:6443/");
        assertThat(checked.getHttpsProxy()).isEqualTo("http://127.0.0.1:3128");
        assertThat(checked.getNoProxy()).containsExactly("localhost", "127.0.0.1");
        assertThat(checked.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(ClientSettings.of(config, config.context(Optional.of("trusting")), proxied, new Secrets(List.of()), LoadLimits.DEFAULT).isTrustCerts()).isTrue();
    }
}
