package io.kubereach.ui.view;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts on one sheet (F1), sized to its text. */
final class ShortcutSheet {

    /** Each shortcut as it is typed, and the key of what it does. */
    static final String[][] SHORTCUTS = {
        {"Ctrl+R", "shortcuts.ask"},
        {"Ctrl+F", "shortcuts.find"},
        {"Ctrl+O", "shortcuts.open"},
        {"Ctrl+K", "shortcuts.kubeconfig"},
        {"F5", "shortcuts.refresh"},
        {"Ctrl+E", "shortcuts.export"},
        {"Ctrl+Plus (Ctrl+=, Ctrl+Shift+=)", "shortcuts.zoomIn"},
        {"Ctrl+Minus", "shortcuts.zoomOut"},
        {"Ctrl+0", "shortcuts.fit"},
        {"Ctrl+1", "shortcuts.actualSize"},
        {"← → ↑ ↓", "shortcuts.pan"},
        {"Shift+← → ↑ ↓", "shortcuts.panFast"},
        {"Enter", "shortcuts.expand"},
        {"Ctrl+L", "shortcuts.rearrange"},
        {"Esc", "shortcuts.cancel"},
        {"F1", "shortcuts.sheet"},
    };

    private ShortcutSheet() {
    }

    /** Shows the sheet over the window and waits until it is closed. */
    static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Words.text("shortcuts.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(sheet());
        dialog.getDialogPane().setId("shortcut-sheet");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    static GridPane sheet() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("text-bold");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label what = new Label(Words.text(SHORTCUTS[i][1]));
            what.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        return grid;
    }
}
