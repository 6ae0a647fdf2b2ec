package io.kubereach.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages KubeReach speaks. Every bundle has an English base file and a Simplified
 * Chinese {@code _zh_CN} file; any Chinese locale reads the Simplified Chinese one.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The short code used on the command line ({@code en}, {@code zh}). */
    public String code() {
        return code;
    }

    /** The locale its bundles are looked up with. */
    public Locale locale() {
        return locale;
    }

    /** The language for a locale: Simplified Chinese for any Chinese locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The language of the system locale (the JVM default). */
    public static Language system() {
        return of(Locale.getDefault());
    }

    /**
     * Parses {@code en}, {@code zh}, or a locale tag such as {@code en-US}, {@code zh-CN},
     * {@code zh_Hans}; empty when the text names neither language.
     */
    public static Optional<Language> parse(String text) {
        String tag = text.trim().replace('_', '-');
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (language.equals("en")) {
            return Optional.of(ENGLISH);
        }
        if (language.equals("zh")) {
            return Optional.of(SIMPLIFIED_CHINESE);
        }
        return Optional.empty();
    }
}
