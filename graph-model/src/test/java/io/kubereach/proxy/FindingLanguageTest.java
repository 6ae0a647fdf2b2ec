package io.kubereach.proxy;

import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.hostNetwork;
import static io.kubereach.proxy.ProxyFixture.http;
import static io.kubereach.proxy.ProxyFixture.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniPlugin;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the engine, the Service check, the simulation and the CNI recognition say is data: the
 * English accessors keep the command line's words, and the same messages render in Chinese.
 */
@DisplayName("findings, caveats, notes and CNI reasons in both languages")
class FindingLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final MessageText CHINESE = MessageText.in(Language.SIMPLIFIED_CHINESE);

    private final Pod web1 = ProxyFixture.pod("shop/web-1", "app=web", "10.244.0.11", "node-1", "", http(8080));

    private static void chineseWithout(Message message, String english) {
        String zh = CHINESE.render(message);
        assertThat(zh).as(zh).containsPattern(HAN).doesNotContain(english);
    }

    @Test
    @DisplayName("a hostNetwork caveat: the same sentence in English, Chinese words naming the same pod")
    void hostNetworkCaveat() {
        Pod proxy = hostNetwork(io.kubereach.engine.Fixture.pod("kube-system/proxy", "k8s-app=kube-proxy"));
        Pod db = io.kubereach.engine.Fixture.pod("default/db", "role=db");
        ClusterSnapshot s = cluster().pod(db).pod(proxy).build();
        Verdict v = new LiteralEngine(s).verdict(Peer.of(proxy), Peer.of(db), Protocol.TCP, 6379);
        assertThat(MessageText.english(v.caveatMessages())).containsExactly("kube-system/proxy uses hostNetwork: most CNIs neither isolate it nor present"
                + " its traffic as the pod's; this verdict may not hold");
        chineseWithout(v.caveatMessages().get(0), "most CNIs");
        assertThat(CHINESE.render(v.caveatMessages().get(0))).contains("kube-system/proxy", "hostNetwork");
    }

    @Test
    @DisplayName("a Service without a ready backend and a named target port nobody declares")
    void serviceFindings() {
        ClusterSnapshot orphan = cluster().service(web()).build();
        ServiceFinding none = new ServiceCheck(orphan).findings().get(0);
        assertThat(none.message()).isEqualTo("svc:shop/web has no ready backend (its selector picks no ready pod): every connection to it fails");
        chineseWithout(none.text(), "every connection");
        assertThat(CHINESE.render(none.text())).contains("svc:shop/web");

        Pod noName = new Pod("shop", "web-1", Map.of("app", "web"), web1.ips(), web1.node(), web1.owner(), false,
                List.of(new Container("app", "", List.of())), true);
        ServiceFinding unnamed = new ServiceCheck(cluster().pod(noName).service(web()).build()).findings().get(0);
        assertThat(unnamed.message()).contains("port 80/TCP targets the port named 'http'");
        chineseWithout(unnamed.text(), "targets the port");
        assertThat(CHINESE.render(unnamed.text())).contains("“http”", "80/TCP");
    }

    @Test
    @DisplayName("simulation notes: the mode, how it picks, and policy drops read in Chinese; English stays as the CLI prints it")
    void simulationNotes() {
        Pod client = ProxyFixture.pod("shop/client", "app=client", "10.244.0.20", "node-1", "");
        SimulationResult r = ProxyFixture.simulate(cluster().pod(web1).pod(client).service(web()).build(),
                SimulationRequest.of("client", List.of(Peer.of(client)), web(), 80, Protocol.TCP));
        assertThat(r.notes().get(0)).isEqualTo("mode iptables: from kube-proxy's default on Linux, as the source has no"
                + " kube-system/kube-proxy ConfigMap");
        assertThat(r.notes()).hasSameSizeAs(r.noteMessages());
        r.noteMessages().forEach(n -> assertThat(CHINESE.render(n)).containsPattern(HAN));
        assertThat(CHINESE.render(r.noteMessages().get(1))).contains("1/n").doesNotContain("each new connection");
    }

    @Test
    @DisplayName("every proxy mode and IPVS scheduler explains itself in both languages")
    void everyModeAndScheduler() {
        for (ProxyMode mode : ProxyMode.values()) {
            assertThat(MessageText.english(mode.explanation())).as(mode.word()).isNotBlank();
            assertThat(CHINESE.render(mode.explanation())).as(mode.word()).containsPattern(HAN);
        }
        for (IpvsScheduler scheduler : IpvsScheduler.values()) {
            assertThat(CHINESE.render(scheduler.explanation())).as(scheduler.word()).containsPattern(HAN);
        }
    }

    @Test
    @DisplayName("a headless Service is refused with a reason in both languages")
    void refusals() {
        Service headless = new Service("shop", "db", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")),
                List.of(new ServicePort("", Protocol.TCP, 80, new TargetPort.Number(8080), 0)), List.of(), true, "", false,
                Service.DEFAULT_AFFINITY_TIMEOUT, false);
        Pod client = ProxyFixture.pod("shop/client", "app=client", "10.244.0.20", "node-1", "");
        assertThatThrownBy(() -> ProxyFixture.simulate(cluster().pod(web1).pod(client).service(headless).build(),
                SimulationRequest.of("client", List.of(Peer.of(client)), headless, 80, Protocol.TCP)))
                .isInstanceOf(SimulationException.class)
                .hasMessageStartingWith("svc:shop/db is headless (clusterIP: None)")
                .satisfies(e -> chineseWithout(((SimulationException) e).reason(), "does not balance"));
    }

    @Test
    @DisplayName("flannel's reason for not enforcing policy, and every plugin's reason, in both languages")
    void cniReasons() {
        CniInfo flannel = new CniRecognizer(cluster().workload(new Workload(new WorkloadRef("kube-flannel", "DaemonSet", "kube-flannel-ds"),
                1, Map.of(), List.of(new Container("kube-flannel", "docker.io/flannel/flannel:v0.25.1", List.of())))).build()).recognise();
        assertThat(flannel.enforcementReason()).isEqualTo("flannel only connects pods: it has no NetworkPolicy controller");
        chineseWithout(flannel.reason(), "only connects pods");
        assertThat(CHINESE.render(flannel.title())).isEqualTo("flannel");
        CniInfo unknown = new CniRecognizer(cluster().build()).recognise();
        assertThat(unknown.name()).isEqualTo("unknown");
        assertThat(CHINESE.render(unknown.title())).isEqualTo("未知");
        for (CniPlugin plugin : CniPlugin.values()) {
            assertThat(CHINESE.render(plugin.enforcementReason())).as(plugin.displayName()).containsPattern(HAN);
        }
    }
}
