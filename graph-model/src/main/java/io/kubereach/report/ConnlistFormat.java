package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats a connection list is written in; each carries the same (src, dst, conn) triples. */
public enum ConnlistFormat {
    /** netpol-analyzer's connlist text: {@code SRC => DST : CONN} lines. */
    TXT,
    /** A JSON array of {@code {"src","dst","conn"}} objects. */
    JSON,
    /** RFC 4180 CSV with the header {@code src,dst,conn}. */
    CSV,
    /** A Markdown table {@code | src | dst | conn |}. */
    MD,
    /** A Graphviz digraph, workloads grouped by namespace. */
    DOT;

    /** How many characters of text lines are gathered before they are handed to the writer. */
    private static final int CHUNK = 8192;

    /** Writes the connections, already sorted, in this format. */
    public String write(List<Connection> connections) {
        StringBuilder out = new StringBuilder();
        try {
            write(connections, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never fails
        }
        return out.toString();
    }

    /**
     * Writes the connections, already sorted, in this format, a line at a time: a list of a
     * large cluster (hundreds of MB of text) is never held whole in memory.
     */
    public void write(List<Connection> connections, Appendable out) throws IOException {
        switch (this) {
            case TXT -> text(connections, out);
            case JSON -> ConnlistJson.write(connections, out);
            case CSV -> csv(connections, out);
            case MD -> markdown(connections, out);
            case DOT -> ConnlistDot.write(connections, out);
            default -> throw new IllegalStateException(name());
        }
    }

    /** The file extension for this format. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static void text(List<Connection> connections, Appendable out) throws IOException {
        // a large list names a few thousand ends and connection sets in hundreds of thousands of lines: each written once;
        // lines go out in chunks of some KB, as an unbuffered writer encodes every piece it is given on its own
        Map<ConnectionEnd, String> names = new HashMap<>();
        Map<ConnectionSet, String> sets = new HashMap<>();
        StringBuilder chunk = new StringBuilder(CHUNK + 256);
        for (Connection c : connections) {
            chunk.append(names.computeIfAbsent(c.source(), e -> FieldText.text(e.toString()))).append(" => ")
                    .append(names.computeIfAbsent(c.destination(), e -> FieldText.text(e.toString()))).append(" : ")
                    .append(sets.computeIfAbsent(c.connections(), ConnectionSet::toString)).append('\n');
            if (chunk.length() >= CHUNK) {
                out.append(chunk);
                chunk.setLength(0);
            }
        }
        out.append(chunk);
    }

    private static void csv(List<Connection> connections, Appendable out) throws IOException {
        out.append("src,dst,conn\n");
        for (Connection c : connections) {
            out.append(csvField(c.src())).append(',').append(csvField(c.dst())).append(',')
                    .append(csvField(c.connections().toString())).append('\n');
        }
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void markdown(List<Connection> connections, Appendable out) throws IOException {
        out.append("| src | dst | conn |\n|-----|-----|------|\n");
        for (Connection c : connections) {
            out.append("| ").append(FieldText.markdown(c.src())).append(" | ").append(FieldText.markdown(c.dst())).append(" | ")
                    .append(c.connections().toString()).append(" |\n");
        }
    }
}
