package io.kubereach.query;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ways a question may name its ends and port: bare names, port names, CIDRs, pod-network addresses. */
@DisplayName("can-reach question forms")
class QuestionFormsTest {

    private final Pod client = withIps(pod("default/client", "role=client"), "10.244.1.5");
    private final Pod dns = withIps(pod("kube-system/coredns-1", "k8s-app=kube-dns", port("dns", 53, Protocol.UDP),
            port("dns-tcp", 53, Protocol.TCP), port("metrics", 9153, Protocol.TCP)), "10.244.1.9");

    private ClusterSnapshotBuilder cluster() {
        Service kubeDns = new Service("kube-system", "kube-dns", ServiceType.CLUSTER_IP, Optional.of(Map.of("k8s-app", "kube-dns")),
                List.of(new ServicePort("dns", Protocol.UDP, 53, new TargetPort.Named("dns"), 0)), List.of(), false, "", false,
                Service.DEFAULT_AFFINITY_TIMEOUT, false);
        return io.kubereach.engine.Fixture.cluster().pod(client).pod(dns).service(kubeDns)
                .node(new ClusterNode("worker-1", Map.of(), Map.of(), List.of(Cidr.of("10.244.1.0/24")), List.of(IpAddress.of("192.168.0.11"))));
    }

    private static ReachAnswer ask(ClusterSnapshot s, String from, String to, PortQuery port) {
        return new ReachQuestions(s, new IndexedEngine(s)).ask(from, to, port);
    }

    private static PortQuery onTcp(int port) {
        return new PortQuery.Number(PortProtocol.tcp(port));
    }

    @Test
    @DisplayName("a name without namespace is in default, as kubectl takes it, for pods and Services alike")
    void defaultNamespaceIsImplied() {
        ClusterSnapshot s = cluster().build();

        assertThat(ask(s, "client", "kube-system/coredns-1", onTcp(9153)).line()).isEqualTo("client kube-system/coredns-1 9153/TCP allowed");
        assertThatThrownBy(() -> ask(s, "client", "svc:kube-dns", onTcp(53))).hasMessageStartingWith("no Service default/kube-dns");
    }

    @Test
    @DisplayName("a port name is resolved on the destination pods (its protocol too), or is the Service port's name")
    void namedPorts() {
        ClusterSnapshot s = cluster().build();

        ReachAnswer toPod = ask(s, "client", "kube-system/coredns-1", new PortQuery.Named("dns", Optional.empty()));
        ReachAnswer toService = ask(s, "client", "svc:kube-system/kube-dns", new PortQuery.Named("dns", Optional.empty()));

        assertThat(toPod.line()).isEqualTo("client kube-system/coredns-1 dns/UDP allowed");
        assertThat(toPod.hops()).extracting(h -> h.verdict().orElseThrow().port()).containsExactly(new PortProtocol(53, Protocol.UDP));
        assertThat(toService.line()).isEqualTo("client svc:kube-system/kube-dns dns/UDP allowed");
        assertThatThrownBy(() -> ask(s, "kube-system/coredns-1", "client", new PortQuery.Named("http", Optional.empty())))
                .hasMessage("no pod of client declares a container port named http");
        assertThatThrownBy(() -> ask(s, "client", "203.0.113.7", new PortQuery.Named("https", Optional.empty())))
                .hasMessageStartingWith("the port name https needs pods or a Service as TO");
    }

    @Test
    @DisplayName("a Service given without svc: gets a hint to write svc:")
    void serviceHint() {
        assertThatThrownBy(() -> ask(cluster().build(), "client", "kube-system/kube-dns", onTcp(53)))
                .hasMessage("no pod or workload kube-system/kube-dns in " + cluster().build().source() + "; did you mean svc:kube-system/kube-dns?");
    }

