package io.kubereach.describe;

import static io.kubereach.engine.Fixture.anyone;
import static io.kubereach.engine.Fixture.from;
import static io.kubereach.engine.Fixture.ipBlock;
import static io.kubereach.engine.Fixture.named;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.namespaces;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.pods;
import static io.kubereach.engine.Fixture.podsIn;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.port;
import static io.kubereach.engine.Fixture.rule;
import static io.kubereach.engine.Fixture.tcp;
import static io.kubereach.engine.Fixture.udp;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Fixture;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Protocol;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the traps a policy description points out")
class PolicyTrapsTest {

    /** app/web (port http), app/db (port pg) and CoreDNS; plus whatever policies a test adds. */
    private static ClusterSnapshot cluster(NetworkPolicy... policies) {
        var b = Fixture.cluster()
                .namespace(namespace("app", "team=shop"))
                .namespace(namespace("kube-system", ""))
                .pod(pod("app/web", "app=web", port("http", 8080, Protocol.TCP)))
                .pod(pod("app/db", "app=db", port("pg", 5432, Protocol.TCP)))
                .pod(pod("kube-system/coredns", "k8s-app=kube-dns", port("dns", 53, Protocol.UDP), port("dns-tcp", 53, Protocol.TCP)));
        for (NetworkPolicy p : policies) {
            b.policy(p);
        }
        return b.build();
    }

    private static List<Trap.Kind> traps(NetworkPolicy policy, NetworkPolicy... others) {
        List<NetworkPolicy> all = new java.util.ArrayList<>(List.of(others));
        all.add(0, policy);
        return new PolicyDescriber(cluster(all.toArray(NetworkPolicy[]::new))).describe(policy).traps().stream()
                .map(Trap::kind).toList();
    }

    private static String english(NetworkPolicy policy) {
        return MessageText.in(Language.ENGLISH).text(PolicySentences.of(new PolicyDescriber(cluster(policy)).describe(policy)));
    }

    private static String chinese(NetworkPolicy policy) {
        return MessageText.in(Language.SIMPLIFIED_CHINESE).text(PolicySentences.of(new PolicyDescriber(cluster(policy)).describe(policy)));
    }

    private static final NetworkPolicy DNS_RULE_HOLDER = policy("app/dns", "").types(Direction.EGRESS)
            .egress(rule(from(podsIn("kubernetes.io/metadata.name=kube-system", "k8s-app=kube-dns")), udp(53), tcp(53)))
            .build();

    @Test
    @DisplayName("an egress-only policy without policyTypes isolates ingress too")
    void policyTypesLeftOutIsolateIngress() {
        NetworkPolicy p = policy("app/web-egress", "app=web")
                .egress(rule(from(pods("app=db")), tcp(5432)), rule(from(namespaces("kubernetes.io/metadata.name=kube-system")), udp(53), tcp(53)))
                .build();
        assertThat(p.policyTypesDeclared()).isFalse();
        assertThat(traps(p)).containsExactly(Trap.Kind.POLICY_TYPES_ISOLATE_INGRESS);
        assertThat(english(p)).contains("The manifest lists no policyTypes, so Kubernetes fills in [Ingress, Egress].")
                .contains("Ingress: it admits no connection to them (deny all ingress)")
                .contains("It lists no policyTypes but has egress rules")
                .contains("Write policyTypes: [Egress]");
        assertThat(chinese(p)).contains("它没有写 policyTypes，却有出站规则", "policyTypes: [Egress]");
    }

    @Test
    @DisplayName("the same policy with policyTypes [Egress] written out falls into no trap")
    void declaredPolicyTypesAreNoTrap() {
        NetworkPolicy p = policy("app/web-egress", "app=web").types(Direction.EGRESS)
                .egress(rule(from(pods("app=db")), tcp(5432)), rule(from(namespaces("kubernetes.io/metadata.name=kube-system")), udp(53), tcp(53)))
                .build();
        assertThat(traps(p)).isEmpty();
        assertThat(english(p)).doesNotContain("Watch out:");
    }

