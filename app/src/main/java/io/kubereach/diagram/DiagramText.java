package io.kubereach.diagram;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible words of the diagram, from the {@code io.kubereach.ui.messages} bundle
 * (English and Simplified Chinese).
 */
public final class DiagramText {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.kubereach.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private DiagramText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words of a locale (English when the bundle has no translation for it). */
    public static DiagramText of(Locale locale) {
        return new DiagramText(ResourceBundle.getBundle(BUNDLE, locale, DiagramText.class.getModule()), locale);
    }

    /** The words of the default locale. */
    public static DiagramText ofDefaultLocale() {
        return of(Locale.getDefault());
    }

    /** The bundle itself. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of a key. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for '" + key + "' in " + BUNDLE, e);
        }
    }

    /** The text of a key with its {@code {0}}, {@code {1}}… filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
