package io.kubereach.cli;

import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import io.kubereach.text.TextBundle;

/**
 * A problem with what the user asked or gave: printed as one clear line, exit code 2. Its words
 * are a key of the command line's bundle ({@link CliText}) or a sentence graph-model made, shown
 * in English (the command line's output stays English for scripts and logs).
 */
public final class UserError extends RuntimeException {

    private UserError(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error in the command line's words: a key of its bundle and the arguments of its pattern, in English. */
    static UserError of(String key, Object... args) {
        return in(Language.ENGLISH, key, args);
    }

    /** An error in the command line's words, with the failure behind it (printed with {@code KUBEREACH_DEBUG=1}). */
    static UserError causedBy(Throwable cause, String key, Object... args) {
        return new UserError(CliText.in(Language.ENGLISH).get(key, args), cause);
    }

    /** An error in the command line's words in a language the user chose ({@code describe --lang}). */
    static UserError in(Language language, String key, Object... args) {
        return in(CliText.in(language), key, args);
    }

    /** An error in the command line's words as {@code words} (the command line's bundle in some language) say it. */
    static UserError in(TextBundle words, String key, Object... args) {
        return new UserError(words.get(key, args), null);
    }

    /** A sentence graph-model made (a simulation it refuses, …), in English. */
    static UserError of(Message reason) {
        return new UserError(MessageText.english(reason), null);
    }
}
