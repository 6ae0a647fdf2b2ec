package io.kubereach.ui.i18n;

import io.kubereach.diagram.DiagramText;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import io.kubereach.text.TextBundle;
import java.util.Locale;

/**
 * The app's user-visible strings, from the {@code io.kubereach.ui.messages} bundle (English base
 * file, Simplified Chinese {@code _zh_CN} file) and then the diagram's, whose words (verdicts,
 * Service kinds, connections) the panels share. One instance per language; the current one
 * follows the system locale at start and is switched at runtime with {@link #use(Language)}. No
 * JavaFX here: view models use it without a toolkit.
 *
 * <p>Every pattern is a {@link java.text.MessageFormat}: write a single quote as two ({@code ''}).
 */
public final class Messages {

    /** The base name of the app bundle. */
    public static final String BUNDLE = "io.kubereach.ui.messages";

    private static volatile Messages current = new Messages(Language.system());

    private final TextBundle bundle;

    private Messages(Language language) {
        this.bundle = TextBundle.of(language, Messages.class.getClassLoader(), BUNDLE, DiagramText.BUNDLE);
    }

    /** The strings of one language, independent of the current choice. */
    public static Messages of(Language language) {
        return new Messages(language);
    }

    /** The strings of the language in use now. */
    public static Messages current() {
        return current;
    }

    /** Switches the app to a language. */
    public static void use(Language language) {
        current = new Messages(language);
    }

    /** A string of the language in use now, its {@code {0}}, {@code {1}}, … filled with {@code args}. */
    public static String text(String key, Object... args) {
        return current.get(key, args);
    }

    /** A message of graph-model (a finding, a warning, a note) in the language in use now. */
    public static String text(Message message) {
        return current.render(message);
    }

    /** A message of graph-model (a finding, a warning, a note) in the language of these strings. */
    public String render(Message message) {
        return MessageText.in(language()).render(message);
    }

    /** The string of a key, its {@code {0}}, {@code {1}}, … filled with {@code args}. */
    public String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    /** The name of a language in that language ("English", "简体中文"), for a language menu anyone can read. */
    public static String autonym(Language which) {
        return of(which).get("language.name");
    }

    /** The language of these strings. */
    public Language language() {
        return bundle.language();
    }

    /** The locale of these strings. */
    public Locale locale() {
        return bundle.locale();
    }

    /** The strings themselves, e.g. for libraries that read a bundle themselves. */
    public TextBundle bundle() {
        return bundle;
    }
}
