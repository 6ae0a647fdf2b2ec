package io.kubereach.diff;

import io.kubereach.report.FieldText;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats of netpol-analyzer's {@code diff}, written byte for byte as it writes them. Each
 * side is named by a label ({@code ref1}/{@code ref2} by default). No difference is an empty text
 * in every format.
 */
public enum DiffFormat {
    /** {@code Connectivity diff:} and one {@code diff-type: …, source: …} line per changed pair. */
    TXT,
    /** RFC 4180 CSV, quoted as Go's encoding/csv quotes. */
    CSV,
    /** A Markdown table. */
    MD,
    /** A Graphviz digraph of every pair, unchanged ones in grey, with a legend. */
    DOT;

    /** The labels netpol-analyzer gives the two sides when it is not told otherwise. */
    public static final String BEFORE = "ref1";
    /** The label of the side after. */
    public static final String AFTER = "ref2";

    /** Writes the difference with the sides labelled {@code ref1} and {@code ref2}. */
    public String write(ConnectivityDiff diff) {
        return write(diff, BEFORE, AFTER);
    }

    /** Writes the difference with the sides labelled {@code before} and {@code after}. */
    public String write(ConnectivityDiff diff, String before, String after) {
        if (diff.isEmpty()) {
            return "";
        }
        return switch (this) {
            case TXT -> text(diff, before, after);
            case CSV -> csv(diff, before, after);
            case MD -> markdown(diff, before, after);
            case DOT -> DiffDot.write(diff, before);
        };
    }

    private static String text(ConnectivityDiff diff, String before, String after) {
        StringBuilder out = new StringBuilder("Connectivity diff:\n");
        for (String line : DiffRow.lines(diff, r -> "diff-type: " + r.kind().word() + ", source: " + FieldText.text(r.source())
                + ", destination: " + FieldText.text(r.destination()) + ", " + FieldText.text(before) + ": " + r.before() + ", "
                + FieldText.text(after) + ": " + r.after()
                + (r.workloadsNote().isEmpty() ? "" : ", workloads-diff-info: " + FieldText.text(r.workloadsNote())))) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The rows are sorted on their fields joined with {@code ;}, as netpol-analyzer sorts them before it quotes. */
    private static String csv(ConnectivityDiff diff, String before, String after) {
        StringBuilder out = new StringBuilder();
        csvRow(out, List.of("diff-type", "source", "destination", before, after, "workloads-diff-info"));
        for (String line : DiffRow.lines(diff, r -> String.join(";", r.kind().word(), r.source(), r.destination(),
                r.before(), r.after(), r.workloadsNote()))) {
            csvRow(out, List.of(line.split(";", -1)));
        }
        return out.toString();
    }

    private static void csvRow(StringBuilder out, List<String> fields) {
        List<String> quoted = new ArrayList<>();
        fields.forEach(f -> quoted.add(csvField(f)));
        out.append(String.join(",", quoted)).append('\n');
    }

    /** Quoted when Go's encoding/csv quotes: a comma, quote or line break inside, a leading space, or {@code \.}. */
    private static String csvField(String value) {
        boolean quote = !value.isEmpty() && (value.contains(",") || value.contains("\"") || value.contains("\n")
                || value.contains("\r") || value.equals("\\.") || startsWithSpace(value));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Whether the first character is white space as Go's {@code unicode.IsSpace} sees it (no-break spaces included). */
    private static boolean startsWithSpace(String value) {
        char c = value.charAt(0);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Lines joined by line breaks, with none after the last, as netpol-analyzer writes it. */
    private static String markdown(ConnectivityDiff diff, String before, String after) {
        List<String> lines = new ArrayList<>();
        lines.add("| diff-type | source | destination | " + FieldText.markdown(before) + " | " + FieldText.markdown(after)
                + " | workloads-diff-info |");
        lines.add("|-----------|--------|-------------|------|------|---------------------|");
        lines.addAll(DiffRow.lines(diff, r -> "| " + r.kind().word() + " | " + FieldText.markdown(r.source()) + " | "
                + FieldText.markdown(r.destination()) + " | " + r.before() + " | " + r.after() + " | "
                + FieldText.markdown(r.workloadsNote()) + " |"));
        return String.join("\n", lines);
    }
}
