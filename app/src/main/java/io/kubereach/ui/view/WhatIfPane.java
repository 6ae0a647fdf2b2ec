package io.kubereach.ui.view;

import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.graph.TrafficPair;
import io.kubereach.model.Namespace;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.WhatIfLine;
import io.kubereach.ui.model.WhatIfPolicy;
import io.kubereach.ui.model.WhatIfStep;
import io.kubereach.ui.model.WhatIfViewModel;
import io.kubereach.whatif.PolicyTemplate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The what-if panel under the diagram: the policies (as edited), the YAML editor with its
 * problem at the line, the summary of what the edits change and its lines (a click selects one
 * in the diagram), and the selected line before and after, with "what would allow it?". Only
 * binds to the {@link WhatIfViewModel}; Ctrl+Z and Ctrl+Shift+Z undo and redo what-if steps.
 */
final class WhatIfPane extends BorderPane {

    private final WhatIfViewModel whatIf;
    private final AppViewModel vm;
    private final TextArea editor = new TextArea();
    private final VBox lineBox = new VBox(4);
    private boolean showing;

    WhatIfPane(AppViewModel vm, WindowActions actions, ViewScope scope) {
        this.vm = vm;
        this.whatIf = vm.whatIf();
        setId("what-if");
        getStyleClass().add("what-if");
        setPadding(new Insets(6));

        ComboBox<String> namespace = new ComboBox<>();
        namespace.setId("what-if-namespace");
        namespace.setTooltip(scope.tooltip("whatIf.namespace"));
        scope.listenNow(vm.workspace().analysisProperty(), (obs, old, now) -> {
            namespace.getItems().setAll(now == null ? java.util.List.of() : now.snapshot().namespaces().stream().map(Namespace::name).sorted().toList());
            if (!namespace.getItems().isEmpty() && !namespace.getItems().contains(namespace.getValue())) {
                namespace.setValue(namespace.getItems().contains("default") ? "default" : namespace.getItems().get(0));
            }
        });
        MenuButton add = scope.texted(new MenuButton(), "whatIf.add");
        add.setId("what-if-add");
        for (PolicyTemplate t : PolicyTemplate.values()) {
            MenuItem item = scope.texted(new MenuItem(), t.labelKey());
            item.setId("what-if-template-" + t.name());
            item.setOnAction(e -> whatIf.add(t, Optional.ofNullable(namespace.getValue()).orElse("default")));
            add.getItems().add(item);
        }
        Button copy = button(scope, "whatIf.copy", "what-if-copy", () -> whatIf.selectedProperty().get().ifPresent(whatIf::copy));
        Button delete = button(scope, "whatIf.delete", "what-if-delete", () -> whatIf.selectedProperty().get().ifPresent(whatIf::delete));
        Button undo = button(scope, "whatIf.undo", "what-if-undo", whatIf::undo);
        Button redo = button(scope, "whatIf.redo", "what-if-redo", whatIf::redo);
        Button save = button(scope, "whatIf.save", "what-if-save", actions::saveWhatIf);
        Button clear = button(scope, "whatIf.clear", "what-if-clear", whatIf::clear);
        scope.listenNow(whatIf.selectedProperty(), (obs, old, now) -> {
            copy.setDisable(now.isEmpty());
            delete.setDisable(now.isEmpty() || now.get().state() == WhatIfPolicy.State.DELETED);
        });
        scope.showNow(whatIf.nextUndoProperty(), (obs, old, now) -> {
            undo.setDisable(now.isEmpty());
            undo.setTooltip(new Tooltip(now.map(s -> stepText("whatIf.undoStep", s)).orElse(Words.text("whatIf.nothingToUndo"))));
        });
        scope.showNow(whatIf.nextRedoProperty(), (obs, old, now) -> {
            redo.setDisable(now.isEmpty());
            redo.setTooltip(new Tooltip(now.map(s -> stepText("whatIf.redoStep", s)).orElse(Words.text("whatIf.nothingToRedo"))));
        });
        scope.listenNow(whatIf.editsProperty(), (obs, old, now) -> {
            save.setDisable(now.isEmpty());
            clear.setDisable(now.isEmpty());
        });
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, add, namespace, copy, delete, undo, redo, save, clear);
        bar.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        bar.setPadding(new Insets(0, 0, 6, 0));
        Tooltip.install(bar, scope.tooltip("whatIf.title"));
        setTop(bar);

