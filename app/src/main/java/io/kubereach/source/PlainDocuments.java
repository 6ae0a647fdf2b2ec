package io.kubereach.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The documents of a plain YAML text built straight from the parser's events, without snakeyaml's
 * node tree: plain means what manifests almost always are — no anchor, alias or tag, every key a
 * scalar, no key twice, no merge key. Scalars are resolved and constructed by snakeyaml's own
 * schema, so the values are those its composer and constructor would build. At 10,000 pods the node
 * tree and its second walk were about a third of the time spent in YAML.
 *
 * <p>Anything else — a text that is not plain, a parser error, a limit passed — gives up, and the
 * caller reads the text again the full way, which builds the same values for what is plain and
 * reports every problem exactly as before.
 */
final class PlainDocuments {

    /** Thrown (without a trace) where a text stops being plain. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not plain", null, false, false);
        }
    }

    private static final String MERGE_KEY = "<<";
    /** The first characters of the JSON schema's booleans, numbers, nulls and ${ENV} forms ({@link JsonScalarResolver}). */
    private static final String JSON_NOT_ONLY_TEXT = "tf-0123456789.n\u0000$";

    private final Parser parser;
    private final ScalarResolver resolver;
    private final StandardConstructor constructor;

    private PlainDocuments(Parser parser, LoadSettings settings) {
        this.parser = parser;
        this.resolver = settings.getSchema().getScalarResolver();
        this.constructor = new StandardConstructor(settings);
    }

    /** Every document of the events, or empty when the text is not plain (or cannot be read: the full way says why). */
    static Optional<List<Object>> read(Parser parser, LoadSettings settings) {
        try {
            return Optional.of(new PlainDocuments(parser, settings).documents());
        } catch (RuntimeException notPlainOrBroken) {
            return Optional.empty();
        }
    }

    private List<Object> documents() {
        List<Object> documents = new ArrayList<>();
        expect(Event.ID.StreamStart);
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            expect(Event.ID.DocumentStart);
            documents.add(value());
            expect(Event.ID.DocumentEnd);
        }
        return documents;
    }

    private void expect(Event.ID id) {
        if (parser.next().getEventId() != id) {
            throw NotPlain.INSTANCE;
        }
    }

    private Object value() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case Scalar -> {
                return scalar((ScalarEvent) event);
            }
            case MappingStart -> {
                plain((CollectionStartEvent) event);
                Map<Object, Object> map = new LinkedHashMap<>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    if (!parser.checkEvent(Event.ID.Scalar)) {
                        throw NotPlain.INSTANCE;
                    }
                    Object key = value();
                    if (MERGE_KEY.equals(key) || map.containsKey(key)) {
                        throw NotPlain.INSTANCE;
                    }
                    map.put(key, value());
                }
                parser.next();
                return map;
            }
            case SequenceStart -> {
                plain((CollectionStartEvent) event);
                List<Object> list = new ArrayList<>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    list.add(value());
                }
                parser.next();
                return list;
            }
            default -> throw NotPlain.INSTANCE; // an alias, or an event out of place
        }
    }

    private static void plain(CollectionStartEvent event) {
        if (event.getAnchor().isPresent() || event.getTag().isPresent()) {
            throw NotPlain.INSTANCE;
        }
    }

    /**
     * The tag snakeyaml's resolver gives a scalar, without its regular expressions for what can
     * only be text. The JSON schema (snakeyaml's default) tries its empty-is-null pattern on every
     * scalar, then the patterns of the first character: a {@link java.util.regex.Matcher} or two per
     * scalar, a tenth of what reading 10,000 pods allocates. A scalar that is not empty and starts
     * with none of those characters is text whatever the patterns say; so is one starting with
     * t, f or n (names, namespaces, types, targets) that is not the word true, false or null.
     */
    static Tag tag(ScalarResolver resolver, String value, boolean implicit) {
        if (implicit && !value.isEmpty() && resolver.getClass() == JsonScalarResolver.class && onlyText(value)) {
            return Tag.STR;
        }
        return resolver.resolve(value, implicit);
    }

    /** Whether the JSON schema can only make text of a scalar that is not empty (see {@link #tag}). */
    private static boolean onlyText(String value) {
        char first = value.charAt(0);
        if (first == 't' || first == 'f' || first == 'n') {
            return !value.equals("true") && !value.equals("false") && !value.equals("null");
        }
        return JSON_NOT_ONLY_TEXT.indexOf(first) < 0;
    }

    /** A scalar as snakeyaml's composer tags it and its constructor builds it; text is by far the most common. */
    private Object scalar(ScalarEvent event) {
        if (event.getAnchor().isPresent() || event.getTag().isPresent()) {
            throw NotPlain.INSTANCE;
        }
        Tag tag = tag(resolver, event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
        if (tag.equals(Tag.STR)) {
            return event.getValue();
        }
        return constructor.constructSingleDocument(Optional.of(new ScalarNode(tag, true, event.getValue(), event.getScalarStyle(),
                event.getStartMark(), event.getEndMark())));
    }
}
