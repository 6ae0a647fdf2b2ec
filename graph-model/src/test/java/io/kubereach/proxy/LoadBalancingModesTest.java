package io.kubereach.proxy;

import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.proxy.ProxyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("kube-proxy's modes and IPVS schedulers pick backends as the kernel does")
class LoadBalancingModesTest {

    private final Pod client = pod("shop/client", "role=client", "10.244.0.5", "node-1", "");
    private final Pod web1 = pod("shop/web-1", "app=web", "10.244.0.11", "node-1", "", http(8080));
    private final Pod web2 = pod("shop/web-2", "app=web", "10.244.1.12", "node-2", "", http(8080));
    private final Pod web3 = pod("shop/web-3", "app=web", "10.244.1.13", "node-2", "", http(8080));

    private ClusterSnapshot shop() {
        return cluster().pod(client).pod(web1).pod(web2).pod(web3).service(web()).build();
    }

    private SimulationRequest fromClient(int connections) {
        return SimulationRequest.of("shop/client", List.of(peer(client)), web(), 80, Protocol.TCP).withConnections(connections);
    }

    private static SimulationRequest ipvs(SimulationRequest r, IpvsScheduler scheduler) {
        return r.withProxy(Optional.of(ProxyMode.IPVS), Optional.of(scheduler));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProxyMode.class, names = {"IPTABLES", "NFTABLES"})
    @DisplayName("the random modes give each of 3 backends a third of 3,000 connections, within 5 percentage points")
    void randomModesSpreadEvenly(ProxyMode mode) {
        for (long seed : new long[] {1, 42, 2024}) {
            SimulationResult r = simulate(shop(), fromClient(3000).withSeed(seed).withProxy(Optional.of(mode), Optional.empty()));
            assertThat(r.rows()).hasSize(3).allSatisfy(row -> assertThat(row.connections() / 3000.0).isCloseTo(1 / 3.0, within(0.05)));
            assertThat(r.rows().stream().mapToInt(BackendLoad::connections).sum()).isEqualTo(3000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProxyMode.class, names = {"IPTABLES", "NFTABLES"})
    @DisplayName("over 300,000 connections each of 3 backends gets a third within 1 percentage point (a chain of 1/n rules would not)")
    void randomModesAreUniformOverManyConnections(ProxyMode mode) {
        SimulationResult r = simulate(shop(), fromClient(300_000).withSeed(5).withProxy(Optional.of(mode), Optional.empty()));
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.connections() / 300_000.0).isCloseTo(1 / 3.0, within(0.01)));
        assertThat(r.trace()).hasSize(LoadBalancingSimulation.TRACE_LIMIT);
    }

    @Test
    @DisplayName("the same seed gives the same connections, another seed others")
    void sameSeedSameResult() {
        assertThat(sequence(simulate(shop(), fromClient(200).withSeed(7)))).isEqualTo(sequence(simulate(shop(), fromClient(200).withSeed(7))));
        assertThat(sequence(simulate(shop(), fromClient(200).withSeed(7)))).isNotEqualTo(sequence(simulate(shop(), fromClient(200).withSeed(8))));
    }

    @Test
    @DisplayName("each iptables rule holds kube-proxy's ten-decimal 1/(n-i) as iptables stores it: lround(2^31 p)")
    void iptablesRuleProbabilitiesAreKubeProxys() {
        assertThat(IptablesStatisticChain.threshold(2)).isEqualTo(1L << 30);
        assertThat(IptablesStatisticChain.threshold(3)).isEqualTo(Math.round(2147483648.0 * 0.3333333333));
        assertThat(IptablesStatisticChain.threshold(7)).isEqualTo(Math.round(2147483648.0 * 0.1428571429));
        assertThat(IptablesStatisticChain.threshold(1)).isEqualTo(1L << 31);
    }

