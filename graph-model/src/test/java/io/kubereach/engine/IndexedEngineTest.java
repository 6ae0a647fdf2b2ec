package io.kubereach.engine;

import static io.kubereach.engine.IndexFixtures.address;
import static io.kubereach.engine.IndexFixtures.egressPolicy;
import static io.kubereach.engine.IndexFixtures.ingressPolicy;
import static io.kubereach.engine.IndexFixtures.peer;
import static io.kubereach.engine.IndexFixtures.pod;
import static io.kubereach.engine.IndexFixtures.pods;
import static io.kubereach.engine.IndexFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IndexedEngineTest {

    private static final Pod WEB_1 = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1", new ContainerPort("http", 8080, Protocol.TCP));
    private static final Pod WEB_2 = pod("shop", "web-2", Map.of("app", "web"), "10.0.0.2", new ContainerPort("http", 8080, Protocol.TCP));
    private static final Pod LEGACY = pod("shop", "legacy-1", Map.of("app", "web"), "10.0.0.3", new ContainerPort("http", 80, Protocol.TCP));
    private static final Pod API = pod("shop", "api-1", Map.of("app", "api"), "10.0.0.4");

    /** api may call every web pod on its "http" port; web pods take that and TCP 9000-9100 from 192.168.0.0/16 but .1. */
    private static ClusterSnapshot shop() {
        return new ClusterSnapshotBuilder("test")
                .pod(WEB_1).pod(WEB_2).pod(LEGACY).pod(API)
                .policy(egressPolicy("shop", "api-out", Map.of("app", "api"),
                        rule(List.of(pods(Map.of("app", "web"))), new PolicyPort(Protocol.TCP, new PortSpec.Named("http")))))
                .policy(ingressPolicy("shop", "web-in", Map.of("app", "web"),
                        rule(List.of(pods(Map.of("app", "api"))), new PolicyPort(Protocol.TCP, new PortSpec.Named("http"))),
                        rule(List.of(new PolicyPeer.Addresses(new IpBlock(Cidr.of("192.168.0.0/16"), List.of(Cidr.of("192.168.0.1/32"))))),
                                new PolicyPort(Protocol.TCP, new PortSpec.Range(9000, 9100)))))
                .build();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#allWithOptions")
    void aNamedEgressPortResolvesOnEachDestinationPod(BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine> factory) {
        ReachabilityEngine engine = factory.apply(shop(), EngineOptions.DEFAULTS);

        assertThat(engine.allowed(peer(API), peer(WEB_1))).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(8080)));
        assertThat(engine.allowed(peer(API), peer(LEGACY))).isEqualTo(ConnectionSet.of(Protocol.TCP, PortSet.of(80)));
        assertThat(engine.verdict(peer(API), peer(LEGACY), Protocol.TCP, 80).egress().admittedBy())
                .containsExactly(new RuleAdmission("shop/api-out", 0, 0, 0));
    }

    @Test
    void podsOfOneWorkloadAreIndexedAsOneClass() {
        IndexedEngine engine = new IndexedEngine(shop());

        assertThat(engine.classIndex().size()).isEqualTo(3); // web (8080), legacy web (80), api
    }

    @Test
    void addressesOfOneRangeGetTheSameAnswerAndTheExceptIsCutOut() {
        IndexedEngine engine = new IndexedEngine(shop());
        ConnectionSet tcp9000s = ConnectionSet.of(Protocol.TCP, PortSet.range(9000, 9100));

        assertThat(engine.allowed(address("192.168.0.0"), peer(WEB_1))).isEqualTo(tcp9000s);
        assertThat(engine.allowed(address("192.168.0.1"), peer(WEB_1)).isEmpty()).isTrue();
        assertThat(engine.allowed(address("192.168.255.255"), peer(WEB_2))).isEqualTo(tcp9000s);
        assertThat(engine.allowed(address("192.169.0.0"), peer(WEB_2)).isEmpty()).isTrue();
    }

    @Test
    void aPodOutsideTheSnapshotIsAnsweredLikeTheLiteralEngineDoes() {
        ClusterSnapshot snapshot = shop();
        Pod newcomer = pod("other", "tool", Map.of("app", "api"), "10.0.9.9");
        ReachabilityEngine indexed = new IndexedEngine(snapshot);
        ReachabilityEngine literal = new LiteralEngine(snapshot);

        assertThat(indexed.allowed(peer(newcomer), peer(WEB_1))).isEqualTo(literal.allowed(peer(newcomer), peer(WEB_1)));
        assertThat(indexed.verdict(peer(API), peer(newcomer), Protocol.TCP, 8080))
                .isEqualTo(literal.verdict(peer(API), peer(newcomer), Protocol.TCP, 8080));
    }

    @Test
    void concurrentQueriesGetTheAnswersOfASingleThread() throws Exception {
        ClusterSnapshot snapshot = shop();
        List<Peer> peers = new ArrayList<>(snapshot.pods().stream().map(IndexFixtures::peer).toList());
        peers.add(address("192.168.0.7"));
        peers.add(address("192.168.0.1"));
        ReachabilityEngine reference = new LiteralEngine(snapshot);
        ReachabilityEngine shared = new IndexedEngine(snapshot);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ConnectionSet>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(pool.submit(() -> {
                    List<ConnectionSet> out = new ArrayList<>();
                    for (Peer src : peers) {
                        for (Peer dst : peers) {
                            out.add(shared.allowed(src, dst));
                        }
                    }
                    return out;
                }));
            }
            List<ConnectionSet> expected = new ArrayList<>();
            for (Peer src : peers) {
                for (Peer dst : peers) {
                    expected.add(reference.allowed(src, dst));
                }
            }
            for (Future<List<ConnectionSet>> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
