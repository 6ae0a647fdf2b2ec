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

@DisplayName("a blocked connection names the rules that came closest and what they lacked")
class ClosestRulesTest {

    private static final Pod REDIS = pod("default/redis-0", "role=db", port("redis", 6379, Protocol.TCP));
    private static final Pod FRONTEND = pod("default/frontend-0", "role=frontend");
    private static final Pod NIGHTLY = pod("default/nightly-0", "app=nightly");
    private static final Pod SHOP = pod("shop/web-0", "role=frontend");
    private static final ClusterSnapshot SNAPSHOT = cluster()
            .namespace(namespace("default", "kubernetes.io/metadata.name=default"))
            .namespace(namespace("shop", "kubernetes.io/metadata.name=shop,project=other"))
            .pod(REDIS).pod(FRONTEND).pod(NIGHTLY).pod(SHOP)
            .policy(policy("default/test-network-policy", "role=db")
                    .ingress(rule(from(ipBlock("172.17.0.0/16", "172.17.1.0/24"), namespaces("project=myproject"), pods("role=frontend")),
                            tcp(6379)))
                    .build())
            .build();
    private static final LiteralEngine ENGINE = new LiteralEngine(SNAPSHOT);
    private static final VerdictExplanation EXPLANATION = new VerdictExplanation(SNAPSHOT);

    private static List<String> lines(Peer src, Peer dst, int port) {
        Verdict v = ENGINE.verdict(src, dst, Protocol.TCP, port);
        assertThat(v.allowed()).isFalse();
        return EXPLANATION.lines(v);
    }

    @Test
    @DisplayName("a pod without the labels of any peer is told which namespace and pod labels it lacks")
    void missingLabelsAreNamed() {
        assertThat(lines(Peer.of(NIGHTLY), Peer.of(REDIS), 6379)).contains(
                "closest: default/test-network-policy ingress rule 1, not matched because peer 2 (namespaceSelector project=myproject):"
                        + " namespace label project=myproject missing on default, or peer 3 (podSelector role=frontend):"
                        + " pod label role=frontend missing on nightly-0");
    }

    @Test
    @DisplayName("a peer that matches on a port the rule does not open is told the port is not in the rule's ports")
    void wrongPortIsNamed() {
        assertThat(lines(Peer.of(FRONTEND), Peer.of(REDIS), 6380)).contains(
                "closest: default/test-network-policy ingress rule 1, not matched because port 6380/TCP not in 6379/TCP");
    }

    @Test
    @DisplayName("a pod of another namespace with a different label value is told the value it has")
    void differentValueIsNamed() {
        assertThat(lines(Peer.of(SHOP), Peer.of(REDIS), 6379)).contains(
                "closest: default/test-network-policy ingress rule 1, not matched because peer 2 (namespaceSelector project=myproject):"
                        + " namespace label project=myproject missing on shop (it has project=other), or peer 3"
                        + " (podSelector role=frontend): in namespace shop, not the policy's default");
    }

    @Test
    @DisplayName("an outside address in the excepted range is told so")
    void exceptedAddressIsNamed() {
        assertThat(lines(Peer.of(IpAddress.of("172.17.1.5")), Peer.of(REDIS), 6379)).contains(
                "closest: default/test-network-policy ingress rule 1, not matched because peer 1 (ipBlock 172.17.0.0/16 except [172.17.1.0/24]):"
                        + " 172.17.1.5 in the excepted 172.17.1.0/24");
    }

    @Test
    @DisplayName("an admitted connection names no closest rule")
    void admittedNamesNone() {
        Verdict v = ENGINE.verdict(Peer.of(FRONTEND), Peer.of(REDIS), Protocol.TCP, 6379);
        assertThat(v.allowed()).isTrue();
        assertThat(EXPLANATION.lines(v)).noneMatch(l -> l.startsWith("closest"));
    }

    @Test
    @DisplayName("the closest rule reads in Chinese")
    void inChinese() {
        Verdict v = ENGINE.verdict(Peer.of(FRONTEND), Peer.of(REDIS), Protocol.TCP, 6380);
        MessageText zh = MessageText.in(Language.SIMPLIFIED_CHINESE);
        assertThat(EXPLANATION.messages(v).stream().map(zh::render).toList())
                .contains("最接近的是：default/test-network-policy 的第 1 条入站规则，未匹配的原因：端口 6380/TCP 不在 6379/TCP 中");
    }
}