        SplitPane parts = new SplitPane(policyList(scope), editorPart(scope), changesPart(scope, legend(vm, scope)));
        parts.setDividerPositions(0.22, 0.6);
        setCenter(parts);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
                if (e.isShiftDown()) {
                    whatIf.redo();
                } else {
                    whatIf.undo();
                }
                e.consume();
            }
        });
        setPrefHeight(320);
    }

    /** The what-if's line styles, in the diagram's colours and words. */
    private static javafx.scene.Node legend(AppViewModel vm, ViewScope scope) {
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 2);
        box.setId("what-if-legend");
        io.kubereach.diagram.LineClass[] classes = {io.kubereach.diagram.LineClass.BECAME_ALLOWED,
            io.kubereach.diagram.LineClass.BECAME_BLOCKED, io.kubereach.diagram.LineClass.PORTS_CHANGED};
        String[] keys = {"legend.becameAllowed", "legend.becameBlocked", "legend.portsChanged"};
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> {
            io.kubereach.diagram.DiagramStyle style = io.kubereach.diagram.DiagramStyle.of(now.isDark());
            box.getChildren().clear();
            for (int i = 0; i < classes.length; i++) {
                javafx.scene.shape.Line sample = new javafx.scene.shape.Line(0, 0, 22, 0);
                sample.setStrokeWidth(3.5);
                int rgb = style.classColor(classes[i]);
                sample.setStroke(javafx.scene.paint.Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
                if (style.dashed(classes[i])) {
                    sample.getStrokeDashArray().setAll(6.0, 4.0);
                }
                Label words = scope.texted(new Label(null, sample), keys[i]);
                words.getStyleClass().add("text-small");
                box.getChildren().add(words);
            }
        });
        return box;
    }

    private static String stepText(String key, WhatIfStep step) {
        return Words.text(key, Words.text(step.kind().key()), step.subject());
    }

    private static Button button(ViewScope scope, String key, String id, Runnable action) {
        Button b = scope.texted(new Button(), key);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private ListView<WhatIfPolicy> policyList(ViewScope scope) {
        ListView<WhatIfPolicy> list = new ListView<>(whatIf.policies());
        list.setId("what-if-policies");
        list.setCellFactory(v -> new ListCell<>() {
            // one tooltip per cell, its text changed: a tooltip is a window of its own, too dear to make at each update
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(WhatIfPolicy item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("what-if-EDITED", "what-if-ADDED", "what-if-DELETED", "what-if-UNCHANGED");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String mark = item.state() == WhatIfPolicy.State.UNCHANGED ? "" : "  (" + Words.text(item.state().key()) + ")";
                setText(listName(item) + mark);
                tip.setText(item.key().toString());
                setTooltip(tip);
                getStyleClass().add("what-if-" + item.state().name());
            }
        });
        scope.retext(list::refresh);
        // the list keeps its selection through the view model's listing the policies again after each keystroke
        // (the same policy as edited now): only a choice of another policy is a selection, which ends a run of typing
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && !whatIf.selectedProperty().get().map(now::samePolicy).orElse(false)) {
                whatIf.select(Optional.of(now));
            }
        });
        scope.listenNow(whatIf.selectedProperty(), (obs, old, now) -> {
            showing = true;
            try {
                now.ifPresentOrElse(p -> list.getSelectionModel().select(p), () -> list.getSelectionModel().clearSelection());
            } finally {
                showing = false;
            }
        });
        return list;
    }

    private VBox editorPart(ViewScope scope) {
        editor.setId("what-if-editor");
        editor.promptTextProperty().bind(scope.text("whatIf.editor.prompt"));
        editor.setStyle("-fx-font-family: monospace;");
        Label problem = new Label();
        problem.setId("what-if-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(Double.MAX_VALUE);
        scope.listenNow(whatIf.textProperty(), (obs, old, now) -> {
            if (!editor.getText().equals(now)) {
                showing = true;
                try {
                    editor.setText(now);
                } finally {
                    showing = false;
                }
            }
        });
        editor.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                whatIf.type(now);
            }
        });
        Runnable state = () -> {
            Optional<WhatIfPolicy> selected = whatIf.selectedProperty().get();
            boolean deleted = selected.map(p -> p.state() == WhatIfPolicy.State.DELETED).orElse(false);
            editor.setEditable(selected.isPresent() && !deleted);
            problem.getStyleClass().removeAll("danger", "success", "text-muted");
            if (whatIf.problemProperty().get().isPresent()) {
                io.kubereach.source.PolicyText.Problem p = whatIf.problemProperty().get().get();
                String words = Messages.text(p.message());
                // a syntax error names its line itself; a refused value gets the line that holds it
                boolean syntax = p.column() > 0;
                problem.setText(p.line().isPresent() && !syntax ? Words.text("whatIf.atLine", p.line().getAsInt(), words) : words);
                problem.getStyleClass().add("danger");
            } else if (deleted) {
                problem.setText(Words.text("whatIf.deletedPolicy"));
                problem.getStyleClass().add("text-muted");
            } else {
                problem.setText(selected.flatMap(WhatIfPolicy::edit).isPresent() ? Words.text("whatIf.valid") : "");
                problem.getStyleClass().add("success");
            }
        };
        scope.listenNow(whatIf.problemProperty(), (obs, old, now) -> state.run());
        scope.listenNow(whatIf.selectedProperty(), (obs, old, now) -> state.run());
        scope.retext(state);
        VBox.setVgrow(editor, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("what-if-saved");
        saved.getStyleClass().add("text-muted");
        scope.listenNow(whatIf.savedProperty(), (obs, old, now) -> saved.setText(now));
        return new VBox(4, editor, problem, saved);
    }

    private VBox changesPart(ViewScope scope, javafx.scene.Node legend) {
        Label summary = new Label();
        summary.setId("what-if-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never "… or edit ..."
        scope.showNow(whatIf.summaryProperty(), (obs, old, now) -> summary.setText(now.isEmpty() ? Words.text("whatIf.noEdits") : now));
        ListView<TrafficChanges.EdgeChange> changes = new ListView<>(whatIf.changes());
        changes.setId("what-if-changes");
        changes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TrafficChanges.EdgeChange item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("what-if-ADDED", "what-if-REMOVED", "what-if-CHANGED");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(Words.text(changeKey(item.kind())) + ": "
                        + shortName(item.sourceId()) + " \u2192 " + shortName(item.targetId()));
                getStyleClass().add("what-if-" + item.kind().name());
            }
        });
        changes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selection().select(now.edgeId());
            }
        });
        scope.retext(changes::refresh);
        changes.setPrefHeight(120);
        lineBox.setId("what-if-line");
        scope.listenNow(vm.selection().selectedPairProperty(), (obs, old, now) -> showLine());
        scope.listenNow(vm.selection().detailsProperty(), (obs, old, now) -> showLine());
        scope.listenNow(whatIf.judgementProperty(), (obs, old, now) -> showLine());
        scope.showNow(whatIf.proposalNoteProperty(), (obs, old, now) -> showLine());
        javafx.scene.control.ScrollPane lineScroll = new javafx.scene.control.ScrollPane(lineBox);
        lineScroll.setFitToWidth(true);
        VBox.setVgrow(lineScroll, Priority.ALWAYS);
        return new VBox(4, summary, legend, changes, lineScroll);
    }

    /** The selected line before and after, and what would allow it or what admits it. */
    private void showLine() {
        lineBox.getChildren().clear();
        Optional<TrafficPair> pair = vm.selection().selectedPairProperty().get();
        Optional<WhatIfLine> line = pair.flatMap(p -> whatIf.line(p.fromId(), p.toId()));
        if (line.isEmpty()) {
            // an answer whose ends are no pod or workload each (addresses, several workloads behind a Service) has no one line
            boolean answer = vm.selection().detailsProperty().get() instanceof io.kubereach.ui.model.Details.Answer;
            lineBox.getChildren().add(wrapped(Words.text(answer ? "whatIf.noAnswerLine" : "whatIf.noLine"), "text-muted"));
            return;
        }
        WhatIfLine l = line.get();
        lineBox.getChildren().add(wrapped(Words.text("whatIf.line", shortName(l.sourceId()), shortName(l.targetId())), "text-bold"));
        lineBox.getChildren().add(wrapped(Words.text("whatIf.before") + ": " + verdict(l.before()), ""));
        l.beforeReasons().forEach(r -> lineBox.getChildren().add(wrapped("  " + r, "text-small")));
        lineBox.getChildren().add(wrapped(Words.text("whatIf.after") + ": " + verdict(l.after()), ""));
        l.afterReasons().forEach(r -> lineBox.getChildren().add(wrapped("  " + r, "text-small")));
        if (l.blockedAfter()) {
            Button propose = new Button(Words.text("whatIf.propose")); // made again by each showLine, in the language shown
            propose.setId("what-if-propose");
            propose.setOnAction(e -> whatIf.proposeFor(l.sourceId(), l.targetId()));
            lineBox.getChildren().add(propose);
        } else if (l.after().filter(v -> v == PairVerdict.ALLOWED).isPresent()) {
            lineBox.getChildren().add(wrapped(Words.text("whatIf.admittedBy") + ": " + (l.admittedBy().isEmpty()
                    ? Words.text("whatIf.admittedBy.none") : String.join("; ", l.admittedBy())), ""));
        }
        whatIf.proposalNoteProperty().get().ifPresent(note -> lineBox.getChildren().add(wrapped(Messages.text(note), "text-muted")));
    }

    static String changeKey(io.kubereach.diff.ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "whatIf.change.added";
            case REMOVED -> "whatIf.change.removed";
            default -> "whatIf.change.changed";
        };
    }

    private static String verdict(Optional<PairVerdict> verdict) {
        return verdict.map(Words::pairVerdict).orElse("\u2014");
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (!style.isEmpty()) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    /** {@code namespace/name} for a NetworkPolicy, {@code Kind name} for the other kinds. */
    private static String listName(WhatIfPolicy policy) {
        return policy.key().kind().equals("NetworkPolicy") ? policy.key().namespace() + "/" + policy.key().name() : policy.key().toString();
    }

    /** A vertex id without its kind prefix: {@code default/Job/nightly}. */
    static String shortName(String vertexId) {
        int colon = vertexId.indexOf(':');
        return colon < 0 ? vertexId : vertexId.substring(colon + 1);
    }
}
