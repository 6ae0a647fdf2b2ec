package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.MockCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubereach diff")
class DiffCommandTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec: {containers: [{name: app, image: nginx, ports: [{containerPort: 8080}]}]}
            status: {podIP: 10.1.0.5}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: client, namespace: shop, labels: {app: client}}
            spec: {containers: [{name: app, image: curl}]}
            status: {podIP: 10.1.0.6}
            """;

    private static final String WEB_ONLY_FROM_CLIENT = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: 8080}]}]
            """;

    @TempDir
    Path dir;

    private Path folder(String name, String... files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(folder.resolve(i + ".yaml"), files[i]);
        }
        return folder;
    }

    @Test
    @DisplayName("two folders with the same connectivity print nothing and exit 0")
    void sameConnectivityIsExitZero() throws Exception {
        Cli.Run run = Cli.run("diff", "--ref1", folder("a", PODS).toString(), "--ref2", folder("b", PODS).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("a policy that narrows the lines to a pod prints what changed and exits 1")
    void differencesAreExitOne() throws Exception {
        String before = folder("a", PODS).toString();
        String after = folder("b", PODS, WEB_ONLY_FROM_CLIENT).toString();
        Cli.Run run = Cli.run("diff", "--ref1", before, "--ref2", after);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                Connectivity diff:
                diff-type: changed, source: shop/client[Pod], destination: shop/web[Pod], ref1: All Connections, ref2: TCP 8080
                diff-type: removed, source: 0.0.0.0-255.255.255.255[External], destination: shop/web[Pod], ref1: All Connections, \
                ref2: No Connections
                """);
        Cli.Run md = Cli.run("diff", "--ref1", before, "--ref2", after, "--format", "md");
        assertThat(md.out()).startsWith("| diff-type | source | destination | ref1 | ref2 | workloads-diff-info |\n")
                .endsWith("| No Connections |  |\n");
        Cli.Run reversed = Cli.run("diff", "--ref1", after, "--ref2", before, "-o", "csv");
        assertThat(reversed.out().lines()).contains("added,0.0.0.0-255.255.255.255[External],shop/web[Pod],No Connections,All Connections,");
    }

    @Test
    @DisplayName("several files make one side when the option is repeated")
    void repeatedOptionReadsSeveralPaths() throws Exception {
        Path pods = dir.resolve("pods.yaml");
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(pods, PODS);
        Files.writeString(policy, WEB_ONLY_FROM_CLIENT);
        Cli.Run run = Cli.run("diff", "--ref1", folder("a", PODS, WEB_ONLY_FROM_CLIENT).toString(),
                "--ref2", pods.toString(), "--ref2", policy.toString());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    @DisplayName("bad input is one line naming the side, exit 2: a missing path, an unknown format, live mixed with paths")
    void errorsNameTheSide() throws Exception {
        Path a = folder("a", PODS);
        Cli.Run missing = Cli.run("diff", "--ref1", a.toString(), "--ref2", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("kubereach: error: ref2: " + dir.resolve("nope") + ": no such file or folder\n");

        Cli.Run format = Cli.run("diff", "--ref1", a.toString(), "--ref2", a.toString(), "-o", "png");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("kubereach: error: unknown format 'png': choose txt, csv, md or dot\n");

        Cli.Run mixed = Cli.run("diff", "--ref1", a.toString(), "--ref1", "live:prod", "--ref2", a.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("kubereach: error: --ref1 live:prod names a live cluster: give it alone").hasLineCount(1);

        Cli.Run namespaces = Cli.run("diff", "--ref1", a.toString(), "--ref2", a.toString(), "-n", "shop");
        assertThat(namespaces.exitCode()).isEqualTo(2);
        assertThat(namespaces.err()).isEqualTo(
                "kubereach: error: --kubeconfig and -n read a live cluster: give --ref1 or --ref2 as live:CONTEXT\n");
    }

    @Test
    @DisplayName("a live context compares with manifests: the cluster made from them shows no difference, an edit does")
    void liveContextComparesWithManifests() throws Exception {
        Path manifests = folder("cluster", PODS);
        try (MockCluster cluster = new MockCluster()) {
            cluster.createFromManifests(manifests);
            Path kubeconfig = cluster.kubeconfig(dir.resolve("config"), "dev", "dev", "staging");
            Cli.Run same = Cli.run("diff", "--kubeconfig", kubeconfig.toString(), "--ref1", "live:staging", "--ref2", manifests.toString());
            assertThat(same.err()).isEmpty();
            assertThat(same.exitCode()).isZero();
            Cli.Run edited = Cli.run("diff", "--kubeconfig", kubeconfig.toString(), "--ref1", "live:",
                    "--ref2", folder("edited", PODS, WEB_ONLY_FROM_CLIENT).toString());
            assertThat(edited.exitCode()).isEqualTo(1);
            assertThat(edited.out()).contains("diff-type: changed, source: shop/client[Pod], destination: shop/web[Pod]");
            Cli.Run wrong = Cli.run("diff", "--kubeconfig", kubeconfig.toString(), "--ref1", "live:prod", "--ref2", manifests.toString());
            assertThat(wrong.exitCode()).isEqualTo(2);
            assertThat(wrong.err()).startsWith("kubereach: error: ref1: no context 'prod' in the kubeconfig").hasLineCount(1);
        }
    }

    @Test
    @DisplayName("when a side cannot read the NetworkPolicies, its pairs are not called unchanged: a warning counts them, exit 1")
    void unreadablePoliciesAreNotNoDifference() throws Exception {
        Path manifests = folder("cluster", PODS);
        try (MockCluster cluster = new MockCluster()) {
            cluster.createFromManifests(manifests);
            cluster.refuse("/networkpolicies", 403);
            Path kubeconfig = cluster.kubeconfig(dir.resolve("config"), "dev", "dev");
            Cli.Run run = Cli.run("diff", "--kubeconfig", kubeconfig.toString(), "--ref1", manifests.toString(), "--ref2", "live:");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("kubereach: warning: ref2: cannot list NetworkPolicies")
                    .contains("kubereach: warning: 6 pairs of workloads may differ but cannot be compared");
        }
    }
}
