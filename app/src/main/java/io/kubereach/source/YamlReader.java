package io.kubereach.source;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML and JSON (manifests, snapshots, kubeconfigs) within limits chosen on purpose, so that
 * no input — however large, deep or self-referencing — can overflow the stack, exhaust memory
 * or take minutes; an input past a limit fails with a message that names the limit and where it
 * was passed. Each limit is far beyond what the API server itself accepts:
 * <ul>
 *   <li>{@link #MAX_DEPTH} levels of nesting: no Kubernetes object nests so deep (a CRD's schema,
 *       the deepest there is, reaches about 60);</li>
 *   <li>{@link #MAX_SCALAR} characters in one value: the API server stores no object larger than
 *       1.5 MiB, and takes no request over 3 MiB;</li>
 *   <li>{@link #MAX_DOCUMENT} characters in one document: a snapshot of a 50,000-pod cluster is
 *       one document of about 100 MiB;</li>
 *   <li>{@link #MAX_ALIASES} aliases in one document, which together may repeat at most
 *       {@link #MAX_ALIAS_EXPANSION} values: Kubernetes never writes an alias, and this stops
 *       "billion laughs" documents that expand a few lines into gigabytes once walked as a tree;
 *       a value that contains itself is refused too;</li>
 *   <li>{@link #MAX_LINE} characters in one line, checked before parsing: snakeyaml scans a value's
 *       line in a window of 4 bytes a character that it copies as it grows, so a 100 MB line ran
 *       out of a gigabyte of memory before the value limit could be checked. JSON as kubectl and
 *       KubeReach's snapshots write it has one object or field a line.</li>
 * </ul>
 * The reader is also kept linear on long values: it reads ahead in large blocks (the parser's
 * default small window made a 16 MB line take 44 s).
 */
public final class YamlReader {

    /** The deepest nesting of lists and mappings read. */
    public static final int MAX_DEPTH = 256;
    /** The most characters one value may have (4 MiB). */
    public static final int MAX_SCALAR = 4 * 1024 * 1024;
    /** The most characters one document may have (256 MiB). */
    public static final int MAX_DOCUMENT = 256 * 1024 * 1024;
    /** The most aliases ({@code *name}) one document may use. */
    public static final int MAX_ALIASES = 100;
    /** The most values the aliases of one document may repeat, counted as a tree would hold them. */
    public static final long MAX_ALIAS_EXPANSION = 1_000_000;
    /** The longest line read (32 MiB): the parser holds the part of a line it scans at 4 bytes a character. */
    public static final int MAX_LINE = 32 * 1024 * 1024;

    /** How far the parser reads ahead at most: enough to keep long values linear, small enough for many files at once. */
    private static final int MAX_READ_AHEAD = 4 * 1024 * 1024;

    /**
     * Input that cannot be read: broken YAML, or past one of the limits.
     */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Message what;
        private final transient Optional<Mark> where;
        private final boolean limit;

        Problem(Message what, Optional<Mark> where, boolean limit, Throwable cause) {
            super(what.toString(), cause);
            this.what = what;
            this.where = where;
            this.limit = limit;
        }

        /** What is wrong, without the file: the parser's problem, or the limit passed. */
        public Message what() {
            return what;
        }

        /** The line (from 1) where it is wrong, if known. */
        public Optional<Integer> line() {
            return where.map(m -> m.getLine() + 1);
        }

        /** The column (from 1) where it is wrong, if known. */
        public Optional<Integer> column() {
            return where.map(m -> m.getColumn() + 1);
        }

        /** Whether a limit was passed (rather than the text not being YAML). */
        public boolean isLimit() {
            return limit;
        }
    }

    private YamlReader() {
    }

    /**
     * Every document of a text, as plain maps, lists and scalars ({@code null} for an empty document);
     * built straight from the parser's events when the text is plain ({@link PlainDocuments}).
     */
    public static List<Object> loadAll(String text, String label) throws Problem {
        checkLines(text, label);
        LoadSettings withoutMarks = settings(text, label, false);
        Optional<List<Object>> plain = PlainDocuments.read(LimitedLoad.parser(withoutMarks, text), withoutMarks);
        if (plain.isPresent()) {
            return plain.get();
        }
        List<Object> documents = new ArrayList<>();
        try {
            LimitedLoad load = new LimitedLoad(settings(text, label, true), text);
            while (load.composer.hasNext()) {
                documents.add(load.construct(Optional.of(load.composer.next())));
            }
        } catch (RuntimeException e) {
            throw problem(e);
        }
        return documents;
    }

    /** The one document of a text ({@code null} when it is empty); more than one is a problem. */
    public static Object loadOne(String text, String label) throws Problem {
        checkLines(text, label);
        try {
            LimitedLoad load = new LimitedLoad(settings(text, label, true), text);
            return load.construct(load.composer.getSingleNode());
        } catch (RuntimeException e) {
            throw problem(e);
        }
    }

    /** Refuses a text with a line longer than {@link #MAX_LINE}, naming the line, before the parser holds it. */
    private static void checkLines(String text, String label) throws Problem {
        int line = 0;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > MAX_LINE) {
                    Mark where = new Mark(label, start + MAX_LINE, line, MAX_LINE, new int[0], 0);
                    throw new Problem(Message.of("yamlLimit.line", MAX_LINE), Optional.of(where), true, null);
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * The parser's settings for a text. Marks (where each token starts and ends) are only read by
     * a problem's message; reading 10,000 pods made about 300 MB of them (with their
     * {@link Optional}s), a sixth of all the open allocates. So the plain way reads without them:
     * anything it cannot read is read again the full way, with marks, which says where.
     */
    private static LoadSettings settings(String text, String label, boolean marks) {
        return LoadSettings.builder()
                .setLabel(label)
                .setUseMarks(marks)
                .setCodePointLimit(MAX_DOCUMENT)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setBufferSize(Math.max(1024, Math.min(text.length() + 1, MAX_READ_AHEAD)))
                .build();
    }

    private static Problem problem(RuntimeException e) {
        if (e instanceof LimitPassed passed) {
            return new Problem(passed.what, passed.where, true, e);
        }
        if (e instanceof MarkedYamlEngineException marked) {
            return new Problem(Message.verbatim(String.valueOf(marked.getProblem())), marked.getProblemMark().or(marked::getContextMark),
                    false, e);
        }
        if (e instanceof YamlEngineException && String.valueOf(e.getMessage()).contains("exceeds the limit")) {
            return new Problem(Message.of("yamlLimit.document", MAX_DOCUMENT), Optional.empty(), true, e);
        }
        if (e instanceof YamlEngineException && String.valueOf(e.getMessage()).contains("aliases")) {
            return new Problem(Message.of("yamlLimit.aliases", MAX_ALIASES), Optional.empty(), true, e);
        }
        if (e instanceof YamlEngineException) {
            String text = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return new Problem(Message.verbatim(text), Optional.empty(), false, e);
        }
        if (e instanceof NumberFormatException) {
            // snakeyaml's scanner parses the hex digits of a double-quoted x, u or U escape with Integer.parseInt
            return new Problem(Message.of("yaml.badEscape"), Optional.empty(), false, e);
        }
        throw e;
    }

    /** A limit passed, thrown from inside the parser and turned into a {@link Problem}. */
    private static final class LimitPassed extends YamlEngineException {
        private static final long serialVersionUID = 1L;

        private final transient Message what;
        private final transient Optional<Mark> where;

        LimitPassed(Message what, Optional<Mark> where) {
            super(what.toString());
            this.what = what;
            this.where = where;
        }
    }

    /**
     * snakeyaml's loading (compose each document's nodes, then construct plain Java values), with
     * a parser that counts depth, value sizes and aliases as the composer takes its events.
     */
    private static final class LimitedLoad {
        private final LimitedParser parser;
        private final Composer composer;
        private final StandardConstructor constructor;

        LimitedLoad(LoadSettings settings, String text) {
            this.parser = parser(settings, text);
            this.composer = new Composer(settings, parser);
            this.constructor = new StandardConstructor(settings);
        }

        /** A parser of the text that counts depth, value sizes and aliases. */
        static LimitedParser parser(LoadSettings settings, String text) {
            return new LimitedParser(new ParserImpl(settings, new StreamReader(settings, text)));
        }

        /** The value of one composed document, checked for what its aliases expand to. */
        Object construct(Optional<Node> node) {
            Object document = constructor.constructSingleDocument(node);
            checkExpansion(document);
            return document;
        }

        /**
         * Refuses a document whose aliases repeat more than {@link #MAX_ALIAS_EXPANSION} values,
         * nest it deeper than {@link #MAX_DEPTH}, or make it contain itself. Aliases share one
         * object, so the document is small in memory; whoever walks it as a tree (every reader
         * after this one) would walk every repeat.
         */
        void checkExpansion(Object document) {
            if (parser.anyAlias) {
                new AliasWalk().walk(document, 0);
            }
        }
    }

    /** Walks a document as a tree would hold it, each shared value measured once. */
    private static final class AliasWalk {
        /** Per container: its size and height as a tree; -1 while it is being walked. */
        private final IdentityHashMap<Object, long[]> measured = new IdentityHashMap<>();
        private long distinct;

        /** The tree size of a value at a depth; fails past a limit. */
        long walk(Object value, int depth) {
            if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
                return 1;
            }
            long[] known = measured.get(value);
            if (known != null) {
                if (known[0] < 0) {
                    throw new LimitPassed(Message.of("yamlLimit.recursive"), Optional.empty());
                }
                check(depth + known[1], known[0]);
                return known[0];
            }
            check(depth, 0);
            measured.put(value, new long[] {-1, 0});
            long size = 1;
            long height = 1;
            distinct++;
            for (Object child : children(value)) {
                if (!(child instanceof Map<?, ?>) && !(child instanceof List<?>)) {
                    distinct++;
                }
                size += walk(child, depth + 1);
                long[] c = measured.get(child);
                height = Math.max(height, 1 + (c == null ? 0 : c[1]));
                check(depth, size);
            }
            measured.put(value, new long[] {size, height});
            return size;
        }

        private void check(long depth, long size) {
            if (depth > MAX_DEPTH) {
                throw new LimitPassed(Message.of("yamlLimit.depth", MAX_DEPTH), Optional.empty());
            }
            if (size - distinct > MAX_ALIAS_EXPANSION) {
                throw new LimitPassed(Message.of("yamlLimit.expansion", MAX_ALIAS_EXPANSION), Optional.empty());
            }
        }

        private static List<?> children(Object container) {
            if (container instanceof Map<?, ?> map) {
                List<Object> out = new ArrayList<>(map.size() * 2);
                map.forEach((k, v) -> {
                    out.add(k);
                    out.add(v);
                });
                return out;
            }
            return (List<?>) container;
        }
    }

    /** The events of a parser, checked against the limits as the composer takes them. */
    private static final class LimitedParser implements Parser {
        private final Parser parser;
        private int depth;
        private int aliases;
        /** Whether any document so far used an alias (only then is a document checked for expansion). */
        private boolean anyAlias;

        LimitedParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case DocumentStart -> {
                    depth = 0;
                    aliases = 0;
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new LimitPassed(Message.of("yamlLimit.depth", MAX_DEPTH), event.getStartMark());
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    anyAlias = true;
                    if (++aliases > MAX_ALIASES) {
                        throw new LimitPassed(Message.of("yamlLimit.aliases", MAX_ALIASES), event.getStartMark());
                    }
                }
                case Scalar -> {
                    if (((ScalarEvent) event).getValue().length() > MAX_SCALAR) {
                        throw new LimitPassed(Message.of("yamlLimit.scalar", MAX_SCALAR), event.getStartMark());
                    }
                }
                default -> {
                    // stream and document ends carry nothing to count
                }
            }
            return event;
        }
    }
}
