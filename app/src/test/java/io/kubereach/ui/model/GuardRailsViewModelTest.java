package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Answer;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.Direction;
import io.kubereach.model.PodRef;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cluster-wide policies in the app: the guard-rails example folder opened as a user would (no JavaFX thread)")
class GuardRailsViewModelTest {

    /** The example folder of the docs, from the app module. */
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "guard-rails");

    private static final String SANDBOX = "workload:sandbox/ReplicaSet/experiment-6b7c8d9e0";
    private static final String ORDERS = "workload:api/ReplicaSet/orders-5c6d7e8f9";
    private static final String FRONTEND = "workload:web/ReplicaSet/frontend-7d9c5b8f6";
    private static final String SANDBOX_POD = "pod:sandbox/experiment-6b7c8d9e0-g5h6i";

    private AppViewModel app;

    @BeforeEach
    void open() {
        app = Workspaces.opened(EXAMPLE);
    }

    @Test
    @DisplayName("the status bar counts the admin and the baseline policies apart from the NetworkPolicies")
    void statusBarCountsThem() {
        StatusViewModel.Summary s = app.status().summaryProperty().get();
        assertThat(s.policies()).isEqualTo(1);
        assertThat(s.adminPolicies()).isEqualTo(2);
        assertThat(s.baselinePolicies()).isEqualTo(1);
        assertThat(s.clusterPolicies()).isEqualTo(3);
    }

    @Test
    @DisplayName("a pod lists the admin and baseline policies that apply to it in the order its connections meet them, Admin by priority first")
    void podListsItsClusterPoliciesInWalkingOrder() {
        app.selection().select(SANDBOX_POD);
        Details.PodInfo pod = (Details.PodInfo) app.selection().detailsProperty().get();
        assertThat(pod.clusterPolicies()).extracting(AdminPolicy::name)
                .containsExactly("sandbox-stays-out-of-api", "monitoring-may-scrape", "default");
        assertThat(pod.policies()).isEmpty();

        app.selection().select("pod:api/orders-5c6d7e8f9-d3e4f");
        Details.PodInfo orders = (Details.PodInfo) app.selection().detailsProperty().get();
        assertThat(orders.clusterPolicies()).extracting(AdminPolicy::name).containsExactly("monitoring-may-scrape", "default");
    }

    @Test
    @DisplayName("a cluster-wide policy of the pod links to its description in both languages and its YAML, and highlights the pods it applies to")
    void clusterPolicyLinksToDescriptionAndYaml() {
        app.selection().select(SANDBOX_POD);
        Details.PodInfo pod = (Details.PodInfo) app.selection().detailsProperty().get();
        app.selection().follow(DetailsBuilder.clusterPolicyId(pod.clusterPolicies().get(0)));
        Details.ClusterPolicyInfo info = (Details.ClusterPolicyInfo) app.selection().detailsProperty().get();
        assertThat(info.policy().name()).isEqualTo("sandbox-stays-out-of-api");
        assertThat(info.selected()).containsExactly(new PodRef("sandbox", "experiment-6b7c8d9e0-g5h6i"));
        assertThat(MessageText.in(Language.ENGLISH).text(info.description())).contains("deny-to-api", "api");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).text(info.description())).contains("deny-to-api").containsPattern("\\p{IsHan}");
        assertThat(info.yaml()).contains("kind: AdminNetworkPolicy", "priority: 10", "action: Deny", "env: sandbox");
        assertThat(app.selection().highlightProperty().get()).contains(SANDBOX_POD, SANDBOX).doesNotContain(ORDERS);
        app.selection().back();
        assertThat(app.selection().selectedProperty().get()).isEqualTo(SANDBOX_POD);
    }

    @Test
    @DisplayName("an unknown cluster-wide policy id shows nothing rather than another policy")
    void unknownClusterPolicyShowsNothing() {
        app.selection().select(DetailsBuilder.CLUSTER_POLICY_PREFIX + "CLUSTER_NETWORK_POLICY/sandbox-stays-out-of-api");
        assertThat(app.selection().detailsProperty().get()).isEqualTo(new Details.Nothing());
        app.selection().select(DetailsBuilder.CLUSTER_POLICY_PREFIX + "no-kind-here");
        assertThat(app.selection().detailsProperty().get()).isEqualTo(new Details.Nothing());
    }

    @Test
    @DisplayName("the sandbox → api line is blocked, and its walk says the Admin tier denied it at egress with the policy's rule, naming no later tier")
    void blockedLineNamesTheAdminPolicy() {
        Details.Traffic t = traffic(SANDBOX, ORDERS);
        assertThat(t.edge().verdict()).isEqualTo(TrafficVerdict.BLOCKED);
        assertThat(t.edge().decidedByClusterTiers()).isTrue();
        assertThat(t.explanation().ports()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.answer()).isEqualTo(Answer.DENIED);
            TierWalk egress = TierWalk.of(p).get(0);
            assertThat(egress.direction()).isEqualTo(Direction.EGRESS);
            assertThat(egress.steps()).hasSize(1);
            TierWalk.Step step = egress.decidingStep().orElseThrow();
            assertThat(step.tier()).isEqualTo(TierKind.ADMIN);
            assertThat(step.result()).isEqualTo(StepResult.DENIED);
            assertThat(step.actingRule()).hasValueSatisfying(r -> {
                assertThat(r.policy().name()).isEqualTo("sandbox-stays-out-of-api");
                assertThat(r.ruleName()).isEqualTo("deny-to-api");
                assertThat(r.action()).isEqualTo(RuleAction.DENY);
            });
            assertThat(TierWalk.selectionId(step.actingRule().get().policy()))
                    .contains(DetailsBuilder.CLUSTER_POLICY_PREFIX + "ADMIN_NETWORK_POLICY/sandbox-stays-out-of-api");
        });
    }

    @Test
    @DisplayName("web → api walks Admin (no rule matches), then the NetworkPolicy that admits it, which decides; the Baseline tier is never reached")
    void allowedLineWalksEveryTierUpToTheNetworkPolicy() {
        Details.Traffic t = traffic(FRONTEND, ORDERS);
        var https = t.explanation().ports().stream().filter(p -> p.port().number() == 8443).findFirst().orElseThrow();
        assertThat(https.answer()).isEqualTo(Answer.ALLOWED);
        TierWalk ingress = TierWalk.of(https).stream().filter(w -> w.direction() == Direction.INGRESS).findFirst().orElseThrow();
        assertThat(ingress.steps()).extracting(TierWalk.Step::tier).containsExactly(TierKind.ADMIN, TierKind.NETWORK_POLICY);
        assertThat(ingress.steps()).extracting(TierWalk.Step::result).containsExactly(StepResult.NO_MATCH, StepResult.ALLOWED);
        assertThat(ingress.decidingStep()).hasValueSatisfying(s -> {
            assertThat(s.tier()).isEqualTo(TierKind.NETWORK_POLICY);
            assertThat(s.policies()).extracting(p -> TierWalk.selectionId(p).orElseThrow())
                    .containsExactly(DetailsBuilder.POLICY_PREFIX + "api/orders-from-frontends");
        });
        TierWalk egress = TierWalk.of(https).get(0);
        assertThat(egress.decidedByDefault()).isTrue();
        assertThat(egress.answer()).isEqualTo(Answer.ALLOWED);
    }

    @Test
    @DisplayName("sandbox → web falls through Admin and NetworkPolicy at ingress and the baseline policy denies it")
    void baselineDecidesWhatNoTeamDecides() {
        Details.Traffic t = traffic(SANDBOX, FRONTEND);
        assertThat(t.explanation().ports()).isNotEmpty().allSatisfy(p -> {
            TierWalk ingress = TierWalk.of(p).get(1);
            assertThat(ingress.steps()).extracting(TierWalk.Step::tier).containsExactly(TierKind.ADMIN, TierKind.NETWORK_POLICY, TierKind.BASELINE);
            assertThat(ingress.decidingStep()).hasValueSatisfying(s -> {
                assertThat(s.tier()).isEqualTo(TierKind.BASELINE);
                assertThat(s.actingRule().orElseThrow().ruleName()).isEqualTo("deny-from-sandboxes");
            });
        });
    }

    @Test
    @DisplayName("marking the guard rails with nothing selected stresses exactly the lines an admin or baseline rule decides, and the selection wins over it")
    void guardRailsMarkTheLinesClusterPoliciesDecide() {
        var layout = app.workspace().layoutProperty().get();
        List<String> decided = layout.connections().stream()
                .filter(c -> c.edge() instanceof GraphEdge.Traffic t && t.decidedByClusterTiers()).map(c -> c.id()).toList();
        List<String> others = layout.connections().stream().filter(c -> c.edge() instanceof GraphEdge.Traffic).map(c -> c.id())
                .filter(id -> !decided.contains(id)).toList();
        assertThat(decided).isNotEmpty();
        assertThat(others).isNotEmpty();
        assertThat(app.selection().highlightProperty().get()).isEmpty();

        app.selection().guardRailsProperty().set(true);
        assertThat(app.selection().highlightProperty().get()).containsAll(decided).doesNotContainAnyElementsOf(others);

        app.selection().select(SANDBOX_POD);
        assertThat(app.selection().highlightProperty().get()).contains(SANDBOX_POD);
        app.selection().select("");
        assertThat(app.selection().highlightProperty().get()).containsAll(decided);
        app.selection().guardRailsProperty().set(false);
        assertThat(app.selection().highlightProperty().get()).isEmpty();
    }

    private Details.Traffic traffic(String from, String to) {
        GraphEdge.Traffic edge = app.workspace().analysisProperty().get().graph().traffic(from, to).orElseThrow();
        app.selection().select(edge.id());
        return (Details.Traffic) app.selection().detailsProperty().get();
    }
}
