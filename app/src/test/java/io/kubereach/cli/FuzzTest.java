package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 18: the command line against mutated manifests and kubeconfigs. Whatever the bytes, the
 * exit code is 0, 1 or 2; stderr holds only {@code kubereach:} warning lines and at most one error
 * line, never a trace; and a file the command writes is either the previous one or complete.
 */
class FuzzTest {

    /** Seeds: every kind the reader reads, with the fields the converters check. */
    private static final List<String> MANIFESTS = List.of("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop, labels: {team: web}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-in, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Ingress, Egress]
              ingress:
              - from:
                - namespaceSelector: {matchExpressions: [{key: team, operator: In, values: [web, api]}]}
                - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
                ports: [{port: 8080}, {port: 9000, endPort: 9100, protocol: UDP}, {port: http}]
              egress:
              - to: [{ipBlock: {cidr: "2001:db8::/32"}}]
            """, """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Pod
              metadata: {name: client, namespace: shop, labels: &l {app: client}}
              spec: {nodeName: n1, containers: [{name: c, image: busybox}]}
              status: {podIP: 10.2.0.7, phase: Running}
            - apiVersion: v1
              kind: Node
              metadata: {name: n1, labels: *l, annotations: {projectcalico.org/IPv4VXLANTunnelAddr: 10.2.0.1}}
              spec: {podCIDR: 10.2.0.0/24}
              status: {addresses: [{type: InternalIP, address: 192.168.1.10}]}
            - apiVersion: networking.k8s.io/v1
              kind: Ingress
              metadata: {name: web, namespace: shop}
              spec: {ingressClassName: nginx, rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}
            """, """
            {"apiVersion": "policy.networking.k8s.io/v1alpha1", "kind": "AdminNetworkPolicy",
             "metadata": {"name": "guard"},
             "spec": {"priority": 10, "subject": {"namespaces": {}},
                      "ingress": [{"name": "deny", "action": "Deny", "from": [{"namespaces": {"matchLabels": {"team": "evil"}}}]}]}}
            """);

    /** Must never reach stderr, whatever the mutation: it sits in the server URL and in the user's token. */
    private static final String PASSWORD = "fuzz-password-0123456789";

    private static final String TOKEN = "fuzz-token-0123456789";

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            current-context: dev
            clusters:
            - name: dev
              cluster:
            @SERVER@    insecure-skip-tls-verify: true
            contexts:
            - {name: dev, context: {cluster: dev, user: dev, namespace: shop}}
            - {name: other, context: {cluster: dev, user: dev}}
            users:
            - name: dev
              user: {token: fuzz-token-0123456789}
            """;

    /** Pieces that break YAML, Kubernetes or the readers in interesting ways. */
    private static final List<String> PAYLOADS = List.of("[[[[[[", "]]", "{", "}", "&a ", "*a", "*zz", ": ", "\n- ", "\t", "\"", "'",
            "!!binary ", "!!python/object:x ", "%YAML 1.1\n", "\n---\n", "\n...\n", "~", "null", "0x10", "1e999", "-1", "65536",
            "99999999999999999999", "\u0000", "\u001b[31m", "\ud800", "中文", "<script>", "|", ">", "#", "@", "`", "\\u0000", "\\",
            "x".repeat(3000), "[".repeat(400), "[".repeat(3000), "{a: ".repeat(2000), "apiVersion: v1\nkind: Pod\n", "kind: ", "metadata: ", "name: ", "namespace: ",
            "labels: ", "port: ", "\"80\"", "cidr: ", "except: ", "::", "/33", "endPort: ", "protocol: ICMP", "\r\n", "\u2028");

    /** One edit of a text: where (a fraction of its length), what, and how. */
    record Edit(double at, String payload, int kind, int length) {
        String apply(String text) {
            int position = (int) (at * text.length());
            return switch (kind) {
                case 0 -> text.substring(0, position) + payload + text.substring(position);
                case 1 -> text.substring(0, position) + text.substring(Math.min(text.length(), position + length));
                case 2 -> text.substring(0, position) + payload + text.substring(Math.min(text.length(), position + length));
                case 3 -> text.substring(0, position);
                default -> text + text.substring(position, Math.min(text.length(), position + length));
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(PAYLOADS),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 40)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 150)
    void mutatedManifestsKeepTheExitContractAndLeaveNoFileHalfWritten(@ForAll("edits") List<Edit> edits, @ForAll("seedIndex") int seed, @ForAll("command") int command)
            throws IOException {
        Path dir = Files.createTempDirectory("fuzz-manifests");
        try {
            Path input = Files.createDirectory(dir.resolve("in"));
            for (int i = 0; i < MANIFESTS.size(); i++) {
                String text = MANIFESTS.get(i);
                if (i == seed) {
                    for (Edit e : edits) {
                        text = e.apply(text);
                    }
                }
                Files.write(input.resolve("m" + i + (i == 3 ? ".json" : ".yaml")), text.getBytes(StandardCharsets.UTF_8));
            }
            Path out = Files.createDirectory(dir.resolve("out"));
            Path picture = Files.writeString(out.resolve("cluster.svg"), "previous");
            Cli.Run run = switch (command) {
                case 0 -> Cli.run("list", "-i", input.toString());
                case 1 -> Cli.run("list", "-i", input.toString(), "-o", "dot");
                case 2 -> Cli.run("can-reach", "-i", input.toString(), "shop/client", "shop/web", "8080");
                case 3 -> Cli.run("describe", "-i", input.toString(), "--all", "--lang", "en");
                default -> Cli.run("export", "-i", input.toString(), "-o", picture.toString());
            };
            keepsTheContract(run);
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cluster.svg");
            }
            String written = Files.readString(picture);
            if (!written.equals("previous")) {
                DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertThat(xml.newDocumentBuilder().parse(picture.toFile())).isNotNull();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, MANIFESTS.size() - 1);
    }

    @Provide
    Arbitrary<Integer> command() {
        return Arbitraries.integers().between(0, 4);
    }

    @Property(tries = 60)
    void mutatedKubeconfigsKeepTheExitContractAndNeverShowACredential(@ForAll("edits") List<Edit> edits, @ForAll boolean list) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-kubeconfig");
        try {
            // the server line is kept: a mutated host name could make the test wait for DNS, which is not ours to bound
            String server = "    server: https://fuzz:" + PASSWORD + "@127.0.0.1:1\n";
            String rest = KUBECONFIG;
            for (Edit e : edits) {
                rest = e.apply(rest);
            }
            Path config = Files.write(dir.resolve("config"), rest.replace("@SERVER@", server).getBytes(StandardCharsets.UTF_8));
            Cli.Run run = list ? Cli.run("list", "--kubeconfig", config.toString()) : Cli.run("contexts", "--kubeconfig", config.toString());
            keepsTheContract(run);
            assertThat(run.err()).doesNotContain(TOKEN).doesNotContain(PASSWORD);
        } finally {
            delete(dir);
        }
    }

    private static void keepsTheContract(Cli.Run run) {
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1, 2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).allMatch(l -> l.startsWith("kubereach: warning: ") || l.startsWith("kubereach: error: "));
        assertThat(lines.stream().filter(l -> l.startsWith("kubereach: error: "))).as(run.err()).hasSizeLessThanOrEqualTo(1);
        assertThat(lines).as(run.err()).hasSizeLessThanOrEqualTo(40);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("please report");
        // the input's control characters, terminal escapes and bidi overrides reach the terminal visible, not raw
        assertThat(run.err().replace("\n", "")).as(run.err()).doesNotContainPattern("[\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");
        if (run.exitCode() == 2) {
            assertThat(lines).as(run.err()).isNotEmpty();
        }
    }

    private static void delete(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(all::add);
        }
        all.stream().sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
}
