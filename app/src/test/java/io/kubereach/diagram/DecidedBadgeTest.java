package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.Decider;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.source.ManifestSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the badge of a traffic line: which kinds of policy tier decided it")
class DecidedBadgeTest {

    private static final String SANDBOX = "workload:sandbox/ReplicaSet/experiment-6b7c8d9e0";
    private static final String ORDERS = "workload:api/ReplicaSet/orders-5c6d7e8f9";
    private static final String FRONTEND = "workload:web/ReplicaSet/frontend-7d9c5b8f6";

    private static DiagramLayout layout;

    @BeforeAll
    static void layOut() throws Exception {
        layout = layout(Path.of("..", "docs", "examples", "guard-rails"));
    }

    private static String label(String from, String to) {
        return label(layout, from, to);
    }

    @Test
    @DisplayName("a blocked line says only which tier blocked it: the admin policy's sandbox → api, the baseline's sandbox → web")
    void blockedLinesNameTheDecidingTier() {
        assertThat(label(SANDBOX, ORDERS)).isEqualTo("Admin");
        assertThat(label(SANDBOX, FRONTEND)).isEqualTo("Baseline");
    }

    @Test
    @DisplayName("a line allowed on some ports names its ports, then the tier that admitted them")
    void allowedPortsThenTheirTier() {
        assertThat(label(FRONTEND, ORDERS)).isEqualTo("TCP 8443 · NP");
    }

    @Test
    @DisplayName("a line no policy decided carries no badge; a line allowed everywhere by an admin rule says so")
    void noPolicyNoBadge() {
        assertThat(label(ORDERS, FRONTEND)).isEqualTo("All Connections");
        assertThat(label("workload:monitoring/StatefulSet/prometheus", ORDERS)).isEqualTo("All Connections · Admin");
    }

    @Test
    @DisplayName("drawn, the lines show their badges, and a line allowed everywhere its badge without its ports")
    void drawnBadges() {
        RecordingPen pen = new RecordingPen();
        new PictureRenderer(layout, layout.lineSet(Detail.everything()), DiagramStyle.LIGHT, Emphasis.NONE)
                .render(pen, new Viewport(0, 0, 3, layout.width() * 3, layout.height() * 3), Detail.everything());
        assertThat(pen.texts()).extracting(RecordingPen.Text::text).as("texts drawn at zoom 3")
                .anyMatch(t -> t.equals("Admin") || t.equals("Baseline") || t.equals("TCP 8443 · NP"))
                .noneMatch(t -> t.contains("All Connections"));
    }

    @Test
    @DisplayName("a line that cannot be judged is not labelled as if it carried no connection, and carries no badge: unknown is not decided")
    void unknownLinesSayNoPorts() throws Exception {
        NetworkGraph graph = NetworkGraphBuilder.build(new ManifestSource().read(Path.of("src", "test", "resources", "cnipol", "unknown",
                "istio-antrea-and-fqdn")));
        DiagramLayout unknown = new DiagramLayouter(DemoDiagram.english()).layout(graph.graph(), Grouping.NAMESPACE);
        assertThat(unknown.lines()).filteredOn(l -> l.lineClass() == LineClass.UNKNOWN).isNotEmpty()
                .allSatisfy(l -> assertThat(l.label()).doesNotContain("No Connections"));
    }

    @Test
    @DisplayName("a line a Cilium allow rule decided says Cilium, and so does one Cilium's default deny blocked"
            + " (Cilium's layer3.rst \"Simple Ingress Allow\")")
    void ciliumAllowRulesAreNamedCilium() throws Exception {
        DiagramLayout cilium = layout(Path.of("src", "test", "resources", "cnipol", "cilium", "l3-ingress-from-endpoints"));
        assertThat(label(cilium, "workload:default/Pod/frontend", "workload:default/Pod/backend")).isEqualTo("All Connections · Cilium");
        assertThat(label(cilium, "workload:default/Pod/other", "workload:default/Pod/backend")).isEqualTo("Cilium");
    }

