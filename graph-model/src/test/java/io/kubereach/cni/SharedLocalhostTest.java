package io.kubereach.cni;

import static io.kubereach.engine.Fixture.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("containers of a pod share the pause container's network namespace")
class SharedLocalhostTest {

    private static Container container(String name, ContainerPort... ports) {
        return new Container(name, "img/" + name, List.of(ports));
    }

    private static Pod pod(String name, WorkloadRef owner, boolean hostNetwork, Container... containers) {
        return new Pod("shop", name, Map.of("app", "web"), List.of(IpAddress.of("10.244.0.9")), Optional.of("node-1"), owner, hostNetwork,
                List.of(containers), true);
    }

    private static Pod pod(String name, Container... containers) {
        return pod(name, new WorkloadRef("shop", "Pod", name), false, containers);
    }

    private final ContainerPort http = new ContainerPort("http", 8080, Protocol.TCP);
    private final ContainerPort metrics = new ContainerPort("metrics", 9090, Protocol.TCP);

    @Test
    @DisplayName("the namespace is held by the pause container and joined by every container with its ports")
    void namespaceListsMembersAndPorts() {
        Pod p = pod("web", container("app", http), container("exporter", metrics), container("shell"));
        PodNetworkNamespace ns = SharedLocalhost.of(p);
        assertThat(ns.holder()).isEqualTo(p.pause());
        assertThat(ns.containers()).containsExactly("app", "exporter", "shell");
        assertThat(ns.ports()).extracting(PodNetworkNamespace.BoundPort::container).containsExactly("app", "exporter");
        assertThat(ns.conflicts()).isEmpty();
        assertThat(ns.hostNetwork()).isFalse();
    }

    @Test
    @DisplayName("a container reaching another over localhost is a pod reaching itself: allowed even under deny-all (rule 18)")
    void localhostIsNeverJudged() {
        Pod p = pod("web", container("app", http), container("exporter", metrics));
        var denyAll = io.kubereach.engine.Fixture.policy("shop/deny", "").types(io.kubereach.model.Direction.INGRESS,
                io.kubereach.model.Direction.EGRESS).build();
        ClusterSnapshot s = cluster().pod(p).policy(denyAll).build();
        assertThat(new LiteralEngine(s).verdict(Peer.of(p), Peer.of(p), Protocol.TCP, 9090).allowed()).isTrue();
    }

    @Test
    @DisplayName("two containers declaring one port and protocol conflict; the same number over TCP and UDP does not")
    void duplicatePortsConflict() {
        Pod p = pod("dns", container("a", new ContainerPort("dns", 53, Protocol.UDP), http),
                container("b", new ContainerPort("dns-tcp", 53, Protocol.TCP), new ContainerPort("alt", 8080, Protocol.TCP)));
        assertThat(SharedLocalhost.of(p).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.port()).isEqualTo(PortProtocol.tcp(8080));
            assertThat(c.containers()).containsExactly("a", "b");
        });
    }

    @Test
    @DisplayName("the duplicate-port warning is given once per workload and once per bare pod")
    void warningsOncePerWorkload() {
        WorkloadRef deployment = new WorkloadRef("shop", "Deployment", "web");
        Pod one = pod("web-1", deployment, false, container("app", http), container("proxy", http));
        Pod two = pod("web-2", deployment, false, container("app", http), container("proxy", http));
        Pod bare = pod("debug", container("x", metrics), container("y", metrics));
        Pod fine = pod("fine", container("x", http), container("y", metrics));
        List<Message> warnings = SharedLocalhost.warnings(cluster().pod(one).pod(two).pod(bare).pod(fine).build());
        assertThat(warnings).extracting(m -> MessageText.english(m)).containsExactly(
                "Deployment shop/web: containers app and proxy both declare port 8080/TCP, but they share one network namespace,"
                        + " so only one of them can bind it",
                "pod shop/debug: containers x and y both declare port 9090/TCP, but they share one network namespace,"
                        + " so only one of them can bind it");
        assertThat(warnings).extracting(MessageText.in(Language.SIMPLIFIED_CHINESE)::render).containsExactly(
                "Deployment shop/web：容器 app 和 proxy 都声明了端口 8080/TCP，但它们共享一个网络命名空间，因此只有其中一个能绑定该端口",
                "Pod shop/debug：容器 x 和 y 都声明了端口 9090/TCP，但它们共享一个网络命名空间，因此只有其中一个能绑定该端口");
    }
}
