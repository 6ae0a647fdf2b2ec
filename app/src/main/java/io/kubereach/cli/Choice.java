package io.kubereach.cli;

import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * How an option reads one of a fixed set of words (a format, a theme, an engine…) into its
 * type: picocli hands the command the typed value, and a word that is none of them stops the
 * command line with one line that says what to choose ({@link Unknown}), before anything is read.
 *
 * @param <T> the type the words name
 */
final class Choice<T> implements CommandLine.ITypeConverter<T> {

    private final Function<String, Optional<T>> parse;
    private final Function<String, String> unknown;

    private Choice(Function<String, Optional<T>> parse, Function<String, String> unknown) {
        this.parse = parse;
        this.unknown = unknown;
    }

    /**
     * The constants of an enum, each named by its lower-case name ({@code _} written {@code -}),
     * read case-insensitively; anything else is the error {@code key} of the command line's bundle,
     * its {@code {0}} the word given and {@code {1}} the words to choose from.
     */
    static <E extends Enum<E>> Choice<E> named(String key, E[] constants) {
        List<E> all = List.of(constants);
        return parsed(key, all.stream().map(Choice::word).toList(),
                word -> all.stream().filter(c -> word(c).equals(word.trim().toLowerCase(Locale.ROOT))).findFirst());
    }

    /**
     * Values read by {@code parse}; a word it does not know is the error {@code key} of the
     * command line's bundle, its {@code {0}} the word given and {@code {1}} the {@code words} to
     * choose from.
     */
    static <T> Choice<T> parsed(String key, List<String> words, Function<String, Optional<T>> parse) {
        return new Choice<>(parse, word -> {
            TextBundle english = CliText.in(Language.ENGLISH);
            return english.get(key, word, either(english, words));
        });
    }

    /** Values read by {@code parse}; {@code why} says in English why a word it does not know is none of them. */
    static <T> Choice<T> explained(Function<String, Optional<T>> parse, Function<String, String> why) {
        return new Choice<>(parse, why);
    }

    @Override
    public T convert(String word) {
        return parse.apply(word).orElseThrow(() -> new Unknown(unknown.apply(word)));
    }

    /** The word that names an enum constant on the command line. */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words of every constant, in order. */
    static List<String> words(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Choice::word).toList();
    }

    /** "a, b or c" in the bundle's language. */
    private static String either(TextBundle words, List<String> choices) {
        String list = choices.get(0);
        for (int i = 1; i < choices.size() - 1; i++) {
            list = words.get("cli.choice.and", list, choices.get(i));
        }
        return choices.size() == 1 ? list : words.get("cli.choice.or", list, choices.get(choices.size() - 1));
    }

    /** A word that is none of an option's choices: its message is the whole line the user reads. */
    static final class Unknown extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message);
        }
    }
}
