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
        Menu help = new Menu(Words.text("menu.help"));
        help.getItems().add(item("menu.help.shortcuts", "F1", () -> ShortcutSheet.show(getScene().getWindow())));
        getMenus().addAll(file(vm, actions, scope), view(vm, actions, scope), language(vm, scope), help);
        setUseSystemMenuBar(true);
    }

    private static Menu file(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Menu file = new Menu(Words.text("menu.file"));
        file.getItems().addAll(
                item("menu.file.openManifests", "Shortcut+O", actions::openManifests),
                item("menu.file.openFolder", "Shortcut+Shift+O", actions::openFolder),
                item("menu.file.openSnapshot", null, actions::openSnapshot),
                item("menu.file.openKubeconfig", "Shortcut+K", actions::openKubeconfig),
                item("menu.file.demo", null, actions::openDemo),
                new SeparatorMenuItem(),
                item("menu.file.refresh", "F5", actions::refresh),
                new SeparatorMenuItem(),
                item("menu.file.export", "Shortcut+E", actions::export),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", Platform::exit));
        return file;
    }

    private static Menu view(AppViewModel vm, WindowActions actions, ViewScope scope) {
        Menu view = new Menu(Words.text("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(Words.text("menu.view.light"));
        RadioMenuItem dark = new RadioMenuItem(Words.text("menu.view.dark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> (now == Theme.PRIMER_DARK ? dark : light).setSelected(true));
        light.setOnAction(e -> vm.themeProperty().set(Theme.PRIMER_LIGHT));
        dark.setOnAction(e -> vm.themeProperty().set(Theme.PRIMER_DARK));
        view.getItems().addAll(
                item("menu.view.find", "Shortcut+F", actions::find),
                new SeparatorMenuItem(),
                item("menu.view.zoomIn", "Shortcut+Plus", actions::zoomIn),
                item("menu.view.zoomOut", "Shortcut+Minus", actions::zoomOut),
                item("menu.view.fit", "Shortcut+0", actions::zoomToFit),
                item("menu.view.actualSize", "Shortcut+1", actions::actualSize),
                new SeparatorMenuItem(),
                item("menu.view.rearrange", "Shortcut+L", actions::rearrange),
                item("whatIf.show", "Shortcut+Shift+W", actions::toggleWhatIf),
                new SeparatorMenuItem(), light, dark);
        return view;
    }

    private static Menu language(AppViewModel vm, ViewScope scope) {
        Menu menu = new Menu(Words.text("menu.language"));
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

    private static MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(Words.text(key));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
