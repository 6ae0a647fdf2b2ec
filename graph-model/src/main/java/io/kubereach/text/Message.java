package io.kubereach.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A sentence or phrase as data: a key into a resource bundle and its arguments, so that one
 * description renders in any language ({@link MessageText} does the rendering).
 */
public sealed interface Message {

    /** How many names a list shows before it says "and N more". */
    int NAMES_SHOWN = 8;

    /**
     * A template of a bundle and its arguments.
     *
     * @param key the bundle key
     * @param args the arguments, in the order of the template's {@code {0}}, {@code {1}}, …
     */
    record Keyed(String key, List<Message> args) implements Message {
        public Keyed {
            args = List.copyOf(args);
        }
    }

    /**
     * Text shown as it is in every language: a name, a label selector, an address, a port.
     *
     * @param text the text
     */
    record Verbatim(String text) implements Message {
    }

    /**
     * A number that a template may use to choose a plural form.
     *
     * @param value the number
     */
    record Count(long value) implements Message {
    }

    /**
     * Items joined the way the language joins a list ("a, b and c", "a、b 和 c").
     *
     * @param items the items shown
     * @param omitted how many further items are left out and only counted
     */
    record Series(List<Message> items, long omitted) implements Message {
        public Series {
            items = List.copyOf(items);
            if (omitted < 0) {
                throw new IllegalArgumentException("omitted must not be negative: " + omitted);
            }
        }
    }

    /**
     * A keyed message. Each argument is a {@link Message}, a {@link String} (shown verbatim) or
     * a {@link Number} (a count).
     */
    static Message of(String key, Object... args) {
        List<Message> converted = new ArrayList<>();
        for (Object arg : args) {
            converted.add(argument(arg));
        }
        return new Keyed(key, converted);
    }

    /** Text shown as it is. */
    static Message verbatim(String text) {
        return new Verbatim(text);
    }

    /** A list of messages, all shown. */
    static Message series(List<? extends Message> items) {
        return new Series(List.copyOf(items), 0);
    }

    /** A list of names, the first {@link #NAMES_SHOWN} shown and the rest counted. */
    static Message names(Collection<String> names) {
        List<Message> shown = names.stream().limit(NAMES_SHOWN).<Message>map(Verbatim::new).toList();
        return new Series(shown, names.size() - shown.size());
    }

    private static Message argument(Object arg) {
        if (arg instanceof Message m) {
            return m;
        }
        if (arg instanceof String s) {
            return new Verbatim(s);
        }
        if (arg instanceof Number n) {
            return new Count(n.longValue());
        }
        throw new IllegalArgumentException("a message argument must be a Message, a String or a Number, not " + arg);
    }
}
