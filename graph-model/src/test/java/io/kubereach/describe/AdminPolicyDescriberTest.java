package io.kubereach.describe;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.port;
import static io.kubereach.engine.Fixture.withIps;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A cluster-wide policy in plain words, with its traps, in English and Chinese. */
@DisplayName("describing AdminNetworkPolicies, the BaselineAdminNetworkPolicy and ClusterNetworkPolicies")
class AdminPolicyDescriberTest {

    private static ClusterSnapshotBuilder base() {
        return cluster().namespace(namespace("shop", "team=shop,env=prod")).namespace(namespace("lab", "team=lab,env=dev"))
                .pod(withIps(pod("shop/web", "app=web", port("http", 8080, Protocol.TCP)), "10.0.0.5"))
                .pod(withIps(pod("lab/test", "app=test"), "10.0.1.5"));
    }

    private static AdminPolicyDescriber.Description describe(ClusterSnapshot s, String name) {
        AdminPolicyDescriber describer = new AdminPolicyDescriber(s);
        return describer.describe(describer.find(Optional.empty(), name).orElseThrow());
    }

    private static String english(AdminPolicyDescriber.Description d) {
        return MessageText.in(Language.ENGLISH).text(d.sentences());
    }

    @Test
    @DisplayName("tells the tier, priority, what it applies to now, and each rule in order with its action, peers and ports")
    void plainWords() {
        ClusterSnapshot s = base().adminPolicy(anp("no-dev", 5).namespaces("env=prod").ingress(
                rule(RuleAction.DENY, "deny-dev", to(inNamespaces("env=dev"))),
                rule(RuleAction.ALLOW, "", to(podsIn("", "app=test")), tcpPort(80), namedPort("http"))).build()).build();
        String text = english(describe(s, "no-dev"));
        assertThat(text).contains("AdminNetworkPolicy no-dev (admin tier, priority 5)")
                .contains("It applies to every pod of the namespaces labelled env=prod (host-network pods excepted); right now that is 1 pod: shop/web.")
                .contains("rule 1 `deny-dev`: denies connections on every port of every protocol from:")
                .contains("every pod of the namespaces labelled env=dev (now 1 namespace: lab; 1 pod in all)")
                .contains("rule 2: allows connections on 80/TCP and the port named http (8080/TCP on shop/web) from:")
                .contains("It has no egress rules: it does not affect egress.");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).text(describe(s, "no-dev").sentences()))
                .contains("管理层，优先级 5").contains("拒绝").doesNotContain("denies");
    }

    @Test
    @DisplayName("a named port that resolves to several numbers lists them in port order, as a NetworkPolicy's description does")
    void namedPortNumbersInPortOrder() {
        ClusterSnapshot s = base().pod(withIps(pod("shop/api", "app=web", port("http", 10000, Protocol.TCP)), "10.0.0.6"))
                .adminPolicy(anp("web", 5).namespaces("env=prod").ingress(
                        rule(RuleAction.ALLOW, "", to(podsIn("", "app=test")), namedPort("http"))).build()).build();
        assertThat(english(describe(s, "web"))).contains("the port named http (8080/TCP on shop/web and 10000/TCP on shop/api)");
    }

    @Test
    @DisplayName("points out a rule an earlier rule of the same policy shadows")
    void shadowedRule() {
        ClusterSnapshot s = base().adminPolicy(anp("shadow", 5).namespaces("env=prod").ingress(
                rule(RuleAction.DENY, "deny-all", to(inNamespaces(""))),
                rule(RuleAction.ALLOW, "too-late", to(inNamespaces("env=dev")), tcpPort(80))).build()).build();
        AdminPolicyDescriber.Description d = describe(s, "shadow");
        assertThat(d.traps()).extracting(io.kubereach.describe.Trap::kind).contains(Trap.Kind.SHADOWED_RULE);
        assertThat(english(d)).contains("ingress rule 2 is shadowed");
    }

    @Test
    @DisplayName("points out the same priority as another policy of the tier")
    void samePriority() {
        ClusterSnapshot s = base()
                .adminPolicy(anp("a", 5).namespaces("").ingress(rule(RuleAction.DENY, "", to(inNamespaces("env=dev")))).build())
                .adminPolicy(cnp("b", AdminPolicy.Tier.ADMIN, 5).namespaces("").ingress(rule(RuleAction.ALLOW, "", to(inNamespaces("")))).build())
                .build();
        assertThat(english(describe(s, "a"))).contains("It has the same priority 5 as b in its tier");
        assertThat(SamePriority.groups(s.adminPolicies())).singleElement()
                .satisfies(g -> assertThat(MessageText.english(g.message())).startsWith("admin policies a and b have the same priority 5"));
    }

    @Test
    @DisplayName("points out a Pass with nothing below it, and not one a NetworkPolicy takes over")
    void passWithNothingBelow() {
        var pass = anp("pass-dev", 3).namespaces("env=prod").ingress(rule(RuleAction.PASS, "", to(inNamespaces("env=dev")))).build();
        assertThat(describe(base().adminPolicy(pass).build(), "pass-dev").traps()).extracting(Trap::kind).contains(Trap.Kind.PASS_TO_NOTHING);
        var isolate = policy("shop/deny", "").types(Direction.INGRESS).build();
        assertThat(describe(base().adminPolicy(pass).policy(isolate).build(), "pass-dev").traps()).extracting(Trap::kind)
                .doesNotContain(Trap.Kind.PASS_TO_NOTHING);
    }

    @Test
    @DisplayName("points out a Deny to networks that also hold pod IPs")
    void denyCutsPods() {
        ClusterSnapshot s = base().adminPolicy(anp("deny-world", 9).namespaces("env=prod").egress(
                rule(RuleAction.DENY, "", to(networks("0.0.0.0/0")))).build()).build();
        assertThat(english(describe(s, "deny-world"))).contains("egress rule 1 denies addresses in 0.0.0.0/0, which also hold the IPs of 2 pods");
    }

    @Test
    @DisplayName("names the BaselineAdminNetworkPolicy by its tier alone")
    void baseline() {
        ClusterSnapshot s = base().adminPolicy(banp().namespaces("").egress(rule(RuleAction.DENY, "", to(nodes("")))).build()).build();
        assertThat(english(describe(s, "default"))).contains("BaselineAdminNetworkPolicy default (baseline tier, after every baseline ClusterNetworkPolicy)")
                .contains("It decides only what no admin policy decided").contains("the addresses of every node");
    }
}
