package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NetworkPolicy example of the Kubernetes documentation, end to end through manifests and
 * the command line: frontends of {@code default}, pods of {@code project=myproject} namespaces and
 * 172.17.0.0/16 except 172.17.1.0/24 reach the db pods on 6379/TCP and nothing else does; the db
 * pods reach only 10.0.0.0/24 on 5978/TCP.
 */
@DisplayName("the test-network-policy example")
class SeedExampleTest {

    @TempDir
    static Path cluster;

    @BeforeAll
    static void writeCluster() throws IOException {
        Files.writeString(cluster.resolve("cluster.yaml"), """
                apiVersion: v1
                kind: Namespace
                metadata: {name: myproj, labels: {project: myproject}}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: other, labels: {project: other}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: db, namespace: default, labels: {role: db}}
                spec: {containers: [{name: redis, image: redis, ports: [{containerPort: 6379}]}]}
                status: {podIP: 10.244.0.10, hostIP: 192.168.49.2}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: frontend, labels: {role: frontend}}
                spec: {containers: [{name: web, image: nginx}]}
                status: {podIP: 10.244.0.11}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: batch, namespace: default, labels: {role: batch}}
                spec: {containers: [{name: job, image: busybox}]}
                status: {podIP: 10.244.0.12}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: reporter, namespace: myproj, labels: {app: reporter}}
                spec: {containers: [{name: r, image: busybox}]}
                status: {podIP: 10.244.1.10}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: frontend, namespace: other, labels: {role: frontend}}
                spec: {containers: [{name: web, image: nginx}]}
                status: {podIP: 10.244.1.11}
                """);
        Files.writeString(cluster.resolve("policy.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: test-network-policy, namespace: default}
                spec:
                  podSelector: {matchLabels: {role: db}}
                  policyTypes: [Ingress, Egress]
                  ingress:
                  - from:
                    - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}
                    - namespaceSelector: {matchLabels: {project: myproject}}
                    - podSelector: {matchLabels: {role: frontend}}
                    ports: [{protocol: TCP, port: 6379}]
                  egress:
                  - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
                    ports: [{protocol: TCP, port: 5978}]
                """);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}: {3}")
    @CsvSource({
        "default/frontend, default/db, 6379, allowed",
        "default/frontend, default/db, 6380, denied",
        "default/frontend, default/db, 6379/UDP, denied",
        "myproj/reporter, default/db, 6379, allowed",
        "other/frontend, default/db, 6379, denied",
        "default/batch, default/db, 6379, denied",
        "172.17.0.5, default/db, 6379, allowed",
        "172.17.2.0, default/db, 6379, allowed",
        "172.17.255.255, default/db, 6379, allowed",
        "172.17.1.5, default/db, 6379, denied",
        "172.18.0.1, default/db, 6379, denied",
        "default/db, 10.0.0.7, 5978, allowed",
        "default/db, 10.0.0.7, 5979, denied",
        "default/db, 10.0.1.1, 5978, denied",
        "default/db, default/frontend, 80, denied",
        "default/frontend, default/batch, 80, allowed",
    })
    @DisplayName("can-reach answers as the documentation says")
    void canReachAnswersAsDocumented(String from, String to, String port, String verdict) {
        for (String engine : new String[] {"indexed", "literal"}) {
            Cli.Run run = Cli.run("can-reach", "--engine", engine, "--input", cluster.toString(), from, to, port);
            String protocolPort = port.contains("/") ? port : port + "/TCP";
            assertThat(run.out()).isEqualTo(from + " " + to + " " + protocolPort + " " + verdict + "\n");
            assertThat(run.exitCode()).isEqualTo(verdict.equals("allowed") ? 0 : 1);
        }
    }

    @Test
    @DisplayName("list shows exactly who reaches the db pods and where they may go")
    void listShowsTheDbConnections() {
        Cli.Run run = Cli.run("list", "--input", cluster.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("default/db[Pod]")).toList()).containsExactly(
                "172.17.0.0-172.17.0.255[External] => default/db[Pod] : TCP 6379",
                "172.17.2.0-172.17.255.255[External] => default/db[Pod] : TCP 6379",
                "default/db[Pod] => 10.0.0.0-10.0.0.255[External] : TCP 5978",
                "default/frontend[Pod] => default/db[Pod] : TCP 6379",
                "myproj/reporter[Pod] => default/db[Pod] : TCP 6379");
    }
}
