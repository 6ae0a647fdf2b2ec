package io.kubereach.ui.view;

import io.kubereach.ui.model.QuestionViewModel;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The question bar: "Can FROM reach TO on PORT?" with completion of the cluster's names under
 * each end; Enter (or the button) asks, and the answer shows in the details at once. Ctrl+R
 * puts the caret in FROM.
 */
final class QuestionBar extends HBox {

    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField port = new TextField();

    QuestionBar(QuestionViewModel vm, ViewScope scope) {
        super(6);
        setId("question-bar");
        getStyleClass().add("question-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        field(scope, from, "question-from", "question.from.prompt", 22, vm);
        field(scope, to, "question-to", "question.to.prompt", 22, vm);
        port.setId("question-port");
        port.promptTextProperty().bind(scope.text("question.port.prompt"));
        port.setPrefColumnCount(8);
        port.setTooltip(scope.tooltip("question.port.tip"));
        port.setOnAction(e -> vm.ask());
        scope.bindBoth(from.textProperty(), vm.fromProperty());
        scope.bindBoth(to.textProperty(), vm.toProperty());
        scope.bindBoth(port.textProperty(), vm.portProperty());

        Button swap = Icons.button(AppIcon.SWAP_HORIZONTAL, scope.text("question.swap.tip"));
        swap.setId("question-swap");
        swap.setOnAction(e -> vm.swap());
        Button ask = Icons.button(AppIcon.HELP_CIRCLE_OUTLINE, scope.text("question.ask"), scope.text("question.ask.tip"));
        ask.setId("question-ask");
        ask.setOnAction(e -> vm.ask());
        Label problem = new Label();
        problem.setId("question-problem");
        problem.getStyleClass().add("details-warning");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        scope.showNow(vm.problemProperty(), (obs, old, now) -> {
            problem.setText(now.isEmpty() ? "" : Words.text(now));
            problem.setVisible(!now.isEmpty());
        });
        getChildren().addAll(scope.texted(new Label(), "question.can"), from, swap, scope.texted(new Label(), "question.reach"), to,
                scope.texted(new Label(), "question.on"), port, ask, problem);
    }

    private static void field(ViewScope scope, TextField field, String id, String prompt, int columns, QuestionViewModel vm) {
        field.setId(id);
        field.promptTextProperty().bind(scope.text(prompt));
        field.setPrefColumnCount(columns);
        field.setTooltip(scope.tooltip("question.end.tip"));
        ContextMenu completions = new ContextMenu();
        completions.setId(id + "-completions");
        field.textProperty().addListener((obs, old, now) -> {
            if (!field.isFocused()) {
                return;
            }
            List<String> names = vm.suggestions(now);
            if (names.isEmpty() || names.size() == 1 && names.get(0).equals(now)) {
                completions.hide();
                return;
            }
            show(completions, names, field);
            if (!completions.isShowing()) {
                completions.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                completions.hide();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && completions.isShowing() && !completions.getItems().isEmpty()) {
                completions.getSkin().getNode().lookup(".menu-item").requestFocus();
                e.consume();
            }
        });
        field.setOnAction(e -> {
            completions.hide();
            vm.ask();
        });
    }

    /**
     * Shows the names in the menu. As one types on, the menu keeps as many names (a dozen) and its items
     * take the new names: the menu is not built again at each key (a dozen items styled, ~10 ms a key).
     */
    private static void show(ContextMenu menu, List<String> names, TextField field) {
        if (menu.getItems().size() != names.size()) {
            menu.getItems().setAll(names.stream().map(n -> completion(field, menu)).toList());
        }
        for (int i = 0; i < names.size(); i++) {
            CustomMenuItem item = (CustomMenuItem) menu.getItems().get(i);
            item.setUserData(names.get(i));
            ((Label) item.getContent()).setText(names.get(i));
        }
    }

    /** An item of the completion menu: its name is its user data. */
    private static CustomMenuItem completion(TextField field, ContextMenu menu) {
        CustomMenuItem item = new CustomMenuItem(new Label(), true);
        item.setOnAction(e -> {
            String name = (String) item.getUserData();
            field.setText(name);
            field.positionCaret(name.length());
            menu.hide();
        });
        return item;
    }

    /** Puts the caret in FROM, its text selected. */
    void focusFrom() {
        from.requestFocus();
        from.selectAll();
    }
}
