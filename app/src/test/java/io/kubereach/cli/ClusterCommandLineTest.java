package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.MockCluster;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the command line on a live cluster")
class ClusterCommandLineTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();
    private final List<Cli.Run> runs = new ArrayList<>();
    private Path manifests;
    private Path kubeconfig;

    @BeforeEach
    void synthetic() throws Exception {
        manifests = dir.resolve("manifests");
        SyntheticCluster.write(ClusterShape.small(), manifests);
        cluster.createFromManifests(manifests);
        kubeconfig = cluster.kubeconfig(dir.resolve("config"), "dev", "dev", "staging");
    }

    @AfterEach
    void noCredentialInAnyOutput() {
        cluster.close();
        for (Cli.Run run : runs) {
            assertThat(run.out()).doesNotContain(MockCluster.TOKEN);
            assertThat(run.err()).doesNotContain(MockCluster.TOKEN).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    private Cli.Run run(String... args) {
        Cli.Run run = Cli.run(args);
        runs.add(run);
        return run;
    }

    @Test
    @DisplayName("list gives the same output for the live cluster and for its manifests")
    void liveAndManifestsListAlike() {
        Cli.Run live = run("list", "--kubeconfig", kubeconfig.toString());
        Cli.Run files = run("list", "-i", manifests.toString());
        assertThat(live.exitCode()).isZero();
        assertThat(live.out()).isNotEmpty().isEqualTo(files.out());
        assertThat(live.err()).isEmpty();
    }

    @Test
    @DisplayName("a snapshot saves the cluster as one file that --input reads back into the same list")
    void snapshotRoundTrip() throws Exception {
        Path file = dir.resolve("snap.json");
        Cli.Run saved = run("snapshot", "--kubeconfig", kubeconfig.toString(), "--context", "staging", "-o", file.toString());
        assertThat(saved.exitCode()).isZero();
        assertThat(saved.out()).startsWith("wrote " + file + ": context staging, ").contains(" pods, ");
        String text = Files.readString(file);
        assertThat(text).startsWith("{\"apiVersion\":\"v1\",\"kind\":\"List\"").contains("\"name\":\"kubereach-snapshot\"")
                .doesNotContain(MockCluster.TOKEN);
        Cli.Run fromFile = run("list", "-i", file.toString());
        assertThat(fromFile.exitCode()).isZero();
        assertThat(fromFile.out()).isEqualTo(run("list", "--kubeconfig", kubeconfig.toString()).out());
    }

    @Test
    @DisplayName("policies that may not be listed make answers unknown, live and from a snapshot, with warnings that say so")
    void forbiddenPoliciesStayUnknown() throws Exception {
        cluster.refuse("/networkpolicies", 403);
        Path file = dir.resolve("snap.json");
        assertThat(run("snapshot", "--kubeconfig", kubeconfig.toString(), "-o", file.toString()).exitCode()).isZero();
        for (String[] source : new String[][] {{"--kubeconfig", kubeconfig.toString()}, {"-i", file.toString()}}) {
            Cli.Run list = run(concat(new String[] {"list"}, source));
            assertThat(list.exitCode()).as("some connections are unknown: the list is not the whole answer").isEqualTo(1);
            assertThat(list.out()).isEmpty();
            assertThat(list.err()).contains("kubereach: warning: cannot list NetworkPolicies in namespace ")
                    .contains("(forbidden (403)): reachability there is unknown")
                    .contains(" are unknown and left out of the list");
            Cli.Run ask = run(concat(concat(new String[] {"can-reach"}, source), new String[] {"203.0.113.1", "checkout-staging-2/redis-nvdpkrf5sf", "6379"}));
            assertThat(ask.out()).isEqualTo("203.0.113.1 checkout-staging-2/redis-nvdpkrf5sf 6379/TCP unknown\n");
            assertThat(ask.exitCode()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a Deployment's pods answer to the Deployment's name on a live cluster, while list keeps netpol-analyzer's ReplicaSet names")
    void deploymentNamesOnALiveCluster() {
        cluster.create(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("web").endMetadata().build(),
                new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder().withNewMetadata().withName("frontend").withNamespace("web")
                        .endMetadata().withNewSpec().withNewTemplate().withNewMetadata().addToLabels("app", "frontend").endMetadata()
                        .endTemplate().endSpec().build(),
                new io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder().withNewMetadata().withName("frontend-6d4cf56db6")
                        .withNamespace("web").addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("frontend")
                        .withController(true).endOwnerReference().endMetadata().withNewSpec().withNewTemplate().withNewMetadata()
                        .addToLabels("app", "frontend").endMetadata().endTemplate().endSpec().build(),
                new io.fabric8.kubernetes.api.model.PodBuilder().withNewMetadata().withName("frontend-6d4cf56db6-x7k2p").withNamespace("web")
                        .addToLabels("app", "frontend").addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet")
                        .withName("frontend-6d4cf56db6").withController(true).endOwnerReference().endMetadata()
                        .withNewSpec().withNodeName("node-1").addNewContainer().withName("web").withImage("frontend:1").endContainer().endSpec()
                        .withNewStatus().withPodIP("10.9.0.5").endStatus().build());

        Cli.Run ask = run("can-reach", "--kubeconfig", kubeconfig.toString(), "web/frontend", "203.0.113.1", "443");
        Cli.Run list = run("list", "--kubeconfig", kubeconfig.toString());

        assertThat(ask.out()).isEqualTo("web/frontend 203.0.113.1 443/TCP allowed\n");
        assertThat(list.out()).contains("0.0.0.0-255.255.255.255[External] => web/frontend-6d4cf56db6[ReplicaSet] : All Connections")
                .doesNotContain("web/frontend[Deployment]");
    }

    @Test
    @DisplayName("contexts lists every context and marks the current one")
    void contextsAreOffered() {
        Cli.Run run = run("contexts", "--kubeconfig", kubeconfig.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "CURRENT  NAME      CLUSTER   NAMESPACE",
                "*        dev       mock      ",
                "         staging   mock      ");
    }

    @Test
    @DisplayName("a wrong context name, a malformed kubeconfig and a server that is down each give one line and exit code 2")
    void errorsAreOneLine() throws Exception {
        Cli.Run wrong = run("list", "--kubeconfig", kubeconfig.toString(), "--context", "prod");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("kubereach: error: no context 'prod' in the kubeconfig (" + kubeconfig
                + "); contexts: dev, staging\n");

        Path broken = dir.resolve("broken");
        Files.writeString(broken, "apiVersion: v1\nusers:\n- name: u\n  user: {token: " + MockCluster.TOKEN + "\n");
        Cli.Run malformed = run("list", "--kubeconfig", broken.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("kubereach: error: " + broken + ": not a valid kubeconfig: YAML syntax error at line ")
                .hasLineCount(1);

        cluster.close();
        Cli.Run down = run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.err()).startsWith("kubereach: error: cannot reach the API server https://localhost:").hasLineCount(1);
    }

    @Test
    @DisplayName("watch prints one line per change")
    void watchPrintsChanges() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread watching = new Thread(() -> exit[0] = KubeReachCommand.run(DesktopApp.NONE, new PrintWriter(out, true), new PrintWriter(err, true),
                "watch", "--kubeconfig", kubeconfig.toString(), "--debounce", "50", "--max-events", "1"));
        watching.start();
        long end = System.currentTimeMillis() + 10_000;
        while (!out.toString().contains("watching context") && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        cluster.create(new io.fabric8.kubernetes.api.model.PodBuilder().withNewMetadata().withName("newcomer")
                .withNamespace("inventory-dev-1").endMetadata().build());
        watching.join(10_000);
        runs.add(new Cli.Run(exit[0], out.toString(), err.toString()));
        assertThat(exit[0]).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("watching context dev: 36 pods, ");
        assertThat(lines.get(1)).matches("\\S+Z 37 pods, \\d+ services, \\d+ policies: \\+Pod inventory-dev-1/newcomer");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
