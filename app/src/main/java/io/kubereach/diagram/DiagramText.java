package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-visible words of the diagram, from the bundle the diagram owns
 * ({@code io.kubereach.diagram.messages}, English and Simplified Chinese), so the window and the
 * exported picture read the same words with the same rules. Fixed to one language, as an export
 * needs; whoever draws hands one to the layouter and the painter.
 */
public final class DiagramText {

    /** The base name of the diagram's bundle. */
    public static final String BUNDLE = "io.kubereach.diagram.messages";

    private final TextBundle words;
    /** The texts of keys without arguments, looked up once (labels ask for the same few words for every line). */
    private final Map<String, String> plain = new ConcurrentHashMap<>();

    private DiagramText(TextBundle words) {
        this.words = words;
    }

    /** The words of a language. */
    public static DiagramText of(Language language) {
        return new DiagramText(TextBundle.of(language, DiagramText.class.getClassLoader(), BUNDLE));
    }

    /** The words of a locale (Simplified Chinese for any Chinese locale, English otherwise). */
    public static DiagramText of(Locale locale) {
        return of(Language.of(locale));
    }

    /** The words of the default locale. */
    public static DiagramText ofDefaultLocale() {
        return of(Locale.getDefault());
    }

    /** The text of a key. */
    public String get(String key) {
        return plain.computeIfAbsent(key, words::get);
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

    /** The text of a key with its {@code {0}}, {@code {1}}… filled in. */
    public String format(String key, Object... args) {
        return words.get(key, args);
    }
}
