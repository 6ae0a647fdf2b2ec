package io.kubereach.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Tabs at the start of a line inside a flow collection ({@code [ … ]} or <code>{ … }</code>), as
 * Go's YAML reader takes them. Inside a flow collection indentation means nothing, and Go (so
 * kubectl and netpol-analyzer) reads such a tab as a space; snakeyaml-engine refuses it as
 * indentation. In a block, where indentation gives the structure, a tab stays an error for both.
 */
final class FlowTabs {

    private FlowTabs() {
    }

    /**
     * The text with the tabs that start the line of a syntax error replaced by spaces, when the
     * error is such a tab inside a flow collection; empty for any other error.
     */
    static Optional<String> untabbed(String text, MarkedYamlEngineException error, LoadSettings settings) {
        Optional<Mark> mark = error.getProblemMark();
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        int start = lineStart(text, mark.get().getLine());
        if (start < 0 || start >= text.length() || text.charAt(start) != '\t'
                || mark.get().getColumn() > blanks(text, start) || !insideFlow(text, settings)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text);
        if (isOneFlowCollection(text)) {
            // JSON: every line is inside the one collection, so all of them at once
            for (int line = start; line >= 0 && line < out.length(); line = out.indexOf("\n", line) < 0 ? -1 : out.indexOf("\n", line) + 1) {
                untab(out, line);
            }
        } else {
            untab(out, start);
        }
        return Optional.of(out.toString());
    }

    /** Turns the tabs among the blanks that start the line at {@code start} into spaces. */
    private static void untab(StringBuilder text, int start) {
        for (int i = start; i < text.length() && (text.charAt(i) == '\t' || text.charAt(i) == ' '); i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** Whether the text is one flow collection from start to end, as JSON is: it opens with a bracket and has one document. */
    private static boolean isOneFlowCollection(String text) {
        String trimmed = text.strip();
        return (trimmed.startsWith("{") || trimmed.startsWith("[")) && !text.contains("\n---") && !text.contains("\n...");
    }

    /** How many blanks (tabs and spaces) start the line at {@code start}. */
    private static int blanks(String text, int start) {
        int end = start;
        while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
            end++;
        }
        return end - start;
    }

    /** The offset where the line of this 0-based number starts, or -1 when the text has fewer lines. */
    private static int lineStart(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return offset;
    }

    /** Whether the parser, where it stops, is inside a flow collection. */
    private static boolean insideFlow(String text, LoadSettings settings) {
        Deque<Boolean> open = new ArrayDeque<>();
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                if (event instanceof SequenceStartEvent s) {
                    open.push(s.isFlow());
                } else if (event instanceof MappingStartEvent m) {
                    open.push(m.isFlow());
                } else if (event instanceof CollectionEndEvent && !open.isEmpty()) {
                    open.pop();
                }
            }
        } catch (YamlEngineException e) {
            return !open.isEmpty() && open.peek();
        }
        return false;
    }
}
