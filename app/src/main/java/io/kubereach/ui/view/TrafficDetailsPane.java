package io.kubereach.ui.view;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.engine.Decider;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.PortVerdict;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.TierWalk;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A traffic edge: its verdict, what may be opened, then for each pair of pods and each port the
 * verdict, the tier walk of each side (which tier decided, with its policy, rule and action) and
 * the engine's reasons (which policies isolate each side, which rule admits or why none does). Under a CNI that does not enforce policy the verdict is marked as intended only.
 */
final class TrafficDetailsPane extends VBox {

    TrafficDetailsPane(AppViewModel vm, Details.Traffic t, DetailSections sections) {
        super(8);
        setId("details-traffic");
        getChildren().add(DetailSections.heading(Words.text("details.traffic.title", t.from(), t.to())));
        HBox verdict = new HBox(8, new Label(Words.text("details.traffic.verdict")), DetailSections.verdict(t.verdict()));
        verdict.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(verdict);
        if (t.enforcement() == PolicyEnforcement.NOT_ENFORCED) {
            getChildren().add(DetailSections.warning(Words.text("details.traffic.notEnforced")));
        }
        getChildren().add(decidedBy(t));
        getChildren().add(DetailSections.paragraph(Words.text("details.traffic.allows", Words.connections(t.edge().allowed()))));
        if (!t.edge().unknown().isEmpty()) {
            getChildren().add(DetailSections.paragraph(Words.text("matrix.tip.unknown", Words.connections(t.edge().unknown()))));
        }
        getChildren().add(DetailSections.section(Words.text("details.traffic.ports")));
        String pair = "";
        for (PortVerdict p : t.explanation().ports()) {
            String thisPair = p.from() + " → " + p.to();
            if (!thisPair.equals(pair)) {
                pair = thisPair;
                Label pairLabel = DetailSections.paragraph(thisPair);
                pairLabel.getStyleClass().add("text-bold");
                getChildren().add(pairLabel);
            }
            HBox line = new HBox(8, new Label(p.port().toString()),
                    DetailSections.verdict(switch (p.answer()) {
                        case ALLOWED -> PairVerdict.ALLOWED;
                        case DENIED -> PairVerdict.BLOCKED;
                        case UNKNOWN -> PairVerdict.UNKNOWN;
                    }));
            p.decidingLanguages().stream().sorted().forEach(l -> line.getChildren().add(badge(Words.language(l), "language-" + l.name())));
            line.setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(line, TierWalkView.of(vm, TierWalk.of(p), sections));
            VBox reasons = new VBox(2);
            p.reasons(Messages.current().language()).forEach(r -> reasons.getChildren().add(DetailSections.muted(r)));
            reasons.setStyle("-fx-padding: 0 0 4 14;");
            getChildren().add(reasons);
        }
        if (t.explanation().ports().isEmpty()) {
            getChildren().add(DetailSections.muted(Words.text("details.traffic.noPorts")));
        }
        getChildren().add(DetailSections.muted(Words.text("details.traffic.engineWords")));
    }

    /**
     * Who decided some of the edge's connections, as badges: each kind of tier, and in the
     * NetworkPolicy tier the language that decided (a Cilium allow rule, Calico's default tier);
     * none when no policy decided any.
     */
    private static HBox decidedBy(Details.Traffic t) {
        HBox row = new HBox(6, new Label(Words.text("details.traffic.decidedBy")));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("decided-by-badges");
        for (Decider d : t.edge().deciders()) {
            boolean byLanguage = d.tier() == TierKind.NETWORK_POLICY && d.language() != PolicyLanguage.KUBERNETES;
            row.getChildren().add(byLanguage ? badge(Words.language(d.language()), "tier-" + d.tier().name() + "-" + d.language().name())
                    : badge(Words.tier(d.tier()), "tier-" + d.tier().name()));
        }
        if (t.edge().decidingTiers().isEmpty()) {
            row.getChildren().add(DetailSections.muted(Words.text(t.edge().unknown().isEmpty() ? "details.traffic.decidedByNothing"
                    : "details.traffic.decidedByUnknown")));
        }
        return row;
    }

    private static Label badge(String text, String id) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("chip", "decider-badge");
        badge.setId(id);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    /** A line standing for many traffic edges between two groups. */
    static VBox aggregate(Details.Aggregate a) {
        VBox box = new VBox(8, DetailSections.heading(Words.text("details.traffic.title", a.from(), a.to())),
                DetailSections.paragraph(a.line().label()));
        a.line().verdict().ifPresent(v -> box.getChildren().add(DetailSections.verdict(v)));
        box.getChildren().add(DetailSections.muted(Words.text("details.aggregate.hint")));
        box.setId("details-aggregate");
        return box;
    }
}
