package io.kubereach.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The documents of a YAML text cut at its {@code ---} lines, for reading them one by one when the
 * text as a whole cannot be parsed. Each part keeps the lines before it as empty lines, so a
 * syntax error in it names the line of the whole text.
 */
final class DocumentSplit {

    /** A document marker: {@code ---} at the start of a line, alone or before a space. */
    private static final Pattern MARKER = Pattern.compile("---(?:[ \\t].*)?");

    private DocumentSplit() {
    }

    /** The documents of {@code text}, each with as many leading line breaks as lines come before it. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 0;
        int start = 0;
        for (String row : text.split("\r?\n", -1)) {
            if (MARKER.matcher(row).matches()) {
                parts.add("\n".repeat(start) + current);
                current.setLength(0);
                start = line;
                current.append(row).append('\n');
            } else {
                current.append(row).append('\n');
            }
            line++;
        }
        parts.add("\n".repeat(start) + current);
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }
}
