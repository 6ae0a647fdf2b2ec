package io.kubereach.cli;

import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;

/**
 * The command line's own words: the help of every command (descriptions, options, headings) and
 * the errors a person reads, from the bundle the command line owns ({@code io.kubereach.cli.messages},
 * English and Simplified Chinese). What commands print for scripts never comes from here.
 */
final class CliText {

    /** The base name of the command line's bundle. */
    static final String BUNDLE = "io.kubereach.cli.messages";

    private CliText() {
    }

    /** The command line's words in a language. */
    static TextBundle in(Language language) {
        return TextBundle.of(language, CliText.class.getClassLoader(), BUNDLE);
    }
}
