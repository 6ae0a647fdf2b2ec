package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubereach describe")
class DescribeCommandTest {

    private final Locale before = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    @DisplayName("describes the documented example in English: selection, isolation, peers, ports, expanded ranges, egress")
    void english() {
        Cli.Run run = Cli.run("describe", "--demo", "default/test-network-policy", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("NetworkPolicy default/test-network-policy\n")
                .contains("It selects the pods labelled role=db in namespace default; right now that is 2 pods: redis-0 and redis-1.")
                .contains("It isolates these pods for ingress and egress.")
                .contains("  - on 6379/TCP only, from:")
                .contains("    - pods labelled role=frontend in namespace default (now 2 pods:")
                .contains("    - every pod of the namespaces labelled project=myproject (now 2 namespaces: monitoring and shop;")
                .contains("    - addresses in 172.17.0.0/16 except 172.17.1.0/24, that is 172.17.0.0–172.17.0.255 and 172.17.2.0–172.17.255.255")
                .contains("Egress: it lets them open only these connections:\n  - on 5978/TCP only, to:\n    - addresses in 10.0.0.0/24");
    }

    @Test
    @DisplayName("describes the documented example in Simplified Chinese with --lang zh")
    void chinese() {
        Cli.Run run = Cli.run("describe", "--demo", "default/test-network-policy", "--lang", "zh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("网络策略 default/test-network-policy\n")
                .contains("它选中命名空间 default 中带有标签 role=db 的 Pod，目前共 2 个：redis-0 和 redis-1。")
                .contains("它对这些 Pod 的入站和出站流量都进行隔离。")
                .contains("  - 仅限端口 6379/TCP，来源为：")
                .contains("    - 命名空间 default 中带有标签 role=frontend 的 Pod（目前 2 个：")
                .contains("    - 带有标签 project=myproject 的命名空间中的所有 Pod（目前匹配 2 个命名空间：monitoring 和 shop；")
                .contains("    - 172.17.0.0/16 中除 172.17.1.0/24 以外的地址，即 172.17.0.0–172.17.0.255 和 172.17.2.0–172.17.255.255")
                .contains("出站：它只允许这些 Pod 发起以下连接：\n  - 仅限端口 5978/TCP，目标为：\n    - 10.0.0.0/24 中的地址");
    }

    @Test
    @DisplayName("without --lang the description follows the system language")
    void followsTheSystemLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Cli.run("describe", "--demo", "test-network-policy").out()).startsWith("网络策略 default/test-network-policy");
        Locale.setDefault(Locale.GERMANY);
        assertThat(Cli.run("describe", "--demo", "test-network-policy").out()).startsWith("NetworkPolicy default/test-network-policy");
    }

    @Test
    @DisplayName("an unknown policy exits 2 with one line naming it and the similar names")
    void unknownPolicy() {
        Cli.Run run = Cli.run("describe", "--demo", "default/test-netpol", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kubereach: error: no NetworkPolicy default/test-netpol in the input; similar names: default/test-network-policy\n");
        Cli.Run zh = Cli.run("describe", "--demo", "prometheus-egress", "--lang", "zh");
        assertThat(zh.exitCode()).isEqualTo(2);
        assertThat(zh.err()).startsWith("kubereach: error: 输入中没有网络策略 default/prometheus-egress；相近的名称：monitoring/prometheus-egress")
                .hasLineCount(1);
    }

    @Test
    @DisplayName("a name like nothing known lists some of the policies there are; an input without policies says so")
    void nothingSimilar() throws IOException {
        Cli.Run run = Cli.run("describe", "--demo", "zzz/qqq", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kubereach: error: no NetworkPolicy zzz/qqq in the input; it has 6 policies, such as ")
                .contains("default/test-network-policy");
        Path pod = Files.writeString(dir.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: x}]}\n");
        Cli.Run empty = Cli.run("describe", "-i", pod.toString(), "a", "--lang", "en");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("kubereach: error: no NetworkPolicy default/a: the input has no NetworkPolicy at all\n");
    }

    @Test
    @DisplayName("a malformed name or an unknown language exits 2")
    void badArguments() {
        Cli.Run name = Cli.run("describe", "--demo", "a/b/c", "--lang", "en");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).isEqualTo("kubereach: error: expected NAMESPACE/NAME, got 'a/b/c'\n");
        Cli.Run lang = Cli.run("describe", "--demo", "a/b", "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).startsWith("unknown language 'fr': choose en or zh");
    }