    @Test
    @DisplayName("walking the iptables chain takes the first rule with probability 1/n and the rest evenly")
    void iptablesChainIsUniform() {
        var chain = new IptablesStatisticChain(4, new java.util.SplittableRandom(3));
        int[] hits = new int[4];
        for (int i = 0; i < 40_000; i++) {
            hits[chain.pick(IpAddress.of("10.0.0.1"), new int[4])]++;
        }
        for (int h : hits) {
            assertThat(h / 40_000.0).isCloseTo(0.25, within(0.01));
        }
    }

    @Test
    @DisplayName("IPVS rr sends connections to the backends in destination-list order, round and round")
    void ipvsRoundRobinSequence() {
        SimulationResult r = simulate(shop(), ipvs(fromClient(7), IpvsScheduler.RR));
        assertThat(sequence(r)).containsExactly("shop/web-1", "shop/web-2", "shop/web-3", "shop/web-1", "shop/web-2", "shop/web-3",
                "shop/web-1");
        assertThat(r.header().line()).isEqualTo("mode=ipvs scheduler=rr affinity=None");
    }

    @Test
    @DisplayName("every node keeps its own rr pointer: clients on two nodes each start at the head of the list")
    void roundRobinIsPerNode() {
        Pod other = pod("shop/client-2", "role=client", "10.244.1.5", "node-2", "");
        ClusterSnapshot s = cluster().pod(client).pod(other).pod(web1).pod(web2).pod(web3).service(web()).build();
        SimulationRequest r = ipvs(SimulationRequest.of("clients", List.of(peer(client), peer(other)), web(), 80, Protocol.TCP)
                .withConnections(6), IpvsScheduler.RR);
        assertThat(sequence(simulate(s, r))).containsExactly("shop/web-1", "shop/web-1", "shop/web-2", "shop/web-2", "shop/web-3",
                "shop/web-3");
    }

