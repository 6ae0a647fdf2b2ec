package io.kubereach.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The app's icons: Material Design glyphs ({@link AppIcon}) drawn as text in the icon font,
 * coloured by the theme like Ikonli's icons (AtlantaFX styles {@code .font-icon}).
 */
final class Icons {

    private static final double SIZE = 18;
    private static String family;

    private Icons() {
    }

    /** An icon at the toolbar size. */
    static Text of(AppIcon icon) {
        Text glyph = new Text(icon.glyph());
        // inline, so a language's font (set on the window's root, inherited) never replaces the icon font
        glyph.setStyle("-fx-font-family: \"" + family() + "\"; -fx-font-size: " + SIZE + "px;");
        glyph.getStyleClass().addAll("font-icon", "app-icon");
        return glyph;
    }

    /** A flat toolbar button with an icon, a text and a tooltip. */
    static Button button(AppIcon icon, ObservableValue<String> text, ObservableValue<String> tooltip) {
        Button b = button(icon, tooltip);
        b.textProperty().bind(text);
        return b;
    }

    /** A flat button showing only an icon, its tooltip in words that may change (another language). */
    static Button button(AppIcon icon, ObservableValue<String> tooltip) {
        Button b = new Button("", of(icon));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(tooltip);
        b.setTooltip(tip);
        b.getStyleClass().add("flat");
        return b;
    }

    /** The icon font's family, loaded on first use (JavaFX thread). */
    private static String family() {
        if (family == null) {
            try (InputStream in = Icons.class.getResourceAsStream(AppIcon.FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the icon font is missing from the class path: " + AppIcon.FONT);
                }
                Font font = Font.loadFont(in, SIZE);
                if (font == null) {
                    throw new IllegalStateException("the icon font could not be loaded: " + AppIcon.FONT);
                }
                family = font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return family;
    }
}
