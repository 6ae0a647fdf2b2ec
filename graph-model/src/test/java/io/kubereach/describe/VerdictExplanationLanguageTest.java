package io.kubereach.describe;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a verdict's explanation in English and in Chinese")
class VerdictExplanationLanguageTest {

    private static final Pod REDIS = pod("default/redis-0", "app=db", port("redis", 6379, Protocol.TCP));
    private static final Pod FRONTEND = pod("default/frontend-0", "role=frontend");
    private static final Pod NIGHTLY = pod("default/nightly-0", "app=nightly");
    private static final Pod LOCKED = pod("default/locked-0", "app=locked");
    private static final ClusterSnapshot SNAPSHOT = cluster()
            .namespace(namespace("default", "kubernetes.io/metadata.name=default"))
            .pod(REDIS).pod(FRONTEND).pod(NIGHTLY).pod(LOCKED)
            .policy(policy("default/test-network-policy", "app=db")
                    .ingress(rule(from(pods("role=frontend")), named("redis", Protocol.TCP))).build())
            .policy(policy("default/lock-egress", "app=locked").egress(rule(anyone(), tcp(6379))).build())
            .build();
    private static final LiteralEngine ENGINE = new LiteralEngine(SNAPSHOT);
    private static final VerdictExplanation EXPLANATION = new VerdictExplanation(SNAPSHOT);

    private static Verdict verdict(Peer src, Peer dst, int port) {
        return ENGINE.verdict(src, dst, Protocol.TCP, port);
    }

    private static List<String> chinese(Verdict v) {
        MessageText zh = MessageText.in(Language.SIMPLIFIED_CHINESE);
        return EXPLANATION.messages(v).stream().map(zh::render).toList();
    }

    @Test
    @DisplayName("a denied connection names the isolating policy, the direction and the port in Chinese")
    void deniedInChinese() {
        Verdict v = verdict(Peer.of(NIGHTLY), Peer.of(REDIS), 6379);
        assertThat(v.allowed()).isFalse();
        assertThat(String.join("\n", chinese(v)))
                .contains("default/test-network-policy").contains("6379/TCP").contains("入站").contains("隔离")
                .doesNotContain("isolated by").doesNotContain("no rule admits");
    }

    @Test
    @DisplayName("an admitted connection names the admitting rule, the direction and the port in Chinese")
    void admittedInChinese() {
        Verdict v = verdict(Peer.of(FRONTEND), Peer.of(REDIS), 6379);
        assertThat(v.allowed()).isTrue();
        assertThat(String.join("\n", chinese(v)))
                .contains("default/test-network-policy").contains("入站").contains("放行").contains("6379")
                .doesNotContain("admitted by").doesNotContain(" rule ");
        Verdict out = verdict(Peer.of(LOCKED), Peer.of(REDIS), 6379);
        assertThat(chinese(out).get(0)).contains("default/lock-egress").contains("出站").contains("6379/TCP").contains("放行");
    }

    @Test
    @DisplayName("in English a pod reaching itself reads as before")
    void samePodInEnglish() {
        assertThat(EXPLANATION.lines(verdict(Peer.of(REDIS), Peer.of(REDIS), 6379)))
                .first().isEqualTo("a pod always reaches itself (over lo or its own IP): NetworkPolicy never applies");
    }

    @Test
    @DisplayName("in English an outside side and a side no policy selects read as before")
    void externalAndNotIsolatedInEnglish() {
        Verdict v = verdict(Peer.of(FRONTEND), Peer.of(IpAddress.of("8.8.8.8")), 443);
        assertThat(EXPLANATION.lines(v)).startsWith(
                "egress at default/frontend-0: no policy selects it for Egress, so it is not isolated (allow-all)",
                "ingress at 8.8.8.8: outside the cluster, no policy side to check");
    }

    @Test
    @DisplayName("in English an admission through a named port reads as before")
    void admissionInEnglish() {
        Verdict v = verdict(Peer.of(FRONTEND), Peer.of(REDIS), 6379);
        assertThat(EXPLANATION.lines(v)).startsWith(
                "egress at default/frontend-0: no policy selects it for Egress, so it is not isolated (allow-all)",
                "ingress at default/redis-0: isolated by default/test-network-policy; admitted by default/test-network-policy"
                        + " ingress rule 1 (peer 1: podSelector role=frontend; port 1: redis/TCP = 6379 on default/redis-0)");
    }

    @Test
    @DisplayName("in English an isolated side that no rule admits reads as before")
    void noRuleInEnglish() {
        Verdict v = verdict(Peer.of(NIGHTLY), Peer.of(REDIS), 6379);
        assertThat(EXPLANATION.lines(v)).contains(
                "ingress at default/redis-0: isolated by default/test-network-policy; no rule admits default/nightly-0 on 6379/TCP");
        Verdict out = verdict(Peer.of(LOCKED), Peer.of(FRONTEND), 80);
        assertThat(EXPLANATION.lines(out)).first().isEqualTo(
                "egress at default/locked-0: isolated by default/lock-egress; no rule admits default/frontend-0 on 80/TCP");
    }

    @Test
    @DisplayName("English rendering of the messages is exactly the lines")
    void linesAreEnglishMessages() {
        MessageText en = MessageText.in(Language.ENGLISH);
        for (Verdict v : List.of(verdict(Peer.of(FRONTEND), Peer.of(REDIS), 6379), verdict(Peer.of(LOCKED), Peer.of(REDIS), 6379))) {
            assertThat(EXPLANATION.messages(v).stream().map(en::render).toList()).isEqualTo(EXPLANATION.lines(v));
        }
    }
}