    @Test
    @DisplayName("a hostNetwork client's verdicts carry the rule 20 caveat into the notes")
    void hostNetworkCaveatReachesTheNotes() {
        Pod agent = io.kubereach.engine.Fixture.hostNetwork(pod("kube-system/agent", "app=agent", "192.168.49.2", "node-1", ""));
        ClusterSnapshot s = cluster().pod(agent).pod(web1).pod(web2).pod(web3).service(web()).build();
        SimulationResult r = simulate(s, SimulationRequest.of("kube-system/agent", List.of(peer(agent)), web(), 80, Protocol.TCP)
                .withConnections(3));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("kube-system/agent uses hostNetwork"));
    }

    @Test
    @DisplayName("a workload's replicas are separate clients, used in turn")
    void workloadReplicasTakeTurns() {
        Pod a = pod("shop/front-1", "role=client", "10.244.0.6", "node-1", "front-5d");
        Pod b = pod("shop/front-2", "role=client", "10.244.0.7", "node-1", "front-5d");
        ClusterSnapshot s = cluster().pod(a).pod(b).pod(web1).pod(web2).pod(web3).service(web()).build();
        SimulationResult r = simulate(s, ipvs(SimulationRequest.of("shop/front", List.of(peer(a), peer(b)), web(), 80, Protocol.TCP)
                .withConnections(4), IpvsScheduler.RR));
        assertThat(r.trace()).extracting(c -> c.client().toString()).containsExactly("shop/front-1", "shop/front-2", "shop/front-1",
                "shop/front-2");
        // one node, one rr pointer, whichever replica connects
        assertThat(sequence(r)).containsExactly("shop/web-1", "shop/web-2", "shop/web-3", "shop/web-1");
    }

    @Test
    @DisplayName("IPVS lc spreads long-lived connections evenly: each goes to the backend with the fewest open")
    void leastConnectionSpreadsOpenConnections() {
        SimulationResult r = simulate(shop(), ipvs(fromClient(8), IpvsScheduler.LC));
        assertThat(sequence(r)).containsExactly("shop/web-1", "shop/web-2", "shop/web-3", "shop/web-1", "shop/web-2", "shop/web-3",
                "shop/web-1", "shop/web-2");
        assertThat(counts(r).values()).containsExactly(3, 3, 2);
    }

    @Test
    @DisplayName("IPVS lc sends every connection to the first backend when each closes before the next opens")
    void leastConnectionWithShortConnectionsPicksTheHead() {
        SimulationResult r = simulate(shop(), ipvs(fromClient(5), IpvsScheduler.LC).withTiming(2, Optional.of(1.0)));
        assertThat(counts(r).values()).containsExactly(5, 0, 0);
        SimulationResult overlapping = simulate(shop(), ipvs(fromClient(6), IpvsScheduler.LC).withTiming(1, Optional.of(2.5)));
        // at t=3 the connection of t=0 has closed: web-1 is free again
        assertThat(sequence(overlapping)).containsExactly("shop/web-1", "shop/web-2", "shop/web-3", "shop/web-1", "shop/web-2",
                "shop/web-3");
    }

    @Test
    @DisplayName("IPVS sed and nq pick the backend with the fewest open connections, nq an idle one first")
    void shortestExpectedDelayAndNeverQueue() {
        assertThat(counts(simulate(shop(), ipvs(fromClient(9), IpvsScheduler.SED))).values()).containsExactly(3, 3, 3);
        assertThat(counts(simulate(shop(), ipvs(fromClient(9), IpvsScheduler.NQ))).values()).containsExactly(3, 3, 3);
        assertThat(new IpvsShortestExpectedDelay(true).pick(IpAddress.of("10.0.0.1"), new int[] {2, 1, 0, 0})).isEqualTo(2);
        assertThat(new IpvsShortestExpectedDelay(false).pick(IpAddress.of("10.0.0.1"), new int[] {2, 1, 1})).isEqualTo(1);
    }

    @Test
    @DisplayName("IPVS sh sends every connection of one client to the same backend")
    void sourceHashingIsStablePerClient() {
        SimulationResult r = simulate(shop(), ipvs(fromClient(500), IpvsScheduler.SH));
        assertThat(counts(r).values()).containsExactlyInAnyOrder(500, 0, 0);
    }

    @Test
    @DisplayName("IPVS sh spreads many clients over the backends, and each client keeps its backend")
    void sourceHashingSpreadsClients() {
        List<io.kubereach.engine.Peer> clients = IntStream.range(0, 3000)
                .mapToObj(i -> io.kubereach.engine.Peer.of(IpAddress.of("198.51." + (100 + i / 250) + "." + (i % 250 + 1)))).toList();
        SimulationResult r = simulate(shop(), ipvs(SimulationRequest.of("many", clients, web(), 80, Protocol.TCP).withConnections(6000),
                IpvsScheduler.SH));
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.connections()).isBetween(1800, 2200));
        for (int i = 0; i < 3000; i++) {
            assertThat(r.trace().get(i).backend()).isEqualTo(r.trace().get(i + 3000).backend());
        }
    }

    @Test
    @DisplayName("the sh bucket is the top 8 bits of the address times the kernel's golden ratio, mod 2^32")
    void sourceHashBucketIsTheKernelHash() {
        for (String address : List.of("10.0.0.1", "192.168.49.2", "255.255.255.255", "0.0.0.0")) {
            BigInteger product = IpAddress.of(address).value().multiply(BigInteger.valueOf(0x61C88647L)).mod(BigInteger.ONE.shiftLeft(32));
            assertThat(IpvsSourceHashing.bucket(IpAddress.of(address))).isEqualTo(product.shiftRight(24).intValue());
        }
        // IPv6: the four 32-bit words are folded by XOR first
        assertThat(IpvsBucketTable.fold(IpAddress.of("0:0:0:1:0:0:0:2"))).isEqualTo(1 ^ 2);
        IpvsBucketTable table = new IpvsBucketTable(3);
        assertThat(IntStream.range(0, 6).map(table::destination)).containsExactly(0, 1, 2, 0, 1, 2);
    }

    @Test
    @DisplayName("IPVS dh hashes the Service's one virtual address: every connection lands on one backend")
    void destinationHashingPicksOneBackend() {
        List<io.kubereach.engine.Peer> clients = IntStream.range(0, 50)
                .mapToObj(i -> io.kubereach.engine.Peer.of(IpAddress.of("198.51.100." + (i + 1)))).toList();
        SimulationResult r = simulate(shop(), ipvs(SimulationRequest.of("many", clients, web(), 80, Protocol.TCP).withConnections(100),
                IpvsScheduler.DH));
        assertThat(counts(r).values()).containsExactlyInAnyOrder(100, 0, 0);
    }

    @Test
    @DisplayName("the mode comes from the kube-proxy ConfigMap, an override wins, and iptables is the default")
    void settingsComeFromConfigMapOverrideOrDefault() {
        ProxySettings fromMap = ProxySettings.resolve(Optional.of(new KubeProxyConfig("ipvs", "lc")), Optional.empty(), Optional.empty());
        assertThat(fromMap.mode()).isEqualTo(ProxyMode.IPVS);
        assertThat(fromMap.scheduler()).contains(IpvsScheduler.LC);
        assertThat(fromMap.origin()).contains("kube-system/kube-proxy ConfigMap");
        ProxySettings emptyMode = ProxySettings.resolve(Optional.of(new KubeProxyConfig("", "")), Optional.empty(), Optional.empty());
        assertThat(emptyMode.mode()).isEqualTo(ProxyMode.IPTABLES);
        assertThat(emptyMode.origin()).contains("leaves mode empty");
        assertThat(ProxySettings.resolve(Optional.empty(), Optional.empty(), Optional.empty()).origin()).contains("no kube-system/kube-proxy");
        assertThat(ProxySettings.resolve(Optional.of(new KubeProxyConfig("ipvs", "")), Optional.empty(), Optional.empty()).scheduler())
                .contains(IpvsScheduler.RR);
        ProxySettings overridden = ProxySettings.resolve(Optional.of(new KubeProxyConfig("ipvs", "lc")), Optional.of(ProxyMode.NFTABLES),
                Optional.empty());
        assertThat(overridden.mode()).isEqualTo(ProxyMode.NFTABLES);
        assertThat(overridden.scheduler()).isEmpty();
    }

    @Test
    @DisplayName("a scheduler outside ipvs mode, or one the ConfigMap names that is not simulated, fails with a clear message")
    void impossibleSettingsFailClearly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProxySettings.resolve(Optional.empty(), Optional.empty(),
                Optional.of(IpvsScheduler.SH))).isInstanceOf(SimulationException.class).hasMessageContaining("applies to ipvs mode only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProxySettings.resolve(Optional.of(new KubeProxyConfig("ipvs", "mh")),
                Optional.empty(), Optional.empty())).hasMessageContaining("maglev");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProxySettings.resolve(Optional.of(new KubeProxyConfig("userspace", "")),
                Optional.empty(), Optional.empty())).hasMessageContaining("'userspace'");
        assertThat(MessageText.english(IpvsScheduler.whyNotSimulated(" xyz ")))
                .isEqualTo("'xyz' is no IPVS scheduler; choose rr, wrr, lc, wlc, sh, dh, sed or nq");
        assertThat(MessageText.english(IpvsScheduler.whyNotSimulated("MH"))).startsWith("IPVS scheduler 'mh' is maglev hashing");
    }

    @Test
    @DisplayName("a refused simulation says why in the reader's language")
    void refusalsAreInTheReadersLanguage() {
        SimulationException refused = org.junit.jupiter.api.Assertions.assertThrows(SimulationException.class,
                () -> ProxySettings.resolve(Optional.empty(), Optional.empty(), Optional.of(IpvsScheduler.SH)));
        assertThat(refused.getMessage()).isEqualTo("an IPVS scheduler applies to ipvs mode only, and the mode is iptables (from kube-proxy's"
                + " default on Linux, as the source has no kube-system/kube-proxy ConfigMap); choose ipvs mode too");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(refused.reason())).startsWith("IPVS 调度器只适用于 ipvs 模式，而当前模式是 iptables");
    }
}
