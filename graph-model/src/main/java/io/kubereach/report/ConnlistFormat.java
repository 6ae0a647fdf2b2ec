package io.kubereach.report;

import java.util.List;
import java.util.Locale;

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

    /** Writes the connections, already sorted, in this format. */
    public String write(List<Connection> connections) {
        return switch (this) {
            case TXT -> text(connections);
            case JSON -> ConnlistJson.write(connections);
            case CSV -> csv(connections);
            case MD -> markdown(connections);
            case DOT -> ConnlistDot.write(connections);
        };
    }

    /** The file extension for this format. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String text(List<Connection> connections) {
        StringBuilder out = new StringBuilder();
        connections.forEach(c -> out.append(c.line()).append('\n'));
        return out.toString();
    }

    private static String csv(List<Connection> connections) {
        StringBuilder out = new StringBuilder("src,dst,conn\n");
        for (Connection c : connections) {
            out.append(csvField(c.src())).append(',').append(csvField(c.dst())).append(',')
                    .append(csvField(c.connections().toString())).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String markdown(List<Connection> connections) {
        StringBuilder out = new StringBuilder("| src | dst | conn |\n|-----|-----|------|\n");
        for (Connection c : connections) {
            out.append("| ").append(c.src()).append(" | ").append(c.dst()).append(" | ")
                    .append(c.connections()).append(" |\n");
        }
        return out.toString();
    }
}
