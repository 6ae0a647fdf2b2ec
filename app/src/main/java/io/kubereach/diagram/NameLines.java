package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, at the places Kubernetes names break (after
 * {@code -}, {@code .}, {@code _}, {@code /} and spaces), as a map writes a long place name on
 * two or three lines; a word wider than the line on its own is broken where the line ends, so
 * that a narrow box still shows its whole name ("notifica" / "tions-prod"); what still does not
 * fit the lines ends in "…".
 */
final class NameLines {

    private NameLines() {
    }

    /** The lines of a name, at most {@code maxLines}, each at most {@code width} pixels at a font size. */
    static List<String> of(String name, double size, boolean bold, double width, int maxLines) {
        List<String> pieces = new ArrayList<>();
        for (String piece : pieces(name)) {
            pieces.addAll(fits(piece, size, bold, width) ? List.of(piece) : chunks(piece, size, bold, width));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < pieces.size() && lines.size() < maxLines) {
            String piece = pieces.get(i);
            if (line.length() == 0 || fits(line + piece, size, bold, width)) {
                line.append(piece);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < pieces.size() && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last + String.join("", pieces.subList(i, pieces.size())));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String fitted = fits(l, size, bold, width) ? l : TextFit.fit(l, size, bold, width);
            if (!fitted.isEmpty()) {
                out.add(fitted);
            }
        }
        return out;
    }

    /** Whether a line fits the width, a separator at its end left hanging past it (as a map hangs a hyphen). */
    private static boolean fits(String line, double size, boolean bold, double width) {
        String body = !line.isEmpty() && separator(line.charAt(line.length() - 1)) ? line.substring(0, line.length() - 1) : line;
        return TextFit.measure(body, size, bold) <= width;
    }

    /** A piece cut into the longest runs of letters that each fit the width (at least one letter each), its separator kept at the end. */
    private static List<String> chunks(String piece, double size, boolean bold, double width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < piece.length()) {
            int end = start + 1;
            while (end < piece.length() && fits(piece.substring(start, end + 1), size, bold, width)) {
                end++;
            }
            out.add(piece.substring(start, end));
            start = end;
        }
        return out;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '.' || c == '_' || c == '/' || c == ' ';
    }

    /** The name cut after each separator, the separator kept with the piece before it. */
    private static List<String> pieces(String name) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (separator(c)) {
                out.add(name.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < name.length()) {
            out.add(name.substring(start));
        }
        return out;
    }
}
