package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import java.util.Locale;

/**
 * The user-visible words of the diagram, from the app's {@code io.kubereach.ui.messages} bundle
 * (English and Simplified Chinese) through {@link Messages}, so the window and the exported
 * picture read the same words with the same rules. Fixed to one language, as an export needs.
 */
public final class DiagramText {

    /** The bundle's base name. */
    public static final String BUNDLE = Messages.BUNDLE;

    private final Messages messages;

    private DiagramText(Messages messages) {
        this.messages = messages;
    }

    /** The words of a locale (Simplified Chinese for any Chinese locale, English otherwise). */
    public static DiagramText of(Locale locale) {
        return new DiagramText(Messages.of(locale));
    }

    /** The words of the default locale. */
    public static DiagramText ofDefaultLocale() {
        return of(Locale.getDefault());
    }

    /** The text of a key. */
    public String get(String key) {
        return messages.get(key);
    }

    /**
     * What a line may carry in words: every or no connection in this language, else the
     * protocols and ports as the engine writes them.
     */
    public String connections(ConnectionSet allowed) {
        if (allowed.isAll()) {
            return get("connections.all");
        }
        return allowed.isEmpty() ? get("connections.none") : allowed.toString();
    }

    /** Whether a line's label is the words for every connection, in any language. */
    static boolean saysAllConnections(String label) {
        for (Language language : Language.values()) {
            if (Messages.of(language).get("connections.all").equals(label)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a key with its {@code {0}}, {@code {1}}… filled in. */
    public String format(String key, Object... args) {
        return messages.get(key, args);
    }
}
