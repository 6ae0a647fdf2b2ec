package io.kubereach.ui.view;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.ui.model.Activity;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.LiveState;
import io.kubereach.ui.model.SourceProblem;
import io.kubereach.ui.model.StatusViewModel;
import io.kubereach.ui.model.StatusWarning;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: the source and what it holds, whether the CNI enforces the verdicts
 * ("intended, not enforced" and why), the warnings, the last message (a source that did not
 * open, a file written), and while something runs in the background its step, a progress bar
 * and a cancel button.
 */
final class StatusBarView extends HBox {

    private final Label message = new Label();

    StatusBarView(AppViewModel vm, WindowActions actions, ViewScope scope) {
        super(12);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        setId("status-bar");

        Label source = new Label();
        source.setId("status-source");
        Label enforcement = new Label();
        enforcement.setId("status-enforcement");
        scope.showNow(vm.status().summaryProperty(), (obs, old, now) -> {
            source.setText(now == null ? nothingShown(vm) : summary(vm, now));
            enforcement.setVisible(now != null && now.enforcement() != PolicyEnforcement.UNKNOWN);
            enforcement.setManaged(enforcement.isVisible());
            if (now != null) {
                enforcement.setText(Words.enforcement(now.enforcement()));
                enforcement.setTooltip(vm.status().warnings().stream().filter(w -> w.kind() == StatusWarning.Kind.POLICY_NOT_ENFORCED)
                        .findFirst().map(w -> new Tooltip(Words.warning(w))).orElse(null));
                enforcement.getStyleClass().setAll("label", now.enforcement() == PolicyEnforcement.NOT_ENFORCED ? "badge-warning" : "badge-ok");
            }
        });

        scope.listen(vm.workspace().openingProperty(), (obs, old, now) -> {
            if (vm.status().summaryProperty().get() == null) {
                source.setText(nothingShown(vm));
            }
        });

        Label live = new Label();
        live.setId("status-live");
        scope.showNow(vm.workspace().liveStateProperty(), (obs, old, now) -> {
            live.setVisible(now != LiveState.OFF);
            live.setManaged(live.isVisible());
            live.setText(switch (now) {
                case OFF -> "";
                case STARTING -> Words.text("live.STARTING");
                case WATCHING -> Words.text("live.WATCHING");
                case LOST -> Words.text("live.LOST");
            });
            live.getStyleClass().setAll("label", now == LiveState.LOST ? "badge-warning" : "badge-ok");
        });

        MenuButton warnings = new MenuButton("", Icons.of(AppIcon.ALERT_OUTLINE));
        warnings.setId("status-warnings");
        warnings.getStyleClass().add("flat");
        scope.listen(vm.status().warnings(), (javafx.collections.ListChangeListener<StatusWarning>) c -> fill(warnings, vm.status()));
        fill(warnings, vm.status());
        scope.retext(() -> fill(warnings, vm.status()));

        message.setId("status-message");
        message.getStyleClass().add("text-muted");
        // the last news, in words worked out again in the language shown
        ObjectProperty<Supplier<String>> news = new SimpleObjectProperty<>(() -> "");
        message.textProperty().bind(Bindings.createStringBinding(() -> news.get().get(), news, scope.languageProperty()));
        scope.listenNow(vm.workspace().problemProperty(), (obs, old, now) -> news.set(() -> problem(now)));
        scope.listen(vm.export().writtenProperty(), (obs, old, now) -> news.set(() -> now == null ? "" : Words.text("statusbar.written", now)));
        scope.listen(vm.export().problemProperty(),
                (obs, old, now) -> news.set(() -> now.map(p -> Words.text("statusbar.exportFailed", ExportWords.problem(p))).orElse("")));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Activity activity = vm.activity();
        Label step = new Label();
        step.setId("status-step");
        ProgressBar progress = new BusyBar(activity.progressProperty(), activity.runningProperty(), scope);
        progress.setPrefWidth(160);
        progress.setId("status-progress");
        scope.showNow(activity.stepProperty(), (obs, old, now) -> step.setText(Words.step(now)));
        Button cancel = scope.texted(new Button(null, Icons.of(AppIcon.CLOSE_CIRCLE_OUTLINE)), "statusbar.cancel");
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> actions.cancel());
        HBox busy = new HBox(6, step, progress, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setId("status-busy");
        busy.visibleProperty().bind(activity.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {source, live, enforcement, warnings}) {
            fixed.setMinWidth(USE_PREF_SIZE);
        }
        message.setMinWidth(0);
        message.textProperty().addListener((obs, old, now) -> message.setTooltip(now.isEmpty() ? null : new Tooltip(now)));
        Region gap = new Region();
        getChildren().addAll(source, live, enforcement, warnings, message, gap, busy);
    }

    /** Before a cluster is shown: the source being opened, by its name, or that none is open. */
    private static String nothingShown(AppViewModel vm) {
        return vm.workspace().openingProperty().get().map(s -> Words.text("opening.title", Words.source(s)))
                .orElse(Words.text("statusbar.nothing"));
    }

    private static String summary(AppViewModel vm, StatusViewModel.Summary s) {
        String where = Words.source(vm.workspace().sourceProperty().get());
        String counts = Words.text("statusbar.counts", s.namespaces(), s.pods(), s.workloads(), s.services(), s.policies());
        if (s.clusterPolicies() > 0) {
            counts = Words.text("statusbar.clusterPolicies", counts, s.adminPolicies(), s.baselinePolicies());
        }
        if (s.ciliumPolicies() + s.calicoPolicies() > 0) {
            counts = Words.text("statusbar.cniPolicies", counts, s.ciliumPolicies(), s.calicoPolicies());
        }
        return s.context().isEmpty() ? Words.text("statusbar.source", where, counts) : Words.text("statusbar.sourceContext", where, s.context(), counts);
    }

    private static String problem(SourceProblem p) {
        if (p == null) {
            return "";
        }
        return Words.text(p.fellBack() ? "statusbar.fellBack" : "statusbar.failed", Words.source(p.source()), p.message());
    }

    private static void fill(MenuButton button, StatusViewModel status) {
        button.getItems().clear();
        int n = status.warnings().size();
        button.setText(Words.text("statusbar.warnings", n));
        button.setVisible(n > 0);
        button.setManaged(n > 0);
        for (StatusWarning w : status.warnings()) {
            Label text = new Label(Words.warning(w));
            text.setWrapText(true);
            text.setMaxWidth(620);
            // the menu sizes an item by its preferred size: with a width known, a wrapped warning gets the height of all its lines
            text.setPrefWidth(Math.min(620, new javafx.scene.text.Text(text.getText()).getLayoutBounds().getWidth() + 8));
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            CustomMenuItem item = new CustomMenuItem(text, false);
            button.getItems().add(item);
        }
        if (n > 0) {
            button.setTooltip(new Tooltip(Words.warning(status.warnings().get(0))));
        }
    }
}
