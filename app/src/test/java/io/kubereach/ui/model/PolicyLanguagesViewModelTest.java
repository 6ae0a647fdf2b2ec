package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.PortVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("which policy language decided each line, the filter by kind of tier, and lines that cannot be judged (no JavaFX thread)")
class PolicyLanguagesViewModelTest {

    private static final Path CNIPOL = Path.of("src", "test", "resources", "cnipol");

    private static AppViewModel open(Path folder) {
        return Workspaces.opened(folder);
    }

    private static Details.Traffic traffic(AppViewModel app, String from, String to) {
        GraphEdge.Traffic edge = app.workspace().analysisProperty().get().graph().graph().edgeSet().stream()
                .filter(GraphEdge.Traffic.class::isInstance).map(GraphEdge.Traffic.class::cast)
                .filter(t -> workload(t.sourceId(), from) && workload(t.targetId(), to)).findFirst().orElseThrow();
        app.selection().select(edge.id());
        return (Details.Traffic) app.selection().detailsProperty().get();
    }

    /** Whether a vertex id is the workload NAMESPACE/NAME of any kind ({@code workload:NS/KIND/NAME}). */
    private static boolean workload(String id, String namespaceAndName) {
        String[] parts = namespaceAndName.split("/");
        return id.startsWith("workload:" + parts[0] + "/") && id.endsWith("/" + parts[1]);
    }

