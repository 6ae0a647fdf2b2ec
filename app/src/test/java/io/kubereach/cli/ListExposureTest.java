package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list --exposure} end to end: where a selector line cannot be stated exactly it says
 * unknown with the reason; and, given a fetched copy of np-guard/netpol-analyzer
 * ({@code -Dkubereach.netpolAnalyzer=DIR}, with its {@code tests/} and {@code test_outputs/connlist/};
 * never committed here), every one of its exposure cases prints byte for byte what it expects.
 */
@DisplayName("list --exposure")
class ListExposureTest {

    @TempDir
    Path dir;

    private static final String WEB = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec: {containers: [{name: web, image: web, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: from-ops, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              ingress: [{from: [{namespaceSelector: {matchLabels: {team: ops}}}], ports: [{port: 8080}]}]
            """;

    @Test
    @DisplayName("where a Cilium policy also applies to the workload, its selector lines say unknown with the policy named, and the exit code says the answer is not whole")
    void ciliumMakesSelectorLinesUnknown() throws IOException {
        Files.writeString(dir.resolve("web.yaml"), WEB + """
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: from-monitoring, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {app: web}}
                  ingress: [{fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: monitoring}}]}]
                """);
        Cli.Run run = Cli.run("list", "--exposure", "-i", dir.toString());
        assertThat(run.out()).contains("shop/web[Pod] \t<= \t[namespace with {team=ops}]/[all pods] : unknown (CiliumNetworkPolicy shop/from-monitoring "
                + "also applies to it, and its rules are not inferred for pods outside the input)\n");
        assertThat(run.out()).contains("shop/web[Pod] \t<= \t[pods CiliumNetworkPolicy shop/from-monitoring names] : unknown (its rules are not "
                + "inferred for pods outside the input)\n");
        assertThat(run.err()).contains("kubereach: warning: exposure: 2 lines toward pods a rule's selectors name are unknown");
        assertThat(run.exitCode()).isEqualTo(ListCommand.SOME_UNKNOWN);
    }

    @Test
    @DisplayName("with NetworkPolicies alone the same selector line is stated exactly and the list is whole")
    void networkPoliciesAloneAreExact() throws IOException {
        Files.writeString(dir.resolve("web.yaml"), WEB);
        Cli.Run run = Cli.run("list", "--exposure", "-i", dir.toString());
        assertThat(run.out()).contains("shop/web[Pod] \t<= \t[namespace with {team=ops}]/[all pods] : TCP 8080\n").doesNotContain("unknown");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    @DisplayName("every exposure case of netpol-analyzer (a fetched copy, when given) prints exactly its expected text")
    void everyNetpolAnalyzerExposureCase() throws IOException {
        Path upstream = netpolAnalyzerOrSkip();
        List<String> differ = new ArrayList<>();
        int compared = 0;
        try (Stream<Path> files = Files.list(upstream.resolve("test_outputs/connlist"))) {
            for (Path expected : files.filter(f -> f.getFileName().toString().endsWith("_exposure_output.txt")).sorted().toList()) {
                String name = expected.getFileName().toString().replace("_exposure_output.txt", "");
                Path inputs = upstream.resolve("tests").resolve(name);
                if (name.contains("focus") || name.contains("explain") || name.contains("udp-52") || !Files.isDirectory(inputs)) {
                    continue; // focus-workload, explain and focus-connection runs use options list has not
                }
                compared++;
                if (!Cli.run("list", "--exposure", "-i", inputs.toString()).out().equals(Files.readString(expected))) {
                    differ.add(name);
                }
            }
        }
        System.out.println("[netpol-analyzer exposure] " + compared + " cases compared, " + differ.size() + " differ");
        assertThat(compared).isGreaterThan(0);
        assertThat(differ).isEmpty();
    }

    private static Path netpolAnalyzerOrSkip() {
        Optional<Path> folder = Optional.ofNullable(System.getProperty("kubereach.netpolAnalyzer")).map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("test_outputs/connlist")) && Files.isDirectory(p.resolve("tests")));
        String reason = "no fetched np-guard/netpol-analyzer given (-Dkubereach.netpolAnalyzer=DIR with tests/ and test_outputs/connlist/): "
                + "its exposure cases are not compared";
        if (folder.isEmpty()) {
            System.out.println("[netpol-analyzer exposure] " + reason);
        }
        Assumptions.assumeTrue(folder.isPresent(), reason);
        return folder.get();
    }
}
