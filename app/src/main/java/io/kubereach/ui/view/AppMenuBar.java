package io.kubereach.ui.view;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.Theme;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (sources, refresh, export), View (zoom, theme) and Language. Its items carry
 * the keyboard shortcuts: Ctrl+O open, Ctrl+E export, Ctrl+F find, F5 refresh, Ctrl+Plus/Minus
 * zoom, Ctrl+0 fit, Ctrl+1 actual size, Ctrl+L rearrange, F1 the shortcut sheet.
 */
final class AppMenuBar extends MenuBar {

    AppMenuBar(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Menu help = scope.texted(new Menu(), "menu.help");
        help.getItems().add(item(scope, "menu.help.shortcuts", "F1", () -> ShortcutSheet.show(getScene().getWindow())));
        getMenus().addAll(file(vm, actions, scope), view(vm, actions, scope), language(vm, scope), help);
        setUseSystemMenuBar(true);
    }

    private static Menu file(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Menu file = scope.texted(new Menu(), "menu.file");
        file.getItems().addAll(
                item(scope, "menu.file.openManifests", "Shortcut+O", actions::openManifests),
                item(scope, "menu.file.openFolder", "Shortcut+Shift+O", actions::openFolder),
                item(scope, "menu.file.openSnapshot", null, actions::openSnapshot),
                item(scope, "menu.file.openKubeconfig", "Shortcut+K", actions::openKubeconfig),
                item(scope, "menu.file.demo", null, actions::openDemo),
                new SeparatorMenuItem(),
                item(scope, "menu.file.refresh", "F5", actions::refresh),
                new SeparatorMenuItem(),
                item(scope, "menu.file.export", "Shortcut+E", actions::export),
                new SeparatorMenuItem(),
                item(scope, "menu.file.quit", "Shortcut+Q", Platform::exit));
        return file;
    }

    private static Menu view(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Menu view = scope.texted(new Menu(), "menu.view");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = scope.texted(new RadioMenuItem(), "menu.view.light");
        RadioMenuItem dark = scope.texted(new RadioMenuItem(), "menu.view.dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> (now == Theme.PRIMER_DARK ? dark : light).setSelected(true));
        light.setOnAction(e -> vm.themeProperty().set(Theme.PRIMER_LIGHT));
        dark.setOnAction(e -> vm.themeProperty().set(Theme.PRIMER_DARK));
        view.getItems().addAll(
                item(scope, "menu.view.find", "Shortcut+F", actions::find),
                new SeparatorMenuItem(),
                item(scope, "menu.view.zoomIn", "Shortcut+Plus", actions::zoomIn),
                item(scope, "menu.view.zoomOut", "Shortcut+Minus", actions::zoomOut),
                item(scope, "menu.view.fit", "Shortcut+0", actions::zoomToFit),
                item(scope, "menu.view.actualSize", "Shortcut+1", actions::actualSize),
                new SeparatorMenuItem(),
                item(scope, "menu.view.rearrange", "Shortcut+L", actions::rearrange),
                item(scope, "whatIf.show", "Shortcut+Shift+W", actions::toggleWhatIf),
                new SeparatorMenuItem(), light, dark);
        return view;
    }

    private static Menu language(AppViewModel vm, ViewScope scope) {
        Menu menu = scope.texted(new Menu(), "menu.language");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.autonym(language));
            item.setToggleGroup(group);
            item.setSelected(vm.languageProperty().get() == language);
            item.setOnAction(e -> vm.chooseLanguage(language));
            item.setId("language-" + language.code());
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem item(ViewScope scope, String key, String shortcut, Runnable action) {
        MenuItem item = scope.texted(new MenuItem(), key);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
