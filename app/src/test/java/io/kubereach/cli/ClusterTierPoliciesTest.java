package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.MockCluster;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cluster-wide policies read from a live cluster: served, forbidden (403) or not installed (404). */
@DisplayName("cluster-wide policies of a live cluster")
class ClusterTierPoliciesTest {

    private static final String DENY_ALL_ANP = """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata:
              name: deny-everything
            spec:
              priority: 1
              subject:
                namespaces: {}
              ingress:
              - name: deny-all
                action: Deny
                from:
                - namespaces: {}
            """;

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();
    private Path manifests;
    private Path kubeconfig;

    @BeforeEach
    void synthetic() throws Exception {
        manifests = dir.resolve("manifests");
        SyntheticCluster.write(ClusterShape.small(), manifests);
        kubeconfig = cluster.kubeconfig(dir.resolve("config"), "dev", "dev", "staging");
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    @DisplayName("AdminNetworkPolicies served by the cluster are read: live, manifests and snapshot list alike")
    void servedPoliciesAreRead() throws Exception {
        Files.writeString(manifests.resolve("zz-anp.yaml"), DENY_ALL_ANP);
        cluster.createFromManifests(manifests);
        Cli.Run live = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        Cli.Run files = Cli.run("list", "-i", manifests.toString());
        assertThat(live.exitCode()).isZero();
        assertThat(live.out()).isEqualTo(files.out()).contains("[External]");
        assertThat(live.out().lines()).as("the admin policy denies every ingress between pods")
                .noneMatch(l -> l.matches(".*\\] => [a-z][^\\[]*\\[(Deployment|ReplicaSet|Pod|StatefulSet|DaemonSet)\\].*"));
        Path snapshot = dir.resolve("snap.json");
        assertThat(Cli.run("snapshot", "--kubeconfig", kubeconfig.toString(), "-o", snapshot.toString()).exitCode()).isZero();
        assertThat(Files.readString(snapshot)).contains("\"kind\":\"AdminNetworkPolicy\"");
        assertThat(Cli.run("list", "-i", snapshot.toString()).out()).isEqualTo(live.out());
    }

    @Test
    @DisplayName("AdminNetworkPolicies the user may not list (403) make answers unknown, with a warning that says so")
    void forbiddenPoliciesMakeAnswersUnknown() throws Exception {
        cluster.createFromManifests(manifests);
        cluster.refuse("adminnetworkpolicies", 403);
        Cli.Run list = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(list.exitCode()).as("some connections are unknown: the list is not the whole answer").isEqualTo(1);
        assertThat(list.out()).as("every answer that involves a pod's side is unknown").isEmpty();
        assertThat(list.err()).contains("cannot list AdminNetworkPolicies").contains("forbidden (403)")
                .contains("the AdminNetworkPolicies could not be read (forbidden (403))")
                .contains("unknown and left out of the list");
    }

    @Test
    @DisplayName("a cluster without the CRDs (404) is normal: no warning, the same answers as without them")
    void missingCrdsAreSilent() throws Exception {
        cluster.createFromManifests(manifests);
        cluster.refuse("adminnetworkpolicies", 404);
        cluster.refuse("baselineadminnetworkpolicies", 404);
        cluster.refuse("clusternetworkpolicies", 404);
        Cli.Run live = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.err()).doesNotContain("AdminNetworkPolic").doesNotContain("ClusterNetworkPolic");
        assertThat(live.out()).isEqualTo(Cli.run("list", "-i", manifests.toString()).out());
    }
}
