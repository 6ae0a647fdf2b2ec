package io.kubereach.ui.view;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.graph.PairVerdict;
import io.kubereach.query.Outcome;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import io.kubereach.ui.model.Details;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The answer to a question of the question bar: the verdict, then each judged connection with
 * its verdict and its trace (each side's isolating policies in evaluation order, the rule that
 * admitted it, or for a block the rules that came closest and what they lacked), in the words of
 * {@code can-reach --explain}. The verdict shows in the frame the answer arrives; the connections
 * follow a few a frame, then the command line that gives the same words.
 */
final class AnswerDetailsPane extends VBox {

    /** Connections laid out per frame. */
    static final int HOPS_PER_FRAME = 3;

    AnswerDetailsPane(Details.Answer a, Language language) {
        super(8);
        setId("details-answer");
        MessageText words = MessageText.in(language);
        String port = a.question().port().map(Object::toString).orElse(Words.text("question.everyPort"));
        getChildren().add(DetailSections.heading(Words.text("question.title", a.question().from(), a.question().to(), port)));
        if (a.problem().isPresent()) {
            Label problem = DetailSections.warning(Words.text(a.problem().get().key(), a.problem().get().reason().map(words::render).orElse("")));
            problem.setId("answer-problem");
            getChildren().add(problem);
            return;
        }
        Label verdict = DetailSections.verdict(pairVerdict(a.outcome().orElse(Outcome.UNKNOWN)));
        verdict.setId("answer-verdict");
        HBox line = new HBox(8, new Label(Words.text("details.traffic.verdict")), verdict);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(line);
        if (a.enforcement() == PolicyEnforcement.NOT_ENFORCED) {
            getChildren().add(DetailSections.warning(Words.text("details.traffic.notEnforced")));
        }
        a.notes().forEach(n -> getChildren().add(DetailSections.paragraph(words.render(n))));
        if (a.hops().isEmpty()) {
            getChildren().add(DetailSections.muted(Words.text("question.noConnection")));
        }
        getChildren().add(DetailSections.section(Words.text("question.trace")));
        // the connections come a few a frame (OnePerPulse): at 10,000 pods their two dozen wrapped traces laid out in one
        // frame held the JavaFX thread 110-160 ms after Enter; each piece adds its nodes where the whole pane had them
        List<Details.AnswerHop> hops = a.hops();
        for (int first = 0; first < hops.size(); first += HOPS_PER_FRAME) {
            List<Details.AnswerHop> piece = hops.subList(first, Math.min(hops.size(), first + HOPS_PER_FRAME));
            OnePerPulse.later(() -> {
                if (getScene() != null) {
                    piece.forEach(hop -> getChildren().addAll(hop(hop, words)));
                }
            });
        }
        OnePerPulse.later(() -> {
            if (a.hopsOmitted() > 0) {
                getChildren().add(DetailSections.muted(Words.text("question.omitted", a.hopsOmitted())));
            }
            getChildren().add(DetailSections.muted(Words.text("question.sameWords", cliLine(a))));
        });
    }

    /**
     * A judged connection: the verdict first, then the path on the whole width, then its trace indented; each part
     * works out its wrapped height once ({@link SettledBox}), not again as the pieces after it are added.
     */
    private static List<Node> hop(Details.AnswerHop hop, MessageText words) {
        // the path wraps at its spaces, never inside a pod's name
        Label path = DetailSections.paragraph(hop.path());
        path.getStyleClass().add("text-bold");
        VBox head = new SettledBox(2, DetailSections.verdict(hop.verdict()), path);
        VBox reasons = new SettledBox(2);
        reasons.getStyleClass().add("answer-trace");
        hop.reasons().forEach(r -> reasons.getChildren().add(DetailSections.paragraph(words.render(r))));
        hop.note().ifPresent(note -> reasons.getChildren().add(DetailSections.muted(words.render(note))));
        reasons.setPadding(new Insets(0, 0, 4, 14));
        return List.of(head, reasons);
    }

    /** The command that gives the same answer on the command line. */
    private static String cliLine(Details.Answer a) {
        return "kubereach can-reach " + a.question().from() + " " + a.question().to() + " "
                + a.question().port().map(Object::toString).orElse("") + " --explain";
    }

    static PairVerdict pairVerdict(Outcome outcome) {
        return switch (outcome) {
            case ALLOWED -> PairVerdict.ALLOWED;
            case PARTIAL -> PairVerdict.PARTIAL;
            case DENIED -> PairVerdict.BLOCKED;
            case UNKNOWN -> PairVerdict.UNKNOWN;
        };
    }
}
