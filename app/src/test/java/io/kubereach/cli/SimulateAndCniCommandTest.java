package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubereach simulate and kubereach cni")
class SimulateAndCniCommandTest {

    @TempDir
    Path dir;

    private static final String SHOP = """
            apiVersion: v1
            kind: Pod
            metadata: {name: client, namespace: shop, labels: {role: client}}
            spec: {nodeName: n1, containers: [{name: c, image: x}]}
            status: {podIP: 10.244.0.5}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web-1, namespace: shop, labels: {app: web, tier: a}}
            spec: {nodeName: n1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
            status: {podIP: 10.244.0.11}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web-2, namespace: shop, labels: {app: web, tier: b}}
            spec: {nodeName: n1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
            status: {podIP: 10.244.0.12}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              clusterIP: 10.96.0.80
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: only-tier-a, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: b}}
              ingress: [{from: [{podSelector: {matchLabels: {role: nobody}}}]}]
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    @DisplayName("simulate prints the header, one NAMESPACE/POD COUNT VERDICT line per backend and the failed count")
    void simulatePrintsHeaderRowsAndFailures() {
        Cli.Run run = Cli.run("simulate", "--demo", "--from", "default/frontend", "--to", "svc:default/redis", "--port", "6379",
                "--connections", "3000", "--seed", "4");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("mode=iptables scheduler=none affinity=None");
        assertThat(lines.subList(1, lines.size() - 1)).hasSize(2).allMatch(l -> l.matches("default/redis-\\d \\d+ allowed"));
        assertThat(lines.subList(1, lines.size() - 1).stream().mapToInt(l -> Integer.parseInt(l.split(" ")[1])).sum()).isEqualTo(3000);
        assertThat(lines).last().isEqualTo("failed 0");
        assertThat(Cli.run("simulate", "--demo", "--from", "default/frontend", "--to", "svc:default/redis", "--port", "6379",
                "--connections", "3000", "--seed", "4").out()).isEqualTo(run.out());
    }

    @Test
    @DisplayName("simulate exits 1 when connections go to backends that policy denies, and counts them")
    void simulateCountsDeniedConnections() throws IOException {
        Path input = write("shop.yaml", SHOP);
        Cli.Run run = Cli.run("simulate", "-i", input.toString(), "--from", "shop/client", "--to", "svc:shop/web", "--port", "80",
                "--proxy-mode", "ipvs", "--scheduler", "rr", "--connections", "5");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("mode=ipvs scheduler=rr affinity=None\nshop/web-1 3 allowed\nshop/web-2 2 denied\nfailed 2\n");
        Cli.Run explained = Cli.run("simulate", "-i", input.toString(), "--from", "shop/client", "--to", "svc:shop/web", "--port", "80",
                "--connections", "5", "--explain");
        assertThat(explained.out()).contains("  kube-proxy does not know NetworkPolicy")
                .contains("  shop/web-2:8080 (svc:shop/web), e.g. from shop/client:")
                .contains("    ingress at shop/web-2: isolated by shop/only-tier-a");
    }

    @Test
    @DisplayName("the kube-proxy ConfigMap among the inputs sets the mode and scheduler")
    void configMapSetsTheMode() throws IOException {
        Path input = write("shop.yaml", SHOP + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: kube-proxy, namespace: kube-system}
                data:
                  config.conf: |
                    kind: KubeProxyConfiguration
                    mode: ipvs
                    ipvs: {scheduler: sh}
                """);
        Cli.Run run = Cli.run("simulate", "-i", input.toString(), "--from", "shop/client", "--to", "svc:shop/web", "--port", "80",
                "--connections", "10");
        assertThat(run.out()).startsWith("mode=ipvs scheduler=sh affinity=None\n");
        assertThat(run.out()).containsAnyOf("shop/web-1 10 allowed", "shop/web-2 10 denied");
        assertThat(Cli.run("cni", "-i", input.toString()).out()).contains("kube-proxy: ipvs (scheduler sh), from the kube-system/kube-proxy ConfigMap");
    }

    @Test
    @DisplayName("impossible simulations fail with one line on stderr and exit code 2")
    void badSimulationsFailClearly() throws IOException {
        Path input = write("shop.yaml", SHOP);
        String in = input.toString();
        record Case(String expected, String... args) {
        }
        for (Case c : List.of(
                new Case("an IPVS scheduler applies to ipvs mode only", "--scheduler", "lc"),
                new Case("unknown proxy mode 'userspace'", "--proxy-mode", "userspace"),
                new Case("IPVS scheduler 'lblc' is locality-based", "--proxy-mode", "ipvs", "--scheduler", "lblc"),
                new Case("connections 0 is not within", "--connections", "0"),
                new Case("no node nowhere", "--entry-node", "nowhere"))) {
            String[] base = {"simulate", "-i", in, "--from", "shop/client", "--to", "svc:shop/web", "--port", "80"};
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(c.args())).toArray(String[]::new);
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(c.expected()).isEqualTo(2);
            assertThat(run.err()).contains(c.expected()).doesNotContain("\tat ");
        }
        Cli.Run notService = Cli.run("simulate", "-i", in, "--from", "shop/client", "--to", "shop/web-1", "--port", "8080");
        assertThat(notService.exitCode()).isEqualTo(2);
        assertThat(notService.err()).contains("--to must name a Service");
        Cli.Run headless = Cli.run("simulate", "--demo", "--from", "shop/cart", "--to", "svc:default/redis-headless", "--port", "6379");
        assertThat(headless.err()).contains("headless (clusterIP: None)");
    }

    @Test
    @DisplayName("cni names the demo's flannel, says it does not enforce policy, and lists node CIDRs and evidence")
    void cniOnTheDemo() {
        Cli.Run run = Cli.run("cni", "--demo");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsSubsequence(
                "cni: flannel",
                "enforces NetworkPolicy: no (flannel only connects pods: it has no NetworkPolicy controller)",
                "policy verdicts: intended, not enforced",
                "cross-node traffic: overlay (vxlan), flannel's default backend; not confirmed by node annotations",
                "node node-a: pod CIDR 10.244.0.0/24 (spec.podCIDRs)",
                "node node-b: pod CIDR 10.244.1.0/24 (spec.podCIDRs)",
                "evidence: DaemonSet kube-system/kube-flannel-ds: container kube-flannel runs docker.io/flannel/flannel:v0.25.1");
    }

    @Test
    @DisplayName("list and can-reach warn on stderr that flannel does not enforce policy; stdout stays the same")
    void flannelWarningGoesToStderr() {
        Cli.Run list = Cli.run("list", "--demo");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).contains("kubereach: warning: the CNI is flannel").contains("every verdict is intended, not enforced");
        assertThat(list.out().lines()).isNotEmpty().allMatch(l -> l.contains(" => ") && !l.contains("warning"));
        assertThat(Cli.run("can-reach", "--demo", "default/frontend", "default/redis", "6379").err())
                .contains("does not enforce NetworkPolicy");
    }

    @Test
    @DisplayName("list warns about two containers of one pod declaring the same port, and about a Service without a ready backend")
    void duplicatePortsAndOrphanServicesAreWarned() throws IOException {
        Path input = write("pods.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: app}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: app, image: x, ports: [{containerPort: 8080}]}
                      - {name: sidecar, image: y, ports: [{containerPort: 8080}, {containerPort: 8080, protocol: UDP}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: gone, namespace: app}
                spec:
                  selector: {app: nothing}
                  ports: [{port: 80}]
                """);
        Cli.Run run = Cli.run("list", "-i", input.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("both declare port"))).containsExactly(
                "kubereach: warning: Deployment app/web: containers app and sidecar both declare port 8080/TCP, but they share one"
                        + " network namespace, so only one of them can bind it");
        assertThat(run.err()).contains("kubereach: warning: svc:app/gone has no ready backend (its selector picks no ready pod)");
    }
}
