package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.TierKind;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.ManifestSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the graph keeps of Cilium and Calico for the views: which kinds of tier decided an edge's
 * connections, and for each port the languages of the policies that decided it (the app's badge).
 */
@DisplayName("traffic edges decided by Cilium and Calico policies")
class CniEdgesTest {

    private static ClusterSnapshot scenario(String name) throws Exception {
        return new ManifestSource().read(resource(name).resolve("cluster.yaml"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CniEdgesTest.class.getResource("/cnipol/" + name).toURI());
    }

    private static GraphEdge.Traffic edge(NetworkGraph graph, String from, String to) {
        return graph.trafficEdges().stream().filter(e -> e.sourceId().contains(from) && e.targetId().contains(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + graph.trafficEdges()));
    }

    @Test
    @DisplayName("an edge a Cilium deny blocks is decided by the Cilium deny tier, and its ports name Cilium")
    void ciliumDeny() throws Exception {
        NetworkGraph graph = NetworkGraphBuilder.build(scenario("cilium/egress-deny-beats-allow-all"));
        GraphEdge.Traffic denied = edge(graph, "Pod/frontend", "Pod/backend");
        assertThat(denied.verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(denied.decidingTiers()).containsExactly(TierKind.CILIUM_DENY);
        assertThat(graph.explain(denied).ports()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.decidingLanguages()).containsExactly(PolicyLanguage.CILIUM));
    }

    @Test
    @DisplayName("an edge a Calico tier decides names the Calico tier; a Kubernetes NetworkPolicy's denial names Kubernetes")
    void calicoTiers() throws Exception {
        NetworkGraph graph = NetworkGraphBuilder.build(scenario("calico/tiers-pass-then-kubernetes-default-deny"));
        GraphEdge.Traffic denied = edge(graph, "Pod/client", "Pod/server");
        assertThat(denied.verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(denied.decidingTiers()).containsExactly(TierKind.NETWORK_POLICY);
        assertThat(graph.explain(denied).ports()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.decidingLanguages()).containsExactly(PolicyLanguage.KUBERNETES));
        NetworkGraph tiers = NetworkGraphBuilder.build(scenario("calico/tier-pass-rule-after-deny"));
        GraphEdge.Traffic calico = edge(tiers, "Pod/prod", "Pod/stage");
        assertThat(calico.decidingTiers()).contains(TierKind.CALICO);
        assertThat(tiers.explain(calico).ports()).allSatisfy(p -> assertThat(p.decidingLanguages()).containsExactly(PolicyLanguage.CALICO));
    }
}
