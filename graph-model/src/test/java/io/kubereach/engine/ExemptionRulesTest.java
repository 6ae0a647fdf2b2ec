package io.kubereach.engine;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 18–20: what NetworkPolicy never judges, and hostNetwork pods. */
@DisplayName("Exemptions (rules 18-20)")
class ExemptionRulesTest {

    private final Pod db = pod("default/db", "role=db");
    private final NetworkPolicy denyAll = policy("default/deny", "").types(Direction.INGRESS, Direction.EGRESS).build();

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 18: a pod always reaches itself, even when isolated both ways")
    void podReachesItself(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ReachabilityEngine e = engine.apply(cluster().pod(db).policy(denyAll).build());
        assertThat(e.allowed(Peer.of(db), Peer.of(db)).isAll()).isTrue();
        Verdict v = e.verdict(Peer.of(db), Peer.of(db), Protocol.TCP, 6379);
        assertThat(v.allowed()).isTrue();
        assertThat(v.exemption()).isEqualTo(Verdict.Exemption.SAME_POD);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 19: a pod and its own node reach each other whatever the policies say")
    void podAndItsNodeAlwaysConnect(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        ClusterNode node = new ClusterNode("node-1", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.2")));
        ClusterNode other = new ClusterNode("node-2", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.3")));
        ReachabilityEngine e = engine.apply(cluster().node(node).node(other).pod(db).policy(denyAll).build());
        Peer kubelet = Peer.of(IpAddress.of("192.168.49.2"));
        assertThat(e.verdict(kubelet, Peer.of(db), Protocol.TCP, 8080).exemption()).isEqualTo(Verdict.Exemption.OWN_NODE);
        assertThat(e.allowed(kubelet, Peer.of(db)).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(db), kubelet).isAll()).isTrue();
        assertThat(e.allowed(Peer.of(IpAddress.of("192.168.49.3")), Peer.of(db)).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("rule 20: a hostNetwork pod is judged as an ordinary peer, with a caveat on the verdict")
    void hostNetworkPodIsFlagged(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        Pod proxy = hostNetwork(pod("kube-system/proxy", "k8s-app=kube-proxy"));
        ReachabilityEngine e = engine.apply(cluster().pod(db).pod(proxy).policy(denyAll).build());
        Verdict v = e.verdict(Peer.of(proxy), Peer.of(db), Protocol.TCP, 6379);
        assertThat(v.allowed()).isFalse();
        assertThat(MessageText.english(v.caveatMessages())).singleElement().asString().contains("hostNetwork");
    }
}
