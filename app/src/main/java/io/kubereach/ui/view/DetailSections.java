package io.kubereach.ui.view;

import io.kubereach.describe.ConceptExplanation;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import io.kubereach.ui.model.LineBreaks;
import io.kubereach.text.Sentence;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The building blocks of the details panel: headings, facts, chips, links, explanations. */
final class DetailSections {

    private final MessageText messages;

    DetailSections(Language language) {
        this.messages = MessageText.in(language);
    }

    static Label heading(String text) {
        Label l = new Label(LineBreaks.soft(text));
        l.getStyleClass().add("title-3");
        l.setWrapText(true);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-4", "details-section");
        l.setWrapText(true);
        return l;
    }

    /** A paragraph that wraps: at spaces, and inside long names at their boundaries ({@link LineBreaks}). */
    static Label paragraph(String text) {
        Label l = new Label(LineBreaks.soft(text));
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    static Label muted(String text) {
        Label l = paragraph(text);
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    static Label warning(String text) {
        Label l = paragraph(text);
        l.getStyleClass().add("details-warning");
        return l;
    }

    /** A verdict word in its colour. */
    static Label verdict(TrafficVerdict verdict) {
        Label l = new Label(Words.text(switch (verdict) {
            case ALLOWED -> "verdict.ALLOWED";
            case PARTIAL -> "verdict.PARTIAL";
            case BLOCKED -> "verdict.BLOCKED";
        }));
        l.getStyleClass().addAll("verdict", "verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** A pair's verdict as a coloured chip, unknown in grey. */
    static Label verdict(PairVerdict verdict) {
        Label l = new Label(Words.pairVerdict(verdict));
        l.getStyleClass().addAll("verdict", "verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** Key and value rows. */
    static GridPane facts(Map<String, String> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(80);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        for (Map.Entry<String, String> e : rows.entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add("text-muted");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label value = paragraph(e.getValue());
            grid.addRow(row++, key, value);
        }
        return grid;
    }

    /** Labels as chips. */
    static FlowPane chips(Map<String, String> labels) {
        FlowPane pane = new FlowPane(4, 4);
        // a flow pane's minimum is its widest chip unwrapped, which widened the whole panel past its edge
        pane.setMinWidth(0);
        new TreeMap<>(labels).forEach((k, v) -> {
            Label chip = new Label(LineBreaks.soft(k + "=" + v));
            chip.getStyleClass().add("chip");
            // a chip wider than the panel wraps inside itself rather than widen the details
            chip.setWrapText(true);
            chip.maxWidthProperty().bind(pane.widthProperty());
            chip.setMinHeight(Label.USE_PREF_SIZE);
            pane.getChildren().add(chip);
        });
        if (labels.isEmpty()) {
            pane.getChildren().add(muted(Words.text("details.none")));
        }
        return pane;
    }

    static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(LineBreaks.soft(text));
        link.setOnAction(e -> action.run());
        link.setPadding(new Insets(0));
        link.setWrapText(true);
        return link;
    }

    /** A message of the model in the language in use. */
    String render(io.kubereach.text.Message message) {
        return messages.render(message);
    }

    /** Concept explanations: each title in bold, then its paragraphs. */
    Node concepts(List<ConceptExplanation> explanations) {
        VBox box = new VBox(6);
        for (ConceptExplanation c : explanations) {
            VBox one = new VBox(3);
            Label title = paragraph(messages.render(c.title()));
            title.getStyleClass().add("text-bold");
            one.getChildren().add(title);
            c.paragraphs().forEach(p -> one.getChildren().add(paragraph(messages.render(p))));
            one.getStyleClass().add("concept");
            box.getChildren().add(one);
        }
        return box;
    }

    /** Sentences indented by depth, with a bullet before nested ones. */
    Node sentences(List<Sentence> sentences) {
        VBox box = new VBox(3);
        for (Sentence s : sentences) {
            String text = messages.render(s.message());
            Label l = paragraph(s.depth() == 0 ? text : "• " + text);
            l.setPadding(new Insets(0, 0, 0, 16 * s.depth()));
            box.getChildren().add(l);
        }
        return box;
    }
}