    @Test
    @DisplayName("the help follows --lang, before or after --help")
    void helpFollowsTheLanguage() {
        Cli.Run zh = Cli.run("describe", "--help", "--lang", "zh");
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).startsWith("用法：kubereach describe")
                .contains("用通俗的语言说明一条策略", "说明和本帮助使用的语言：en 或 zh", "使用内置的演示集群。", "显示此帮助信息并退出。");
        Cli.Run en = Cli.run("describe", "--lang", "en", "--help");
        assertThat(en.out()).startsWith("Usage: kubereach describe")
                .contains("Describes a policy in plain words", "Use the built-in demo cluster.", "Show this help message and exit.");
        assertThat(Cli.run("describe", "--version").out()).startsWith("kubereach ");
    }

    @Test
    @DisplayName("--all describes every policy, by namespace and name; a name and --all together, or neither, exit 2")
    void everyPolicy() {
        Cli.Run run = Cli.run("describe", "--demo", "--all", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("NetworkPolicy ")))
                .containsExactly("NetworkPolicy default/test-network-policy", "NetworkPolicy monitoring/prometheus-egress",
                        "NetworkPolicy payments/allow-shop-to-payments-api", "NetworkPolicy payments/default-deny",
                        "NetworkPolicy payments/payments-api-egress", "NetworkPolicy shop/shop-egress");
        assertThat(Cli.run("describe", "--demo", "--lang", "en").err()).isEqualTo("kubereach: error: give one NAMESPACE/NAME or --all\n");
        assertThat(Cli.run("describe", "--demo", "--all", "default/test-network-policy").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("describes a cluster-wide policy named anp/NAME, banp/default or cnp/NAME, and --all includes them")
    void clusterWidePolicies() throws IOException {
        Path file = dir.resolve("anp.yaml");
        Files.writeString(file, """
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: guard}
                spec:
                  priority: 2
                  subject: {namespaces: {}}
                  ingress: [{name: deny-all, action: Deny, from: [{namespaces: {}}]}]
                ---
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata: {name: base}
                spec: {tier: Baseline, priority: 7, subject: {namespaces: {}}}
                """);
        Cli.Run anp = Cli.run("describe", "-i", file.toString(), "anp/guard", "--lang", "en");
        assertThat(anp.exitCode()).isZero();
        assertThat(anp.out()).startsWith("AdminNetworkPolicy guard (admin tier, priority 2)\n")
                .contains("rule 1 `deny-all`: denies connections on every port of every protocol from:");
        Cli.Run cnp = Cli.run("describe", "-i", file.toString(), "cnp/base", "--lang", "zh");
        assertThat(cnp.out()).startsWith("ClusterNetworkPolicy base（基线层，优先级 7）");
        Cli.Run unknown = Cli.run("describe", "-i", file.toString(), "anp/gaurd", "--lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("anp/guard");
        assertThat(Cli.run("describe", "-i", file.toString(), "--all", "--lang", "en").out())
                .contains("AdminNetworkPolicy guard").contains("ClusterNetworkPolicy base");
    }

    @Test
    @DisplayName("describes Cilium and Calico policies named cilium/NS/NAME, ccnp/NAME, calico/NS/NAME or gnp/NAME; --all includes them")
    void cniPolicies() throws IOException {
        Path file = dir.resolve("cni.yaml");
        Files.writeString(file, """
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: lockdown, namespace: shop}
                spec: {endpointSelector: {}, ingress: [{}]}
                ---
                apiVersion: cilium.io/v2
                kind: CiliumClusterwideNetworkPolicy
                metadata: {name: world}
                spec: {endpointSelector: {}, ingressDeny: [{fromEntities: [world]}]}
                ---
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: db, namespace: shop}
                spec: {order: 100, selector: app == 'db', ingress: [{action: Allow}]}
                ---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata: {name: default-deny}
                spec: {selector: all(), types: [Ingress, Egress]}
                """);
        assertThat(Cli.run("describe", "-i", file.toString(), "cilium/shop/lockdown", "--lang", "en").out())
                .startsWith("CiliumNetworkPolicy shop/lockdown\n").contains("ingress: [{}]");
        assertThat(Cli.run("describe", "-i", file.toString(), "ccnp/world", "--lang", "en").out())
                .startsWith("CiliumClusterwideNetworkPolicy world\n").contains("the entity world");
        assertThat(Cli.run("describe", "-i", file.toString(), "calico/shop/db", "--lang", "en").out())
                .startsWith("Calico NetworkPolicy shop/db (tier default, order 100)\n");
        assertThat(Cli.run("describe", "-i", file.toString(), "gnp/default-deny", "--lang", "zh").out())
                .startsWith("Calico GlobalNetworkPolicy default-deny（层级 default，没有 order）");
        Cli.Run unknown = Cli.run("describe", "-i", file.toString(), "calico/shop/dbb", "--lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("calico/shop/db");
        assertThat(Cli.run("describe", "-i", file.toString(), "cilium/lockdown", "--lang", "en").exitCode()).isEqualTo(2);
        assertThat(Cli.run("describe", "-i", file.toString(), "--all", "--lang", "en").out())
                .contains("CiliumNetworkPolicy shop/lockdown", "CiliumClusterwideNetworkPolicy world", "Calico NetworkPolicy shop/db",
                        "Calico GlobalNetworkPolicy default-deny");
    }
}