    @Test
    @DisplayName("a named port that no destination pod declares admits nothing")
    void namedPortNoPodDeclares() {
        NetworkPolicy p = policy("app/db-in", "app=db").types(Direction.INGRESS)
                .ingress(rule(from(pods("app=web")), named("postgres", Protocol.TCP)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.NAMED_PORT_UNDECLARED);
        assertThat(english(p)).contains("In ingress rule 1, none of the 1 pod it applies to declares a container port named postgres/TCP");
        assertThat(chinese(p)).contains("入站规则 1 使用了命名端口 postgres/TCP，但它所作用的 1 个 Pod 都没有声明这个名称的容器端口");
    }

    @Test
    @DisplayName("a named port is resolved on each destination pod, for egress against the pods the rule reaches")
    void namedPortResolvedPerPod() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(pods("app=db")), named("pg", Protocol.TCP)), rule(anyone(), udp(53), tcp(53)))
                .build();
        PolicyDescription d = new PolicyDescriber(cluster(p)).describe(p);
        PortDescription pg = d.egress().get(0).ports().get(0);
        assertThat(pg.resolutions()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(5432);
            assertThat(r.pods()).extracting(Object::toString).containsExactly("app/db");
        });
        assertThat(d.traps()).isEmpty();
        assertThat(english(p)).contains("on the port named pg/TCP (5432 on db) only, to:");
        assertThat(chinese(p)).contains("仅限命名端口 pg/TCP（在 db 上为 5432），目标为：");
    }

    @Test
    @DisplayName("a named port towards ipBlocks only never matches")
    void namedPortTowardsAddresses() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("203.0.113.0/24")), named("https", Protocol.TCP)), rule(anyone(), udp(53), tcp(53)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.NAMED_PORT_UNDECLARED);
        assertThat(english(p)).contains("a named port never matches an address outside the cluster");
    }

    @Test
    @DisplayName("a podSelector that matches no pod is pointed out")
    void podSelectorMatchesNothing() {
        NetworkPolicy p = policy("app/cache-in", "app=cache").types(Direction.INGRESS)
                .ingress(rule(from(pods("app=web")), tcp(6379)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.SELECTOR_MATCHES_NOTHING);
        assertThat(english(p)).contains("Its podSelector app=cache matches no pod in namespace app right now");
        assertThat(chinese(p)).contains("它的 podSelector app=cache 目前在命名空间 app 中匹配不到任何 Pod");
    }

    @Test
    @DisplayName("peer selectors that match nothing are pointed out: no namespace, or no pod")
    void peerSelectorsMatchNothing() {
        NetworkPolicy p = policy("app/db-in", "app=db").types(Direction.INGRESS)
                .ingress(rule(from(namespaces("team=billing"), pods("app=wbe")), tcp(5432)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.SELECTOR_MATCHES_NOTHING, Trap.Kind.SELECTOR_MATCHES_NOTHING);
        assertThat(english(p))
                .contains("In ingress rule 1, the namespaceSelector team=billing matches no namespace")
                .contains("In ingress rule 1, the peer \u201cpods labelled app=wbe in namespace app\u201d matches no pod right now.");
        assertThat(chinese(p)).contains("入站规则 1 中的 namespaceSelector team=billing 匹配不到任何命名空间")
                .contains("入站规则 1 中的对端“命名空间 app 中带有标签 app=wbe 的 Pod”目前匹配不到任何 Pod。");
    }

    @Test
    @DisplayName("an egress policy without a DNS rule leaves its pods unable to resolve names")
    void egressPolicyForgetsDns() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(pods("app=db")), tcp(5432)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.EGRESS_WITHOUT_DNS);
        assertThat(english(p)).contains("no egress rule allows DNS: the pods it selects cannot reach cluster DNS");
        assertThat(chinese(p)).contains("却没有任何出站规则放行 DNS：它选中的 Pod 无法访问集群 DNS");
    }

    @Test
    @DisplayName("DNS allowed by another egress policy that selects the same pods is no trap (policies add up)")
    void dnsFromAnotherPolicyCounts() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(pods("app=db")), tcp(5432)))
                .build();
        assertThat(traps(p, DNS_RULE_HOLDER)).isEmpty();
    }

    @Test
    @DisplayName("DNS over UDP only is pointed out: large answers over TCP fail")
    void dnsOverUdpOnly() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(namespaces("kubernetes.io/metadata.name=kube-system")), udp(53)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.DNS_WITHOUT_TCP);
    }

    @Test
    @DisplayName("a rule to everyone on every port allows DNS")
    void ruleToEveryoneAllowsDns() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(new io.kubereach.model.PolicyRule(List.of(), List.of()))
                .build();
        assertThat(traps(p)).isEmpty();
        assertThat(english(p)).contains("  - on every port of every protocol, to:", "    - everyone: every pod in every namespace");
    }

    @Test
    @DisplayName("an ipBlock to everywhere does not count as DNS: policy is judged at the DNS pod's own address")
    void ipBlockDoesNotAllowDns() {
        NetworkPolicy p = policy("app/web-out", "app=web").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("0.0.0.0/0")), udp(53), tcp(53)))
                .build();
        assertThat(traps(p)).containsExactly(Trap.Kind.EGRESS_WITHOUT_DNS);
    }
}
