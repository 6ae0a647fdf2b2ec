package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubereach.source.KustomizeRenderer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line pointed at a repository in the shape of the microservices demo (see {@code RepositoryReadingTest}). */
@DisplayName("the command line on a repository, a kustomization, a rendered chart and a pipe")
class RepositoryCommandLineTest {

    private static final Path REPO = Path.of("src/test/resources/repos/shop-demo");
    private static final Path RENDERED = Path.of("src/test/resources/repos/shop-demo-rendered");

    @TempDir
    Path dir;

    private static void kubectlOrSkip() {
        boolean present = KustomizeRenderer.onSystemPath().isPresent();
        if (!present) {
            System.out.println("[kustomize] neither kubectl nor kustomize is on the PATH: the command line test that builds one is skipped");
        }
        assumeTrue(present, "neither kubectl nor kustomize is on the PATH");
    }

    /** Runs the command line with {@code stdin} as its standard input. */
    private static Cli.Run withStdin(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    @DisplayName("list on the kustomize folder and on the repository root gives the rendered manifests' connections, exit 0, with warnings")
    void kustomizeAndRootListAsRendered() {
        kubectlOrSkip();
        Cli.Run rendered = Cli.run("list", "--strict", "-i", RENDERED.resolve("kustomize.yaml").toString());
        Cli.Run kustomize = Cli.run("list", "-i", REPO.resolve("kustomize").toString());
        Cli.Run root = Cli.run("list", "-i", REPO.toString());

        assertThat(rendered.exitCode()).isZero();
        assertThat(rendered.out()).contains("default/cartservice[Deployment] => default/redis-cart[Deployment] : TCP 6379")
                .doesNotContain("default/loadgenerator[Deployment] => default/cartservice");
        assertThat(kustomize.exitCode()).isZero();
        assertThat(kustomize.out()).isEqualTo(rendered.out());
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).isEqualTo(rendered.out());
        assertThat(root.err()).contains("helm-chart is a Helm chart, not manifests", "VirtualService", "skaffold.yaml")
                .contains("kubereach: warning: 1 file or object could not be read and was skipped (see above); --strict makes that an error")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a rendered chart piped in with -i - lists the same connections as the rendered file")
    void helmTemplateThroughStdin() throws Exception {
        String rendered = Files.readString(RENDERED.resolve("helm.yaml"));
        Cli.Run piped = withStdin(rendered, "list", "-i", "-");
        Cli.Run file = Cli.run("list", "-i", RENDERED.resolve("helm.yaml").toString());

        assertThat(piped.exitCode()).isZero();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo(file.out()).contains("0.0.0.0-255.255.255.255[External] => default/frontend[Deployment] : TCP 8080");
    }

    @Test
    @DisplayName("a Helm chart folder is refused with the command that renders it, exit 2")
    void chartFolderIsRefused() {
        Cli.Run run = Cli.run("list", "-i", REPO.resolve("helm-chart").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is a Helm chart, not manifests: render it first (helm template RELEASE").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a file that cannot be read is skipped with a warning and a count, exit 0; --strict makes it exit 2")
    void tolerantByDefaultStrictOnRequest() throws Exception {
        Files.writeString(dir.resolve("good.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: app, labels: {app: a}}\n"
                + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: app, labels: {app: b}}\n");
        Files.writeString(dir.resolve("chart-template.yaml"), "kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  - x\n");

        Cli.Run tolerant = Cli.run("list", "-i", dir.toString());
        Cli.Run strict = Cli.run("list", "-i", dir.toString(), "--strict");

        assertThat(tolerant.exitCode()).isZero();
        assertThat(tolerant.out()).contains("app/a[Pod] => app/b[Pod] : All Connections");
        assertThat(tolerant.err()).contains("chart-template.yaml: YAML syntax error", "(a Helm template? render its chart first")
                .contains("1 file or object could not be read and was skipped");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).contains("chart-template.yaml: YAML syntax error");
    }

    @Test
    @DisplayName("-n puts manifests that name no namespace into it, as kubectl apply -n does; two of them are refused")
    void namespaceForManifests() throws Exception {
        Files.writeString(dir.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {app: a}}\n"
                + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, labels: {app: b}}\n");

        Cli.Run run = Cli.run("can-reach", "-i", dir.toString(), "-n", "shop", "shop/a", "shop/b", "80");
        Cli.Run two = Cli.run("list", "-i", dir.toString(), "-n", "a", "-n", "b");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("shop/a shop/b 80/TCP allowed\n");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("-n: manifests go into one namespace (as with kubectl apply -n), got a, b");
    }
}
