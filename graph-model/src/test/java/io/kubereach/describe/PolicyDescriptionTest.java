package io.kubereach.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Direction;
import io.kubereach.model.PodRef;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the description of the documented example policy")
class PolicyDescriptionTest {

    private final PolicyDescription description = new PolicyDescriber(ExamplePolicy.cluster()).describe(ExamplePolicy.POLICY);

    private String text(Language language) {
        return MessageText.in(language).text(PolicySentences.of(description));
    }

    @Test
    @DisplayName("names the pods it selects now and the namespaces the namespaceSelector matches now")
    void resolvesSelectorsAgainstTheSnapshot() {
        assertThat(description.selectedPods()).containsExactly(new PodRef("default", "redis-0"), new PodRef("default", "redis-1"));
        RuleDescription ingress = description.rules(Direction.INGRESS).get(0);
        assertThat(ingress.peers()).hasSize(3);
        var namespaces = (PeerDescription.Pods) ingress.peers().get(1);
        assertThat(namespaces.namespaces()).containsExactly("monitoring", "shop");
        assertThat(namespaces.pods()).containsExactly(new PodRef("monitoring", "prometheus-0"), new PodRef("shop", "web"));
        var frontends = (PeerDescription.Pods) ingress.peers().get(2);
        assertThat(frontends.pods()).containsExactly(new PodRef("default", "frontend-a"));
    }

    @Test
    @DisplayName("expands 172.17.0.0/16 except 172.17.1.0/24 into the two ranges it leaves")
    void expandsTheExceptIntoRanges() {
        var block = (PeerDescription.Addresses) description.rules(Direction.INGRESS).get(0).peers().get(0);
        assertThat(block.ranges()).extracting(AddressRange::toString)
                .containsExactly("172.17.0.0–172.17.0.255", "172.17.2.0–172.17.255.255");
    }

    @Test
    @DisplayName("in English it states every fact of the example")
    void englishStatesEveryFact() {
        String text = text(Language.ENGLISH);
        assertThat(text)
                .contains("NetworkPolicy default/test-network-policy")
                .contains("It selects the pods labelled role=db in namespace default; right now that is 2 pods: redis-0 and redis-1.")
                .contains("It isolates these pods for ingress and egress.")
                .contains("Ingress: it admits to them only these connections:")
                .contains("  - on 6379/TCP only, from:")
                .contains("    - pods labelled role=frontend in namespace default (now 1 pod: frontend-a)")
                .contains("    - every pod of the namespaces labelled project=myproject (now 2 namespaces: monitoring and shop; 2 pods in all)")
                .contains("    - addresses in 172.17.0.0/16 except 172.17.1.0/24, that is 172.17.0.0–172.17.0.255 and 172.17.2.0–172.17.255.255")
                .contains("Egress: it lets them open only these connections:")
                .contains("  - on 5978/TCP only, to:")
                .contains("    - addresses in 10.0.0.0/24 (10.0.0.0–10.0.0.255)");
        assertThat(text).doesNotContain("policyTypes, so Kubernetes fills in");
    }

    @Test
    @DisplayName("in Simplified Chinese it states every fact of the example")
    void chineseStatesEveryFact() {
        String text = text(Language.SIMPLIFIED_CHINESE);
        assertThat(text)
                .contains("网络策略 default/test-network-policy")
                .contains("它选中命名空间 default 中带有标签 role=db 的 Pod，目前共 2 个：redis-0 和 redis-1。")
                .contains("它对这些 Pod 的入站和出站流量都进行隔离。")
                .contains("入站：它只放行以下进入这些 Pod 的连接：")
                .contains("  - 仅限端口 6379/TCP，来源为：")
                .contains("    - 命名空间 default 中带有标签 role=frontend 的 Pod（目前 1 个：frontend-a）")
                .contains("    - 带有标签 project=myproject 的命名空间中的所有 Pod（目前匹配 2 个命名空间：monitoring 和 shop；共 2 个 Pod）")
                .contains("    - 172.17.0.0/16 中除 172.17.1.0/24 以外的地址，即 172.17.0.0–172.17.0.255 和 172.17.2.0–172.17.255.255")
                .contains("出站：它只允许这些 Pod 发起以下连接：")
                .contains("  - 仅限端口 5978/TCP，目标为：")
                .contains("    - 10.0.0.0/24 中的地址（10.0.0.0–10.0.0.255）");
    }

    @Test
    @DisplayName("points out that the db pods can no longer resolve names, in both languages")
    void theExampleForgetsDns() {
        assertThat(description.traps()).extracting(Trap::kind).containsExactly(Trap.Kind.EGRESS_WITHOUT_DNS);
        assertThat(text(Language.ENGLISH)).contains("Watch out:", "the pods it selects cannot reach cluster DNS");
        assertThat(text(Language.SIMPLIFIED_CHINESE)).contains("注意：", "它选中的 Pod 无法访问集群 DNS");
    }
}
