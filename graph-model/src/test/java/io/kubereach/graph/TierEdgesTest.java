package io.kubereach.graph;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Answer;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the graph keeps of the cluster-wide tiers for the views: the flag on edges, the tier walk per port. */
@DisplayName("traffic edges decided by admin and baseline policies")
class TierEdgesTest {

    private static ClusterSnapshot school() {
        return cluster().namespace(namespace("gryffindor", "house=gryffindor")).namespace(namespace("slytherin", "house=slytherin"))
                .pod(pod("gryffindor/harry", "app=harry", port("web", 80, Protocol.TCP)))
                .pod(pod("slytherin/draco", "app=draco", port("web", 80, Protocol.TCP)))
                .pod(pod("hufflepuff/cedric", "app=cedric", port("web", 80, Protocol.TCP)))
                .adminPolicy(anp("no-slytherin", 4).namespaces("house=gryffindor").ingress(
                        rule(RuleAction.DENY, "deny-from-slytherin", to(inNamespaces("house=slytherin"))),
                        rule(RuleAction.ALLOW, "allow-rest", to(inNamespaces("")))).build())
                .build();
    }

    private static GraphEdge.Traffic edge(NetworkGraph graph, String from, String to) {
        return graph.trafficEdges().stream()
                .filter(e -> e.sourceId().contains(from) && e.targetId().contains(to))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + graph.trafficEdges()));
    }

    @Test
    @DisplayName("a namespace pair an admin policy denies is drawn blocked and flagged as decided by a cluster-wide tier")
    void deniedPairIsDrawnAndFlagged() {
        NetworkGraph graph = NetworkGraphBuilder.build(school());
        GraphEdge.Traffic denied = edge(graph, "slytherin/Pod/draco", "gryffindor/Pod/harry");
        assertThat(denied.verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(denied.decidedByClusterTiers()).isTrue();
        assertThat(denied.unknown().isEmpty()).isTrue();
        GraphEdge.Traffic allowed = edge(graph, "hufflepuff/Pod/cedric", "gryffindor/Pod/harry");
        assertThat(allowed.verdict()).isEqualTo(TrafficVerdict.ALLOWED);
        assertThat(allowed.decidedByClusterTiers()).as("allowed by the admin policy's second rule").isTrue();
        assertThat(graph.trafficEdges()).as("no policy has a say on harry -> draco: no edge")
                .noneMatch(e -> e.sourceId().contains("harry") && e.targetId().contains("draco"));
    }

    @Test
    @DisplayName("the graph names the kinds of tier that decide some of its lines, each once and in walking order, as its traffic edges name them")
    void graphNamesTheKindsOfTierThatDecideItsLines() {
        NetworkGraph graph = NetworkGraphBuilder.build(school());
        java.util.Set<TierKind> fromEdges = java.util.EnumSet.noneOf(TierKind.class);
        graph.trafficEdges().forEach(e -> fromEdges.addAll(e.decidingTiers()));
        assertThat(graph.decidingTiers()).containsExactlyElementsOf(fromEdges).containsExactly(TierKind.ADMIN);
        assertThat(graph.decidingTiers()).as("worked out once, then the same answer").isSameAs(graph.decidingTiers());
        assertThat(NetworkGraphBuilder.build(cluster().pod(pod("default/lonely", "app=lonely")).build()).decidingTiers())
                .as("no policy: no kind of tier decides anything").isEmpty();
    }

    @Test
    @DisplayName("the details of each port carry the tier walk, naming the admin policy, rule and action")
    void portsCarryTheTierWalk() {
        NetworkGraph graph = NetworkGraphBuilder.build(school());
        EdgeExplanation e = graph.explain(edge(graph, "slytherin/Pod/draco", "gryffindor/Pod/harry"));
        assertThat(e.ports()).singleElement().satisfies(p -> {
            assertThat(p.answer()).isEqualTo(Answer.DENIED);
            assertThat(p.decidingTiers()).containsExactly(TierKind.ADMIN);
            assertThat(p.ingressWalk()).singleElement().satisfies((TierStep s) -> {
                assertThat(s.tier()).isEqualTo(TierKind.ADMIN);
                assertThat(s.result()).isEqualTo(StepResult.DENIED);
                assertThat(s.hits()).singleElement().satisfies(h -> {
                    assertThat(h.policy().name()).isEqualTo("no-slytherin");
                    assertThat(h.ruleName()).isEqualTo("deny-from-slytherin");
                    assertThat(h.action()).isEqualTo(RuleAction.DENY);
                });
            });
            assertThat(p.egressWalk()).extracting(TierStep::tier).containsExactly(TierKind.NETWORK_POLICY);
            assertThat(p.reasons(Language.ENGLISH)).anyMatch(r -> r.contains("admin policy `no-slytherin` (priority 4) rule 1 `deny-from-slytherin` denies 80/TCP"));
        });
    }
}
