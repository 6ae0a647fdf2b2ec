package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Sides shared by remote classes ({@link RemoteClasses}, {@link SideCache}) give exactly the
 * answers of sides worked out pair by pair, on the random clusters of {@link EnginesAgreeProperties}
 * (every policy language, objects not evaluated, source gaps, host-network pods on two nodes):
 * every side toward a remote class or address range equals the side toward the first of its group,
 * and the engine with shared sides answers every pair of pods and addresses as the engine without
 * them, unknown connections with their reasons included.
 */
class SharedSidesProperties {

    @Property(tries = 200)
    void aSideTowardAnyClassOfAGroupIsItsSideTowardTheGroupsFirstClass(@ForAll("clusters") ClusterSnapshot cluster) {
        IndexedEngine engine = new IndexedEngine(cluster, new EngineOptions(false), false);
        IndexedSides sides = engine.sides();
        RemoteGroups remotes = RemoteGroups.ofClasses(engine.classIndex(),
                (d, judged, sink) -> sides.remoteBits(d, judged, IndexedSides.Remote.POD_CLASS, sink));
        assertSharedWithinGroups(sides, remotes, IndexedSides.Remote.POD_CLASS, engine.classIndex().size(), engine.classIndex().size(), List.of(false, true));
    }

    @Property(tries = 200)
    void aSideTowardAnyRangeOfAGroupIsItsSideTowardTheGroupsFirstRange(@ForAll("clusters") ClusterSnapshot cluster) {
        IndexedEngine engine = new IndexedEngine(cluster, new EngineOptions(true), false);
        IndexedSides sides = engine.sides();
        RemoteGroups remotes = RemoteGroups.ofRanges(engine.ranges(), engine.classIndex().size(),
                (d, judged, sink) -> sides.remoteBits(d, judged, IndexedSides.Remote.ADDRESS_RANGE, sink));
        assertSharedWithinGroups(sides, remotes, IndexedSides.Remote.ADDRESS_RANGE, engine.classIndex().size(), engine.ranges().rangeCount(), List.of(false));
    }

    private static void assertSharedWithinGroups(IndexedSides sides, RemoteGroups remotes, IndexedSides.Remote kind, int classes, int ends,
            List<Boolean> sameNodes) {
        for (Direction direction : Direction.values()) {
            for (int judged = 0; judged < classes; judged++) {
                RemoteGroups.Groups groups = remotes.of(direction, judged);
                Statistics.label(kind + " groups per side").collect(groups.representative().length == ends ? "as many as remote ends"
                        : "fewer than remote ends");
                for (int remote = 0; remote < ends; remote++) {
                    int representative = groups.representative()[groups.group()[remote]];
                    for (boolean sameNode : sameNodes) {
                        assertThat(sides.sets(direction, judged, kind, representative, sameNode))
                                .as("%s of class %d toward %s %d (group of %d), same node %s", direction, judged, kind, remote, representative,
                                        sameNode)
                                .isEqualTo(sides.sets(direction, judged, kind, remote, sameNode));
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void sharedSidesAnswerEveryPairAsSidesWorkedOutPairByPair(@ForAll("clusters") ClusterSnapshot cluster) {
        for (EngineOptions options : List.of(new EngineOptions(false), new EngineOptions(true))) {
            IndexedEngine shared = new IndexedEngine(cluster, options, true);
            IndexedEngine pairByPair = new IndexedEngine(cluster, options, false);
            List<Peer> peers = new ArrayList<>();
            cluster.pods().forEach(p -> peers.add(Peer.of(p)));
            for (int r = 0; r < shared.ranges().rangeCount(); r++) {
                peers.add(Peer.of(shared.ranges().first(r)));
            }
            for (Peer a : peers) {
                for (Peer b : peers) {
                    Reach expected = pairByPair.reach(a, b);
                    assertThat(shared.reach(a, b)).as("reach %s -> %s", a, b).isEqualTo(expected);
                    Statistics.label("answers").collect(expected.allowed().isEmpty() ? "none allowed" : "some allowed",
                            expected.unknown().isEmpty() ? "known" : "some unknown");
                    if (!expected.unknown().isEmpty()) {
                        Protocol protocol = expected.unknown().byProtocol().keySet().iterator().next();
                        int port = expected.unknown().ports(protocol).intervals().get(0)[0];
                        Verdict verdict = shared.verdict(a, b, protocol, port);
                        assertThat(verdict.answer()).as("unknown %s -> %s %d/%s", a, b, port, protocol).isEqualTo(Answer.UNKNOWN);
                        assertThat(verdict.uncertainties()).as("reasons %s -> %s", a, b)
                                .isEqualTo(pairByPair.verdict(a, b, protocol, port).uncertainties()).isNotEmpty();
                    }
                }
            }
        }
    }

    /** Ports every random cluster's rules and pods use (see {@link EnginesAgreeProperties}), and one they never name. */
    private static final List<PortProtocol> PROBED = List.of(new PortProtocol(80, Protocol.TCP), new PortProtocol(53, Protocol.UDP),
            new PortProtocol(443, Protocol.TCP), new PortProtocol(8080, Protocol.TCP), new PortProtocol(7, Protocol.SCTP));

    @Property(tries = 200)
    void sharedSidesGiveEveryPodPairsSideFactsAsSidesWorkedOutPairByPair(@ForAll("clusters") ClusterSnapshot cluster) {
        for (EngineOptions options : List.of(new EngineOptions(false), new EngineOptions(true))) {
            IndexedEngine shared = new IndexedEngine(cluster, options, true);
            IndexedEngine pairByPair = new IndexedEngine(cluster, options, false);
            List<Peer> pods = cluster.pods().stream().map(Peer::of).toList();
            for (int round = 0; round < 2; round++) { // the second round answers from what the first one kept
                for (Peer a : pods) {
                    for (Peer b : pods) {
                        List<SideFacts.Pair> expected = pairByPair.sideFacts(a, b, PROBED);
                        assertThat(shared.sideFacts(a, b, PROBED)).as("side facts %s -> %s", a, b).isEqualTo(expected);
                        Statistics.label("facts").collect(expected.stream().anyMatch(f -> f.egress().admittedByRule() || f.ingress().admittedByRule())
                                ? "some admitted by a rule" : "none admitted by a rule");
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<ClusterSnapshot> clusters() {
        return new EnginesAgreeProperties().clusters();
    }
}
