package io.kubereach.ui.view;

import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import io.kubereach.graph.Layer;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.DetailsBuilder;
import io.kubereach.ui.model.FilterViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The left panel: the namespaces shown (a check each), the label filter, the layers and the
 * grouping. Only binds to the {@link FilterViewModel} and the workspace's grouping.
 */
final class SidebarView extends ScrollPane {

    SidebarView(AppViewModel vm, DiagramText text, ViewScope scope) {
        FilterViewModel filter = vm.filter();
        DiagramLegend legend = new DiagramLegend(text);
        legend.setPrefWidth(USE_COMPUTED_SIZE);
        legend.setPadding(new Insets(0));
        legend.getChildren().remove(0); // its own title: the pane has one
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> legend.show(DiagramStyle.of(now.isDark())));
        VBox box = new VBox(8, namespaces(filter, scope), labels(filter, scope), layers(vm, scope), decidedBy(filter, scope), grouping(vm, scope),
                titled("diagram.legend", legend));
        box.setPadding(new Insets(8));
        setContent(box);
        setFitToWidth(true);
        setPrefWidth(250);
        setMinWidth(200);
        getStyleClass().add("sidebar");
        setId("sidebar");
    }

    private static TitledPane namespaces(FilterViewModel filter, ViewScope scope) {
        ListView<FilterViewModel.NamespaceItem> list = new ListView<>(FXCollections.observableArrayList(filter.namespaces()));
        // the namespaces of a cluster just opened are listed a frame after its picture is first shown: the frame that shows
        // a large cluster's overview does not also make and style the list's check boxes (the same items, so the same checks)
        scope.listen(filter.namespaces(), (ListChangeListener<FilterViewModel.NamespaceItem>) c -> OnePerPulse.later(
                () -> list.getItems().setAll(filter.namespaces())));
        list.setCellFactory(CheckBoxListCell.forListView(FilterViewModel.NamespaceItem::shown,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(FilterViewModel.NamespaceItem item) {
                        return item == null ? "" : item.name();
                    }

                    @Override
                    public FilterViewModel.NamespaceItem fromString(String text) {
                        return null;
                    }
                }));
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(Words.text("sidebar.namespaces.empty")));
        list.setId("namespaces");
        Button all = new Button(Words.text("sidebar.namespaces.all"));
        all.setOnAction(e -> filter.showAllNamespaces(true));
        Button none = new Button(Words.text("sidebar.namespaces.none"));
        none.setOnAction(e -> filter.showAllNamespaces(false));
        all.getStyleClass().addAll("small", "flat");
        none.getStyleClass().addAll("small", "flat");
        VBox content = new VBox(4, list, new HBox(4, all, none));
        return titled("sidebar.namespaces", content);
    }

    private static TitledPane labels(FilterViewModel filter, ViewScope scope) {
        TextField field = new TextField();
        field.setPromptText("app=web,tier in (a,b),!canary");
        field.setTooltip(new Tooltip(Words.text("sidebar.labels.tip")));
        field.setId("label-filter");
        scope.bindBoth(field.textProperty(), filter.labelTextProperty());
        field.setOnAction(e -> filter.applyLabels());
        Button apply = new Button(Words.text("sidebar.labels.apply"));
        apply.setOnAction(e -> filter.applyLabels());
        apply.getStyleClass().add("small");
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().addAll("text-small", "danger");
        scope.listenNow(filter.labelProblemProperty(), (obs, old, now) -> {
            problem.setText(now == null ? "" : Words.labelProblem(now));
            problem.setVisible(now != null);
            problem.setManaged(now != null);
            apply.setDisable(now != null);
        });
        Label hint = new Label(Words.text("sidebar.labels.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-small", "text-muted");
        Label matching = new Label();
        matching.setId("label-matches");
        matching.setWrapText(true);
        matching.setMinHeight(Label.USE_PREF_SIZE);
        scope.listenNow(filter.matchingProperty(), (obs, old, now) -> {
            int n = now.intValue();
            matching.setText(n < 0 ? "" : n == 0 ? Words.text("sidebar.labels.none") : Words.text("sidebar.labels.matches", n));
            matching.getStyleClass().setAll("label", "text-small", n == 0 ? "danger" : "text-muted");
            matching.setVisible(n >= 0);
            matching.setManaged(n >= 0);
        });
        return titled("sidebar.labels", new VBox(4, field, problem, apply, matching, hint));
    }

    private static TitledPane layers(AppViewModel vm, ViewScope scope) {
        VBox box = new VBox(4);
        for (Layer layer : FilterViewModel.layers()) {
            CheckBox check = new CheckBox(Words.layer(layer));
            check.setId("layer-" + layer.name());
            scope.bindBoth(check.selectedProperty(), vm.filter().layerProperty(layer));
            box.getChildren().add(check);
        }
        CheckBox guardRails = new CheckBox(Words.text("sidebar.guardRails"));
        guardRails.setId("layer-guard-rails");
        guardRails.setTooltip(new Tooltip(Words.text("sidebar.guardRails.tip")));
        guardRails.setWrapText(true);
        scope.bindBoth(guardRails.selectedProperty(), vm.selection().guardRailsProperty());
        box.getChildren().add(guardRails);
        // the exposure layer marks the exposed workloads' boxes; turning it on also lists them with why
        CheckBox exposure = new CheckBox(Words.text("sidebar.exposure"));
        exposure.setId("layer-exposure");
        exposure.setWrapText(true);
        exposure.setTooltip(new javafx.scene.control.Tooltip(Words.text("sidebar.exposure.tip")));
        scope.bindBoth(exposure.selectedProperty(), vm.exposure().shownProperty());
        exposure.setOnAction(e -> {
            if (exposure.isSelected()) {
                vm.selection().select(DetailsBuilder.EXPOSURE);
            } else if (vm.selection().selectedProperty().get().equals(DetailsBuilder.EXPOSURE)) {
                vm.selection().select("");
            }
        });
        box.getChildren().add(exposure);
        return titled("sidebar.layers", box);
    }

    /** A check per kind of policy tier that decides some line: unchecking one hides the lines only it decides. */
    private static TitledPane decidedBy(FilterViewModel filter, ViewScope scope) {
        VBox box = new VBox(4);
        Runnable fill = () -> {
            box.getChildren().clear();
            for (FilterViewModel.DeciderItem item : filter.deciders()) {
                CheckBox check = new CheckBox(Words.tier(item.kind()));
                check.setId("decided-by-" + item.kind().name());
                check.selectedProperty().bindBidirectional(item.shown()); // the item's value first
                box.getChildren().add(check);
            }
            if (filter.deciders().isEmpty()) {
                box.getChildren().add(DetailSections.muted(Words.text("sidebar.decidedBy.none")));
            }
            Label hint = DetailSections.muted(Words.text("sidebar.decidedBy.hint"));
            box.getChildren().add(hint);
        };
        fill.run();
        scope.listen(filter.deciders(), (javafx.collections.ListChangeListener<FilterViewModel.DeciderItem>) c -> fill.run());
        TitledPane pane = titled("sidebar.decidedBy", box);
        pane.setId("decided-by");
        return pane;
    }

    private static TitledPane grouping(AppViewModel vm, ViewScope scope) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (Grouping g : Grouping.values()) {
            RadioButton radio = new RadioButton(Words.grouping(g));
            radio.setToggleGroup(group);
            radio.setUserData(g);
            radio.setId("grouping-" + g.name());
            box.getChildren().add(radio);
        }
        scope.listenNow(vm.workspace().groupingProperty(), (obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.workspace().groupingProperty().set((Grouping) now.getUserData());
            }
        });
        return titled("sidebar.grouping", box);
    }

    private static TitledPane titled(String key, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(Words.text(key), content);
        pane.setCollapsible(true);
        pane.setExpanded(true);
        return pane;
    }
}
