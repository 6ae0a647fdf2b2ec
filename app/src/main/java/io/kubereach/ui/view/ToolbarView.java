package io.kubereach.ui.view;

import io.kubereach.ui.model.AppViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The toolbar: open a kubeconfig context, manifests (files or a folder), a snapshot, the demo;
 * live on/off, refresh, export (PNG 1×/2×, SVG); search; zoom.
 */
final class ToolbarView extends ToolBar {

    private final TextField search = new TextField();

    ToolbarView(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Button kubeconfig = Icons.button(AppIcon.KUBERNETES, scope.text("toolbar.kubeconfig"), scope.text("toolbar.kubeconfig.tip"));
        kubeconfig.setOnAction(e -> actions.openKubeconfig());
        kubeconfig.setId("open-kubeconfig");

        MenuButton manifests = scope.texted(new MenuButton(null, Icons.of(AppIcon.FILE_DOCUMENT_MULTIPLE)), "toolbar.manifests");
        manifests.setTooltip(scope.tooltip("toolbar.manifests.tip"));
        manifests.setId("open-manifests");
        manifests.getItems().addAll(menuItem(scope, "toolbar.manifests.files", actions::openManifests),
                menuItem(scope, "toolbar.manifests.folder", actions::openFolder));

        Button snapshot = Icons.button(AppIcon.CAMERA_OUTLINE, scope.text("toolbar.snapshot"), scope.text("toolbar.snapshot.tip"));
        snapshot.setOnAction(e -> actions.openSnapshot());
        snapshot.setId("open-snapshot");

        Button demo = Icons.button(AppIcon.PLAY_CIRCLE_OUTLINE, scope.text("toolbar.demo"), scope.text("toolbar.demo.tip"));
        demo.setOnAction(e -> actions.openDemo());
        demo.setId("open-demo");

        ToggleButton live = scope.texted(new ToggleButton(null, Icons.of(AppIcon.ACCESS_POINT)), "toolbar.live");
        live.setTooltip(scope.tooltip("toolbar.live.tip"));
        live.setId("live");
        live.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.workspace().sourceProperty().get().isLive(),
                vm.workspace().sourceProperty()));
        scope.bindBoth(live.selectedProperty(), vm.workspace().liveProperty());

        Button refresh = Icons.button(AppIcon.REFRESH, scope.text("toolbar.refresh"), scope.text("toolbar.refresh.tip"));
        refresh.setOnAction(e -> actions.refresh());
        refresh.setId("refresh");

        Button export = scope.texted(new Button(null, Icons.of(AppIcon.EXPORT_VARIANT)), "toolbar.export");
        export.setTooltip(scope.tooltip("toolbar.export.tip"));
        export.setId("export");
        export.setOnAction(e -> actions.export());

        search.promptTextProperty().bind(scope.text("toolbar.search.prompt"));
        search.setPrefColumnCount(18);
        search.setId("search");
        search.setTooltip(scope.tooltip("toolbar.search.tip"));
        scope.bindBoth(search.textProperty(), vm.search().queryProperty());
        search.setOnAction(e -> actions.findNext());
        Label hits = new Label();
        hits.getStyleClass().add("text-muted");
        hits.setId("search-hits");
        scope.showNow(vm.search().hitCountProperty(), (obs, old, now) -> hits.setText(hitText(vm)));
        scope.listen(vm.search().hitIndexProperty(), (obs, old, now) -> hits.setText(hitText(vm)));
        HBox searchBox = new HBox(6, Icons.of(AppIcon.MAGNIFY), search, hits);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        Button fit = Icons.button(AppIcon.FIT_TO_PAGE_OUTLINE, scope.text("toolbar.fit.tip"));
        fit.setOnAction(e -> actions.zoomToFit());
        Button zoomIn = Icons.button(AppIcon.MAGNIFY_PLUS_OUTLINE, scope.text("toolbar.zoomIn.tip"));
        zoomIn.setOnAction(e -> actions.zoomIn());
        Button zoomOut = Icons.button(AppIcon.MAGNIFY_MINUS_OUTLINE, scope.text("toolbar.zoomOut.tip"));
        zoomOut.setOnAction(e -> actions.zoomOut());
        Button actual = Icons.button(AppIcon.NUMERIC_1_BOX_OUTLINE, scope.text("toolbar.actualSize.tip"));
        actual.setOnAction(e -> actions.actualSize());
        Button rearrange = Icons.button(AppIcon.VIEW_DASHBOARD_OUTLINE, scope.text("toolbar.rearrange.tip"));
        rearrange.setOnAction(e -> actions.rearrange());
        rearrange.setId("rearrange");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(kubeconfig, manifests, snapshot, demo, separator(), live, refresh, export, spacer, searchBox,
                separator(), zoomOut, zoomIn, fit, actual, rearrange);
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static MenuItem menuItem(ViewScope scope, String key, Runnable action) {
        MenuItem item = scope.texted(new MenuItem(), key);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static String hitText(AppViewModel vm) {
        int count = vm.search().hitCountProperty().get();
        if (count < 0) {
            return "";
        }
        return count == 0 ? Words.text("toolbar.search.none") : Words.text("toolbar.search.hit", vm.search().hitIndexProperty().get() + 1, count);
    }

    /** The search field. */
    TextField searchField() {
        return search;
    }
}
