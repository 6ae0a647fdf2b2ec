package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.PortProtocol;
import io.kubereach.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the explanation of a traffic edge")
class EdgeExplanationTest {

    private static NetworkGraph graph;

    @BeforeAll
    static void build() {
        graph = NetworkGraphBuilder.build(DemoLikeCluster.snapshot());
    }

    private static GraphEdge.Traffic edge(String id) {
        return (GraphEdge.Traffic) graph.edge(id).orElseThrow();
    }

    @Test
    @DisplayName("gives the verdict per served port with the policy that isolates and why no rule admits")
    void blockedEdge() {
        EdgeExplanation e = graph.explain(edge("traffic:workload:default/Job/nightly>workload:default/StatefulSet/redis"));
        assertThat(e.verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(e.ports()).singleElement().satisfies(p -> {
            assertThat(p.port()).isEqualTo(PortProtocol.tcp(6379));
            assertThat(p.allowed()).isFalse();
            assertThat(p.from()).isEqualTo("default/nightly-1");
            assertThat(String.join("\n", p.reasons(Language.ENGLISH))).contains("isolated by default/test-network-policy").contains("no rule admits");
            assertThat(String.join("\n", p.reasons(Language.SIMPLIFIED_CHINESE)))
                    .contains("被 default/test-network-policy 隔离").contains("入站").contains("6379/TCP");
        });
    }

    @Test
    @DisplayName("tells the allowed and refused served ports of a partly allowed edge apart")
    void partialEdge() {
        EdgeExplanation e = graph.explain(edge("traffic:workload:default/ReplicaSet/frontend>workload:shop/ReplicaSet/web"));
        assertThat(e.ports()).extracting(p -> p.port().number() + "=" + p.allowed()).containsExactly("8080=true", "15001=false");
        assertThat(e.ports().get(0).reasons(Language.ENGLISH)).anyMatch(r -> r.contains("admitted by shop/allow-to-web"));
    }

    @Test
    @DisplayName("explains an edge to an address block on its allowed port and on a refused one")
    void blockEdge() {
        EdgeExplanation e = graph.explain(edge("traffic:workload:shop/ReplicaSet/web>block:0.0.0.0/0 except 10.0.0.0/8"));
        assertThat(e.ports()).extracting(p -> p.port().number() + "=" + p.allowed()).contains("443=true").anyMatch(s -> s.endsWith("=false"));
    }
}
