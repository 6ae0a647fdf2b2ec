package io.kubereach.ui.view;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyRef;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.Uncertainty;
import io.kubereach.model.Direction;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.TierWalk;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The tier walk of each side of one port, a row per tier in the order it was walked (Admin →
 * NetworkPolicy → Baseline, and the other languages' tiers): what the tier did, its policies
 * (links to their descriptions) and the rule that acted; the row that decided the side in bold.
 */
final class TierWalkView {

    private TierWalkView() {
    }

    /** The walks of both sides, one under the other. */
    static VBox of(AppViewModel vm, List<TierWalk> walks, DetailSections sections) {
        VBox box = new VBox(2);
        box.getStyleClass().add("tier-walk");
        for (TierWalk walk : walks) {
            box.getChildren().add(DetailSections.muted(Words.text(walk.direction() == Direction.EGRESS ? "walk.egress" : "walk.ingress",
                    walk.at())));
            for (TierWalk.Step step : walk.steps()) {
                box.getChildren().add(row(vm, step, sections));
            }
            if (walk.decidedByDefault()) {
                Label end = DetailSections.paragraph(Words.text(walk.answer() == Answer.UNKNOWN ? "walk.end.unknown" : "walk.end.allowed"));
                end.getStyleClass().add("tier-walk-decided");
                box.getChildren().add(indented(new HBox(6, tierChip(Words.text("walk.end")), end)));
            }
        }
        return box;
    }

    private static Node row(AppViewModel vm, TierWalk.Step step, DetailSections sections) {
        TextFlow words = new TextFlow();
        for (Node n : what(vm, step, sections)) {
            boolean punctuation = n instanceof Text t && !t.getText().isEmpty() && ";,；，".indexOf(t.getText().charAt(0)) >= 0;
            if (!words.getChildren().isEmpty() && !punctuation) {
                words.getChildren().add(new Text(" "));
            }
            words.getChildren().add(n);
        }
        words.getChildren().forEach(n -> n.getStyleClass().add(step.decided() ? "tier-walk-decided" : "tier-walk-text"));
        words.getChildren().forEach(n -> {
            if (n instanceof FlowLink link) {
                link.fitTo(words);
            }
        });
        words.setPrefWidth(1); // takes the row's width and wraps in it
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(6, tierChip(step.name().isEmpty() ? Words.tier(step.tier()) : Words.text("walk.namedTier", Words.tier(step.tier()),
                step.name())), words);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(step.decided() ? "tier-step-decided" : "tier-step");
        return indented(row);
    }

    private static List<Node> what(AppViewModel vm, TierWalk.Step step, DetailSections sections) {
        boolean networkPolicy = step.tier() == TierKind.NETWORK_POLICY;
        return switch (step.result()) {
            case NOT_APPLIED -> List.of(word(networkPolicy ? "walk.np.notIsolated" : "walk.notApplied"));
            case NO_MATCH -> concat(policies(vm, step.policies()), word("walk.noMatch"));
            case PASSED -> concat(rule(vm, step), word("walk.passes"));
            case ALLOWED -> networkPolicy
                    ? concat(isolatedBy(vm, step), word("walk.np.admitted",
                            step.rules().stream().map(h -> h.policy().name() + " " + ruleWords(h)).collect(Collectors.joining(", "))))
                    : concat(rule(vm, step), word("walk.allows"));
            case DENIED -> step.denyingRule().isPresent() ? concat(rule(vm, step), word("walk.denies"))
                    : concat(isolatedBy(vm, step), word("walk.np.denied"));
            case UNKNOWN -> List.of(word("walk.unknown",
                    step.uncertainties().stream().map(Uncertainty::message).map(sections::render).collect(Collectors.joining("; "))));
        };
    }

    /** The policy and rule that acted: "AdminNetworkPolicy deny-x (priority 3) rule 2 `to-db`". */
    private static List<Node> rule(AppViewModel vm, TierWalk.Step step) {
        return step.actingRule().map(hit -> concat(policy(vm, hit.policy()), word("walk.rule", ruleWords(hit))))
                .orElseGet(() -> policies(vm, step.policies()));
    }

    private static String ruleWords(RuleHit hit) {
        String number = String.valueOf(hit.rule() + 1);
        return hit.ruleName().isEmpty() ? Words.text("walk.ruleNumber", number) : Words.text("walk.ruleNamed", number, hit.ruleName());
    }

    private static List<Node> isolatedBy(AppViewModel vm, TierWalk.Step step) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(word("walk.np.isolatedBy")), policies(vm, step.policies()).stream())
                .toList();
    }

    private static List<Node> policies(AppViewModel vm, List<PolicyRef> refs) {
        List<Node> out = new java.util.ArrayList<>();
        for (PolicyRef ref : refs) {
            if (!out.isEmpty()) {
                out.add(new Text(","));
            }
            out.addAll(policy(vm, ref));
        }
        return out;
    }

    /** A policy as its kind, its name (a link to its details when they describe it) and its priority. */
    private static List<Node> policy(AppViewModel vm, PolicyRef ref) {
        Node name = TierWalk.selectionId(ref).<Node>map(id -> new FlowLink(ref.name(), () -> vm.selection().follow(id)))
                .orElseGet(() -> new Text(ref.name()));
        List<Node> out = new java.util.ArrayList<>(List.of(new Text(ref.kind()), name));
        ref.priority().ifPresent(p -> out.add(new Text(Words.text("walk.priority", String.valueOf(p)))));
        return out;
    }

    private static Text word(String key, Object... args) {
        return new Text(Words.text(key, args));
    }

    private static List<Node> concat(List<Node> first, Node then) {
        return java.util.stream.Stream.concat(first.stream(), java.util.stream.Stream.of(then)).toList();
    }

    private static Label tierChip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", "tier-chip");
        chip.setMinWidth(104);
        chip.setMaxWidth(104);
        return chip;
    }

    private static Node indented(Node row) {
        VBox box = new VBox(row);
        box.setPadding(new Insets(0, 0, 0, 14));
        return box;
    }
}
