package io.kubereach.ui.view;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's icons: Material Design 2 glyphs through Ikonli. */
final class Icons {

    private Icons() {
    }

    /** An icon at the toolbar size. */
    static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(18);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** A flat toolbar button with an icon, a text and a tooltip. */
    static Button button(Ikon ikon, String text, String tooltip) {
        Button b = new Button(text, of(ikon));
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add("flat");
        return b;
    }
}
