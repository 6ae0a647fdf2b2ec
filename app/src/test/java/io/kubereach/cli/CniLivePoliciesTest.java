package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.live.MockCluster;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cilium and Calico policies and the objects KubeReach does not evaluate, read from a live
 * cluster: served (Calico also in its CRD storage form), forbidden (403: what they could decide is
 * unknown) or not installed (404: silent).
 */
@DisplayName("Cilium, Calico and other CNI objects of a live cluster")
class CniLivePoliciesTest {

    @TempDir
    Path dir;

    private final MockCluster cluster = new MockCluster();
    private Path kubeconfig;

    @BeforeEach
    void kubeconfig() throws Exception {
        kubeconfig = cluster.kubeconfig(dir.resolve("config"), "dev", "dev", "staging");
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    /** A documented scenario's manifests, as a folder the mock cluster and the manifest reader both read. */
    private Path scenario(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name.replace('/', '-')));
        Files.copy(resource(name).resolve("cluster.yaml"), folder.resolve("cluster.yaml"));
        return folder;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CniLivePoliciesTest.class.getResource("/cnipol/" + name).toURI());
    }

    @Test
    @DisplayName("Cilium policies served by the cluster are read: live, manifests and snapshot answer alike")
    void ciliumPoliciesAreRead() throws Exception {
        Path manifests = scenario("cilium/l3-ingress-from-endpoints");
        cluster.createFromManifests(manifests);
        Cli.Run live = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).isEqualTo(Cli.run("list", "-i", manifests.toString()).out())
                .doesNotContain("default/other[Pod] => default/backend");
        Path snapshot = dir.resolve("snap.json");
        assertThat(Cli.run("snapshot", "--kubeconfig", kubeconfig.toString(), "-o", snapshot.toString()).exitCode()).isZero();
        assertThat(Files.readString(snapshot)).contains("\"kind\":\"CiliumNetworkPolicy\"");
        assertThat(Cli.run("list", "-i", snapshot.toString()).out()).isEqualTo(live.out());
    }

    @Test
    @DisplayName("Calico policies are read from crd.projectcalico.org/v1 where projectcalico.org/v3 is not served")
    void calicoStorageForm() throws Exception {
        Path manifests = scenario("calico/storage-form-reads-like-the-api");
        Path stored = Files.createDirectories(dir.resolve("stored"));
        Files.writeString(stored.resolve("cluster.yaml"), Files.readString(manifests.resolve("cluster.yaml"))
                .replace("apiVersion: projectcalico.org/v3", "apiVersion: crd.projectcalico.org/v1"));
        cluster.createFromManifests(stored);
        cluster.refuse("/apis/projectcalico.org/v3", 404);
        Cli.Run live = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).isEqualTo(Cli.run("list", "-i", manifests.toString()).out());
        assertThat(live.err()).contains("read from crd.projectcalico.org/v1").doesNotContain("cannot list");
    }

    @Test
    @DisplayName("Cilium policies the user may not list (403) make the answers they could decide unknown, with a warning")
    void forbiddenCiliumPolicies() throws Exception {
        cluster.createFromManifests(scenario("cilium/l3-ingress-from-endpoints"));
        cluster.refuse("ciliumnetworkpolicies", 403);
        Cli.Run list = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(list.exitCode()).as("connections left out as unknown: exit 1").isEqualTo(1);
        assertThat(list.out()).as("every pod's sides are unread").doesNotContain("[Pod] =>");
        assertThat(list.err()).contains("cannot list CiliumNetworkPolicies").contains("forbidden (403)")
                .contains("the cilium.io/CiliumNetworkPolicies of namespace default could not be read").contains("unknown and left out of the list");
        Cli.Run question = Cli.run("can-reach", "--kubeconfig", kubeconfig.toString(), "default/other", "default/backend", "80/TCP");
        assertThat(question.out()).isEqualTo("default/other default/backend 80/TCP unknown\n");
        assertThat(question.exitCode()).isEqualTo(CanReachCommand.NOT_ALLOWED);
    }

    @Test
    @DisplayName("Istio AuthorizationPolicies the user may not list (403) leave connections to pods unknown, not allowed")
    void forbiddenMeshPolicies() throws Exception {
        cluster.createFromManifests(scenario("cilium/l3-ingress-from-endpoints"));
        cluster.refuse("authorizationpolicies", 403);
        Cli.Run question = Cli.run("can-reach", "--kubeconfig", kubeconfig.toString(), "default/frontend", "default/backend", "80/TCP");
        assertThat(question.out()).isEqualTo("default/frontend default/backend 80/TCP unknown\n");
        Cli.Run denied = Cli.run("can-reach", "--kubeconfig", kubeconfig.toString(), "default/other", "default/backend", "80/TCP");
        assertThat(denied.out()).as("a mesh cannot allow what Cilium denies").isEqualTo("default/other default/backend 80/TCP denied\n");
    }

    @Test
    @DisplayName("a cluster without the CRDs of these kinds (404) is normal: no warning, the same answers")
    void missingCrdsAreSilent() throws Exception {
        Path manifests = scenario("cilium/l3-ingress-from-endpoints");
        cluster.createFromManifests(manifests);
        for (String plural : new String[] {"projectcalico.org", "authorizationpolicies", "peerauthentications", "crd.antrea.io"}) {
            cluster.refuse(plural, 404);
        }
        Cli.Run live = Cli.run("list", "--kubeconfig", kubeconfig.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.err()).doesNotContain("cannot list").doesNotContain("not served");
        assertThat(live.out()).isEqualTo(Cli.run("list", "-i", manifests.toString()).out());
    }
}