    @Test
    @DisplayName("a line Calico's default tier decided says Calico; in that tier, a line a Kubernetes NetworkPolicy decided says NP"
            + " (Calico's conversion.go: Kubernetes NetworkPolicies at order 1000)")
    void calicoDefaultTierIsNamedCalicoAndKubernetesPoliciesNp() throws Exception {
        DiagramLayout calico = layout(Path.of("src", "test", "resources", "cnipol", "calico", "kubernetes-policies-at-order-1000"));
        assertThat(label(calico, "workload:default/Pod/client", "workload:default/Pod/server")).as("denied by a Calico policy of order 100")
                .isEqualTo("Calico");
        assertThat(label(calico, "workload:default/Pod/other", "workload:default/Pod/server")).as("allowed by the NetworkPolicy at order 1000")
                .isEqualTo("All Connections · NP");
        DiagramLayout tutorial = layout(Path.of("src", "test", "resources", "cnipol", "calico", "tutorial-allow-ingress-to-nginx"));
        assertThat(label(tutorial, "workload:advanced-policy-demo/Pod/access", "workload:advanced-policy-demo/Pod/nginx"))
                .as("Calico's policy tutorial, step 4").isEqualTo("All Connections · Calico");
    }

    @Test
    @DisplayName("words come in walking order, each once (a Calico tier and Calico's default tier are one word), two at most,"
            + " the others counted; in Chinese too")
    void wordsInWalkingOrder() {
        DiagramText en = DiagramText.of(Locale.ENGLISH);
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.BASELINE), Decider.of(TierKind.ADMIN)), en)).isEqualTo("Admin · Baseline");
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.CALICO), new Decider(TierKind.NETWORK_POLICY, PolicyLanguage.CALICO)), en))
                .isEqualTo("Calico");
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.CILIUM_DENY), new Decider(TierKind.NETWORK_POLICY, PolicyLanguage.CILIUM),
                Decider.of(TierKind.NETWORK_POLICY)), en)).isEqualTo("Cilium · NP");
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.BASELINE), Decider.of(TierKind.ADMIN), Decider.of(TierKind.NETWORK_POLICY),
                Decider.of(TierKind.CALICO)), en)).isEqualTo("Admin · Calico +2");
        assertThat(DecidedBadge.of(Set.of(), en)).isEmpty();
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.ADMIN), Decider.of(TierKind.CILIUM_DENY)), DiagramText.of(Locale.SIMPLIFIED_CHINESE)))
                .contains("管理员", "Cilium");
    }

    @Test
    @DisplayName("the legend names every word a badge can show, Cilium and Calico by their language; in Chinese too")
    void legendAgreesWithBadges() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            DiagramText text = DiagramText.of(locale);
            String legend = text.get("legend.decidedBy");
            for (Decider decider : Decider.ALL) {
                if (decider.tier() != TierKind.UNEVALUATED) { // an object not evaluated never decides: its lines are unknown, without a badge
                    String word = DecidedBadge.of(List.of(decider), text);
                    assertThat(List.of(",", "、", ":", "：")).as("%s (%s) named in the %s legend: %s", decider, word, locale, legend)
                            .anyMatch(separator -> legend.contains(word + separator));
                }
            }
        }
        DiagramText en = DiagramText.of(Locale.ENGLISH);
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.CILIUM_DENY)), en)).isEqualTo("Cilium");
        assertThat(DecidedBadge.of(List.of(new Decider(TierKind.NETWORK_POLICY, PolicyLanguage.CILIUM)), en)).isEqualTo("Cilium");
        assertThat(DecidedBadge.of(List.of(new Decider(TierKind.NETWORK_POLICY, PolicyLanguage.CALICO)), en)).isEqualTo("Calico");
        assertThat(DecidedBadge.of(List.of(Decider.of(TierKind.NETWORK_POLICY)), en)).isEqualTo("NP");
    }

    private static DiagramLayout layout(Path folder) throws Exception {
        NetworkGraph graph = NetworkGraphBuilder.build(new ManifestSource().read(folder));
        return new DiagramLayouter(DemoDiagram.english()).layout(graph.graph(), Grouping.NAMESPACE);
    }

    private static String label(DiagramLayout in, String from, String to) {
        String id = "traffic:" + from + ">" + to;
        return in.lines().stream().filter(l -> l.kind() == LineKind.TRAFFIC && l.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + in.lines().stream().map(DiagramLine::id).toList())).label();
    }
}
