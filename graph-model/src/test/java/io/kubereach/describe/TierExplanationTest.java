package io.kubereach.describe;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.model.SourceGap;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The explanation of a verdict that cluster-wide tiers decided names the tier, policy, priority, rule and action. */
@DisplayName("explaining the tier walk")
class TierExplanationTest {

    private static final Pod HARRY = pod("gryffindor/harry", "house=gryffindor");
    private static final Pod DRACO = pod("slytherin/draco", "house=slytherin");
    private static final Pod CEDRIC = pod("hufflepuff/cedric", "house=hufflepuff");

    private static ClusterSnapshot school() {
        return cluster().namespace(namespace("gryffindor", "house=gryffindor")).namespace(namespace("slytherin", "house=slytherin"))
                .namespace(namespace("hufflepuff", "house=hufflepuff"))
                .pod(HARRY).pod(DRACO).pod(CEDRIC)
                .adminPolicy(anp("deny-egress", 3).namespaces("house=gryffindor").egress(
                        rule(RuleAction.ALLOW, "allow-to-hufflepuff", to(inNamespaces("house=hufflepuff"))),
                        rule(RuleAction.DENY, "deny-to-slytherin", to(inNamespaces("house=slytherin")), tcpPort(80))).build())
                .adminPolicy(anp("pass-all", 1).namespaces("house=hufflepuff").ingress(
                        rule(RuleAction.PASS, "", to(inNamespaces("")))).build())
                .adminPolicy(banp().namespaces("house=hufflepuff").ingress(
                        rule(RuleAction.ALLOW, "", to(inNamespaces("house=gryffindor")))).build())
                .build();
    }

    private static List<String> lines(ClusterSnapshot s, Pod from, Pod to, int port, Language language) {
        Verdict v = new IndexedEngine(s).verdict(Peer.of(from), Peer.of(to), Protocol.TCP, port);
        MessageText text = MessageText.in(language);
        return new VerdictExplanation(s).messages(v).stream().map(text::render).toList();
    }

    @Test
    @DisplayName("a denial names the admin policy, its priority, the rule's number and name, and the port")
    void adminDenial() {
        assertThat(lines(school(), HARRY, DRACO, 80, Language.ENGLISH)).first().isEqualTo(
                "egress at gryffindor/harry: admin policy `deny-egress` (priority 3) rule 2 `deny-to-slytherin` denies 80/TCP");
    }

    @Test
    @DisplayName("a walk through several tiers tells each: a pass, no NetworkPolicy, the baseline's rule")
    void walkThroughTiers() {
        assertThat(lines(school(), HARRY, CEDRIC, 80, Language.ENGLISH)).containsExactly(
                "egress at gryffindor/harry: admin policy `deny-egress` (priority 3) rule 1 `allow-to-hufflepuff` allows 80/TCP",
                "ingress at hufflepuff/cedric: admin policy `pass-all` (priority 1) rule 1 passes; not isolated by any NetworkPolicy;"
                        + " baseline `default` rule 1 allows 80/TCP");
    }

    @Test
    @DisplayName("the same walk reads in Chinese")
    void walkInChinese() {
        String text = String.join("\n", lines(school(), HARRY, CEDRIC, 80, Language.SIMPLIFIED_CHINESE));
        assertThat(text).contains("管理策略 `pass-all`").contains("基线 `default`").contains("未被任何网络策略隔离")
                .doesNotContain("admin policy").doesNotContain("allows");
    }

    @Test
    @DisplayName("an unread tier says what could not be read and that the answer is unknown")
    void unreadTier() {
        ClusterSnapshot s = cluster().pod(HARRY).pod(DRACO).gap(new SourceGap("AdminNetworkPolicy", "", GapReason.status(403))).build();
        assertThat(lines(s, HARRY, DRACO, 80, Language.ENGLISH)).first().isEqualTo(
                "egress at gryffindor/harry: the admin tier may allow or deny 80/TCP (the AdminNetworkPolicies could not be read"
                        + " (forbidden (403)): whether pods may connect is unknown, not allowed); not isolated by any NetworkPolicy;"
                        + " what no tier decides is allowed, so this side is unknown, not allowed");
    }
}