    @Test
    @DisplayName("a CIDR is judged as a whole: allowed when every part the policies tell apart is, partial when some are, denied when none")
    void cidrs() {
        var fromOffice = policy("kube-system/dns-from-office", "k8s-app=kube-dns")
                .ingress(rule(from(ipBlock("203.0.113.0/25")), tcp(9153))).build();
        ClusterSnapshot s = cluster().policy(fromOffice).build();

        assertThat(ask(s, "203.0.113.0/26", "kube-system/coredns-1", onTcp(9153)).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(ask(s, "203.0.113.0/24", "kube-system/coredns-1", onTcp(9153)).outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(ask(s, "198.51.100.0/24", "kube-system/coredns-1", onTcp(9153)).outcome()).isEqualTo(Outcome.DENIED);
        assertThat(ask(s, "client", "0.0.0.0/0", onTcp(443)).line()).isEqualTo("client 0.0.0.0/0 443/TCP allowed");
    }

    @Test
    @DisplayName("a CIDR as destination is cut where egress rules cut it")
    void cidrAsDestination() {
        var egress = policy("default/client-out", "role=client").types(Direction.EGRESS).egress(rule(from(ipBlock("10.0.0.0/8")))).build();
        ClusterSnapshot s = cluster().policy(egress).build();

        assertThat(ask(s, "client", "10.1.0.0/16", onTcp(443)).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(ask(s, "client", "0.0.0.0/0", onTcp(443)).outcome()).isEqualTo(Outcome.PARTIAL);
    }

    @Test
    @DisplayName("an address in a node's pod CIDR that no pod has is a cluster address: unknown, saying why, never 'outside'")
    void podNetworkAddress() {
        ReachAnswer a = ask(cluster().build(), "client", "10.244.1.77", onTcp(80));

        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(MessageText.english(a.notes())).singleElement().asString().contains("10.244.1.77 lies in node worker-1's pod CIDR 10.244.1.0/24");
    }

    @Test
    @DisplayName("a note and a refusal are messages: the command line's English, and Chinese for a reader who reads Chinese")
    void notesAndRefusalsRenderInEitherLanguage() {
        ClusterSnapshot s = cluster().build();
        ReachAnswer a = ask(s, "client", "10.244.1.77", onTcp(80));
        QueryException refused = org.junit.jupiter.api.Assertions.assertThrows(QueryException.class,
                () -> ask(s, "client", "svc:kube-system/kube-dns", onTcp(8080)));

        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(a.notes().get(0))).contains("10.244.1.77").contains("节点 worker-1 的 Pod CIDR");
        assertThat(refused.getMessage()).isEqualTo("svc:kube-system/kube-dns has no port 8080/TCP (it has [53/UDP])");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(refused.reason())).isEqualTo("svc:kube-system/kube-dns 没有端口 8080/TCP（它有 [53/UDP]）");
    }

    @Test
    @DisplayName("a CIDR in the pod network is unknown, saying why; one that shares addresses with it is judged without them, saying so")
    void cidrsAndThePodNetwork() {
        var toPods = policy("default/client-out", "role=client").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("10.0.0.0/8")), tcp(80))).build();
        ClusterSnapshot s = cluster().policy(toPods).build();

        ReachAnswer inside = ask(s, "client", "10.244.1.0/25", onTcp(80));
        ReachAnswer around = ask(s, "client", "10.0.0.0/8", onTcp(80));

        assertThat(inside.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(MessageText.english(inside.notes())).singleElement().asString().startsWith("10.244.1.0/25 lies in node worker-1's pod CIDR 10.244.1.0/24:");
        assertThat(around.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(around.hops()).extracting(h -> h.verdict().orElseThrow().dst().toString())
                .noneMatch(d -> d.startsWith("10.244.1."));
        assertThat(MessageText.english(around.notes())).singleElement().asString()
                .startsWith("10.0.0.0/8 shares addresses with node worker-1's pod CIDR 10.244.1.0/24: those are pods' addresses, left out here");
        assertThat(ask(s, "client", "10.244.0.0/16", onTcp(80)).hops()).extracting(h -> h.verdict().orElseThrow().dst().toString())
                .containsExactly("10.244.0.0", "10.244.2.0");
    }

    @Test
    @DisplayName("two ends outside the cluster are refused: no policy judges them")
    void bothOutside() {
        assertThatThrownBy(() -> ask(cluster().build(), "203.0.113.0/24", "198.51.100.7", onTcp(80)))
                .hasMessageContaining("are outside the cluster");
    }
}