    /** The first port explained with this answer (these pods declare no port: the details probe the ranges). */
    private static PortVerdict port(Details.Traffic t, Answer answer) {
        return t.explanation().ports().stream().filter(p -> p.answer() == answer).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a Cilium deny beats a Kubernetes allow: the line is decided by the Cilium deny tier, its port by the Cilium language, and the walk names the Cilium rule, a link to its description and YAML")
    void ciliumDenyDecidesTheLine() {
        AppViewModel app = open(CNIPOL.resolve("cilium/deny-beats-kubernetes-networkpolicy"));
        Details.Traffic denied = traffic(app, "default/client", "default/server");
        assertThat(denied.edge().decidingTiers()).containsExactly(TierKind.CILIUM_DENY);
        PortVerdict verdict = port(denied, Answer.DENIED);
        assertThat(verdict.decidingLanguages()).containsExactly(PolicyLanguage.CILIUM);
        TierWalk ingress = TierWalk.of(verdict).stream().filter(w -> w.decidingStep().isPresent()).reduce((a, b) -> b).orElseThrow();
        TierWalk.Step step = ingress.decidingStep().orElseThrow();
        assertThat(step.tier()).isEqualTo(TierKind.CILIUM_DENY);
        assertThat(step.denyingRule()).hasValueSatisfying(r -> {
            assertThat(r.policy().name()).isEqualTo("default/deny-client");
            assertThat(TierWalk.selectionId(r.policy())).contains(DetailsBuilder.CNI_POLICY_PREFIX + "CILIUM/default/deny-client");
        });
        app.selection().follow(TierWalk.selectionId(step.denyingRule().orElseThrow().policy()).orElseThrow());
        Details.CniPolicyInfo cilium = (Details.CniPolicyInfo) app.selection().detailsProperty().get();
        assertThat(cilium.kind()).isEqualTo("CiliumNetworkPolicy");
        assertThat(cilium.yaml()).contains("kind: CiliumNetworkPolicy", "ingressDeny");
        assertThat(io.kubereach.text.MessageText.in(io.kubereach.text.Language.ENGLISH).text(cilium.description())).contains("deny-client");
        assertThat(io.kubereach.text.MessageText.in(io.kubereach.text.Language.SIMPLIFIED_CHINESE).text(cilium.description()))
                .containsPattern("\\p{IsHan}");

        Details.Traffic allowed = traffic(app, "default/other", "default/server");
        assertThat(port(allowed, Answer.ALLOWED).decidingLanguages()).containsExactly(PolicyLanguage.KUBERNETES);
        assertThat(app.filter().deciders()).extracting(FilterViewModel.DeciderItem::kind).contains(TierKind.CILIUM_DENY, TierKind.NETWORK_POLICY);
    }

    @Test
    @DisplayName("a Calico tier passes and the next allows: the port is decided by the Calico language and the walk names the Calico tiers")
    void calicoTiersDecideThePort() {
        AppViewModel app = open(CNIPOL.resolve("calico/tiers-pass-to-next-tier"));
        Details.Traffic t = traffic(app, "default/client", "default/server");
        PortVerdict verdict = port(t, Answer.ALLOWED);
        assertThat(verdict.decidingLanguages()).containsExactly(PolicyLanguage.CALICO);
        assertThat(t.edge().decidingTiers()).contains(TierKind.CALICO);
        TierWalk ingress = TierWalk.of(verdict).get(1);
        assertThat(ingress.steps()).anySatisfy(s -> {
            assertThat(s.tier()).isEqualTo(TierKind.CALICO);
            assertThat(s.result()).isEqualTo(StepResult.PASSED);
            assertThat(s.name()).isNotEmpty();
        });
        assertThat(ingress.decidingStep()).hasValueSatisfying(s -> assertThat(s.tier()).isEqualTo(TierKind.CALICO));
    }

    @Test
    @DisplayName("what an Istio AuthorizationPolicy may decide is unknown, never allowed: the line's verdict is unknown, no language decided it, and the walk says why")
    void unevaluatedObjectsMakeLinesUnknownWithTheReason() {
        AppViewModel app = open(CNIPOL.resolve("unknown/istio-antrea-and-fqdn"));
        Details.Traffic t = traffic(app, "shop/api", "shop/web");
        assertThat(t.verdict()).isEqualTo(PairVerdict.UNKNOWN);
        assertThat(t.edge().unknown().isEmpty()).isFalse();
        PortVerdict verdict = port(t, Answer.UNKNOWN);
        assertThat(verdict.decidingLanguages()).isEmpty();
        TierWalk ingress = TierWalk.of(verdict).get(1);
        assertThat(ingress.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(ingress.steps()).anySatisfy(s -> {
            assertThat(s.result()).isEqualTo(StepResult.UNKNOWN);
            assertThat(s.uncertainties()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("the filter by kind of tier hides the lines only an unchecked kind decided, keeps lines that cannot be judged, and all checked shows every line again")
    void filterByKindOfTier() {
        AppViewModel app = open(GuardRailsViewModelTest.EXAMPLE);
        FilterViewModel filter = app.filter();
        assertThat(filter.deciders()).extracting(FilterViewModel.DeciderItem::kind)
                .containsExactly(TierKind.ADMIN, TierKind.NETWORK_POLICY, TierKind.BASELINE);
        var graph = app.workspace().analysisProperty().get().graph();
        GraphEdge.Traffic webToApi = graph.traffic("workload:web/ReplicaSet/frontend-7d9c5b8f6", "workload:api/ReplicaSet/orders-5c6d7e8f9")
                .orElseThrow();
        GraphEdge.Traffic sandboxToApi = graph.traffic("workload:sandbox/ReplicaSet/experiment-6b7c8d9e0",
                "workload:api/ReplicaSet/orders-5c6d7e8f9").orElseThrow();

        filter.deciders().stream().filter(d -> d.kind() == TierKind.NETWORK_POLICY).findFirst().orElseThrow().shown().set(false);
        assertThat(app.workspace().filterProperty().get().decidedBy()).containsExactlyInAnyOrder(TierKind.ADMIN, TierKind.BASELINE);
        var view = GraphView.of(graph, app.workspace().filterProperty().get());
        assertThat(view.containsEdge(webToApi)).isFalse();
        assertThat(view.containsEdge(sandboxToApi)).isTrue();

        filter.deciders().forEach(d -> d.shown().set(true));
        assertThat(app.workspace().filterProperty().get().decidedBy()).isEmpty();
        assertThat(GraphView.of(graph, app.workspace().filterProperty().get()).containsEdge(webToApi)).isTrue();
    }

    @Test
    @DisplayName("with every kind unchecked, only the lines that cannot be judged stay: unknown is never filtered away as if decided")
    void uncheckingEveryKindKeepsUnknownLines() {
        AppViewModel app = open(CNIPOL.resolve("unknown/istio-antrea-and-fqdn"));
        app.filter().deciders().forEach(d -> d.shown().set(false));
        var graph = app.workspace().analysisProperty().get().graph();
        Set<GraphEdge> shown = GraphView.of(graph, app.workspace().filterProperty().get()).edgeSet();
        List<GraphEdge.Traffic> traffic = shown.stream().filter(GraphEdge.Traffic.class::isInstance).map(GraphEdge.Traffic.class::cast).toList();
        assertThat(traffic).isNotEmpty().allSatisfy(t -> assertThat(t.unknown().isEmpty()).isFalse());
    }

    @Test
    @DisplayName("the status bar's summary counts the Cilium and the Calico policies read, beside the NetworkPolicies")
    void statusBarCountsCniPolicies() {
        AppViewModel cilium = open(CNIPOL.resolve("cilium"));
        StatusViewModel.Summary s = cilium.status().summaryProperty().get();
        assertThat(s.ciliumPolicies()).isPositive()
                .isEqualTo(cilium.workspace().analysisProperty().get().snapshot().cniPolicies().cilium().size());
        assertThat(s.calicoPolicies()).isZero();
        AppViewModel calico = open(CNIPOL.resolve("calico"));
        assertThat(calico.status().summaryProperty().get().calicoPolicies()).isPositive();
    }
}
