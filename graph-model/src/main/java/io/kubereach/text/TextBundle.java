package io.kubereach.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strings of one part of KubeReach in one language, from its resource bundle: each a
 * {@link MessageFormat} pattern, filled with arguments, Chinese text given a space around Latin
 * words. Each part that shows words owns its bundle (graph-model's sentences, the command line,
 * the diagram, the desktop app) and is handed one of these instead of reaching for another
 * part's strings.
 *
 * <p>Bundles are looked up without the JVM's fallback to the default locale, so English stays
 * English on a Chinese desktop; a key missing in the Chinese file falls back to the English base
 * file. Several bundles may be read as one, looked up in order.
 */
public final class TextBundle {

    private static final Pattern HAN_LATIN_BOUNDARY =
            Pattern.compile("(?<=\\p{IsHan})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\\p{IsHan})");

    private final Language language;
    private final List<String> baseNames;
    private final List<ResourceBundle> bundles;

    private TextBundle(Language language, List<String> baseNames, List<ResourceBundle> bundles) {
        this.language = language;
        this.baseNames = baseNames;
        this.bundles = bundles;
    }

    /**
     * The strings of the bundles {@code baseNames} (looked up in this order) in a language, read
     * through {@code loader}.
     */
    public static TextBundle of(Language language, ClassLoader loader, String... baseNames) {
        if (baseNames.length == 0) {
            throw new IllegalArgumentException("a text bundle needs at least one bundle");
        }
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String baseName : baseNames) {
            bundles.add(ResourceBundle.getBundle(baseName, language.locale(), loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return new TextBundle(language, List.of(baseNames), List.copyOf(bundles));
    }

    /** The language of these strings. */
    public Language language() {
        return language;
    }

    /** The locale of these strings. */
    public Locale locale() {
        return language.locale();
    }

    /** Whether a key has a string here. */
    public boolean contains(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** Every key that has a string here. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        bundles.forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /**
     * The string of a key, its {@code {0}}, {@code {1}}, … filled with {@code args}; an unknown
     * key is a programming error and fails naming it.
     */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String text = new MessageFormat(bundle.getString(key), language.locale()).format(args);
                return language == Language.SIMPLIFIED_CHINESE ? spaceBetweenHanAndLatin(text) : text;
            }
        }
        throw new IllegalStateException("no key '" + key + "' in the bundle " + String.join(" or ", baseNames));
    }

    /**
     * Puts a space between a Chinese character and a Latin letter or digit next to it, as
     * Chinese technical writing does ("命名空间 default 中"), wherever the pieces came from.
     */
    public static String spaceBetweenHanAndLatin(String text) {
        return HAN_LATIN_BOUNDARY.matcher(text).replaceAll(" ");
    }
}
